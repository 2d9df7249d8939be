package org.journey.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.generator.IFileSystemAccess2;

/**
 * The generator's files, written below one folder and nowhere else. Each file is written to a
 * temporary file next to it and moved into place, so an interrupted run leaves every file either
 * as it was or complete, never half-written.
 */
public final class OutputFolder implements IFileSystemAccess2 {

	private final Path root;
	private final List<Path> written = new ArrayList<>();

	public OutputFolder(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public List<Path> written() {
		return written;
	}

	/**
	 * The file's path below the root; refuses names that would leave it ("..", absolute paths) and
	 * paths through a symbolic link below the root that leads out of it.
	 */
	Path resolve(String fileName) {
		Path target = resolveName(fileName);
		refuseLinksOutOfRoot(fileName, target);
		return target;
	}

	/**
	 * The path of {@code fileName} below the root, refused if the name leads out of it; links are
	 * checked only when the file is written ({@link #resolve}), which reads the file system.
	 */
	Path resolveName(String fileName) {
		Path target = root.resolve(fileName).normalize();
		if (!target.startsWith(root) || target.equals(root)) {
			throw new IllegalArgumentException("refusing to write '" + fileName + "': it is outside " + root);
		}
		return target;
	}

	/**
	 * A link below the root (out/shop.Buying -> ../elsewhere) would take the files somewhere the
	 * user did not name. It is refused rather than replaced: the link is the user's, perhaps made
	 * on purpose, and removing it silently would surprise more than a message saying what to do.
	 * A link that stays inside the root is harmless and followed; the root itself may be a link,
	 * since the user named it.
	 */
	private void refuseLinksOutOfRoot(String fileName, Path target) {
		for (Path path = target; path != null && !path.equals(root); path = path.getParent()) {
			if (!Files.isSymbolicLink(path)) {
				continue;
			}
			Path realRoot;
			Path realPath;
			try {
				realRoot = root.toRealPath();
				realPath = path.toRealPath();
			} catch (IOException e) {
				throw new IllegalArgumentException("refusing to write '" + fileName + "': " + path
						+ " is a symbolic link to a path that does not exist. Remove the link, or choose another --out.", e);
			}
			if (!realPath.startsWith(realRoot)) {
				throw new IllegalArgumentException("refusing to write '" + fileName + "': " + path
						+ " is a symbolic link to " + realPath + ", outside " + root
						+ ". Remove the link, or choose another --out; nothing is written outside --out.");
			}
		}
	}

	@Override
	public void generateFile(String fileName, CharSequence contents) {
		write(fileName, contents.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void generateFile(String fileName, String outputConfigurationName, CharSequence contents) {
		generateFile(fileName, contents);
	}

	@Override
	public void generateFile(String fileName, InputStream content) {
		try (InputStream in = content) {
			write(fileName, in.readAllBytes());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void generateFile(String fileName, String outputCfgName, InputStream content) {
		generateFile(fileName, content);
	}

	private void write(String fileName, byte[] bytes) {
		Path target = resolve(fileName);
		try {
			// an unchanged file keeps its timestamp, so watchers and builds downstream stay quiet
			if (!(Files.exists(target) && Arrays.equals(Files.readAllBytes(target), bytes))) {
				AtomicFiles.write(target, bytes);
			}
			written.add(target);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void deleteFile(String fileName) {
		try {
			Files.deleteIfExists(resolve(fileName));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void deleteFile(String fileName, String outputConfigurationName) {
		deleteFile(fileName);
	}

	@Override
	public URI getURI(String path, String outputConfiguration) {
		return getURI(path);
	}

	@Override
	public URI getURI(String path) {
		return URI.createFileURI(resolve(path).toString());
	}

	@Override
	public InputStream readBinaryFile(String fileName, String outputCfgName) {
		return readBinaryFile(fileName);
	}

	@Override
	public InputStream readBinaryFile(String fileName) {
		try {
			return new ByteArrayInputStream(Files.readAllBytes(resolve(fileName)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public CharSequence readTextFile(String fileName, String outputCfgName) {
		return readTextFile(fileName);
	}

	@Override
	public CharSequence readTextFile(String fileName) {
		try {
			return Files.readString(resolve(fileName), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public boolean isFile(String path, String outputConfigurationName) {
		return isFile(path);
	}

	@Override
	public boolean isFile(String path) {
		return Files.isRegularFile(resolve(path));
	}
}
