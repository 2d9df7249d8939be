package org.journey.dsl.ide.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.UriExtensions;

import com.google.inject.Inject;

/**
 * Lists the files of the workspace for the language server's first build. Xtext's scanner
 * follows every link and hands over every name: a symbolic link to a folder above it made it
 * descend for ever, and a FIFO named {@code *.journey} was opened and read, which blocks until
 * something writes to it, so {@code initialize} never answered. Here only regular files are
 * listed (a link to one counts), and each folder is entered once, by its real path.
 */
public class RegularFileScanner implements IFileSystemScanner {

	private static final Logger LOG = Logger.getLogger(RegularFileScanner.class.getName());

	@Inject
	private UriExtensions uriExtensions;

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		Set<Path> visited = new HashSet<>();
		Deque<Path> folders = new ArrayDeque<>();
		folders.push(Path.of(root.toFileString()).toAbsolutePath());
		while (!folders.isEmpty()) {
			Path folder = folders.pop();
			try {
				if (!Files.isDirectory(folder) || !visited.add(folder.toRealPath())) {
					continue;
				}
			} catch (IOException e) {
				continue; // a broken link or a folder that went away
			}
			List<Path> subfolders = new ArrayList<>();
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
				for (Path entry : entries) {
					if (Files.isDirectory(entry)) {
						subfolders.add(entry);
					} else if (Files.isRegularFile(entry)) {
						acceptor.accept(uriExtensions.toEmfUri(entry.toUri()));
					}
				}
			} catch (IOException | RuntimeException e) {
				LOG.warning("Could not list " + folder + ": " + e.getMessage());
			}
			// depth first in name order, as Xtext's scanner goes
			subfolders.sort(null);
			for (int i = subfolders.size() - 1; i >= 0; i--) {
				folders.push(subfolders.get(i));
			}
		}
	}
}
