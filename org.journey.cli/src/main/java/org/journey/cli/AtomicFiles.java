package org.journey.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file through a temporary file next to it and an atomic move, so a reader (or an
 * interrupted run) sees either the old file or the whole new one, never half of it.
 * <p>
 * The temporary file is created as any new file is, so it gets the permissions the umask gives
 * (Files.createTempFile would make it 0600, and the move would keep that); a file that already
 * exists keeps its own permissions. Temporary files are named {@code .NAME.RANDOM.journey-tmp}, so
 * one a killed run left behind can be told from the user's files and removed by the next run.
 */
final class AtomicFiles {

	static final String TEMPORARY_SUFFIX = ".journey-tmp";
	private static final Pattern TEMPORARY_NAME = Pattern.compile("\\..+\\.[0-9a-f]{16}" + Pattern.quote(TEMPORARY_SUFFIX));
	/** How earlier versions named them (Files.createTempFile: the name, a random number, .tmp). */
	private static final Pattern EARLIER_TEMPORARY_NAME = Pattern.compile("\\..+[0-9]{10,}\\.tmp");
	private static final SecureRandom RANDOM = new SecureRandom();

	private AtomicFiles() {
	}

	static void write(Path file, byte[] bytes) throws IOException {
		Path target = file.toAbsolutePath();
		Files.createDirectories(target.getParent());
		Path temporary = target.resolveSibling("." + target.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong())
				+ TEMPORARY_SUFFIX);
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				out.write(bytes);
			}
			keepPermissionsOf(target, temporary);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Whether a file is a temporary file of this class (left behind only by a killed run). */
	static boolean isTemporary(Path file) {
		return TEMPORARY_NAME.matcher(file.getFileName().toString()).matches();
	}

	/**
	 * Removes the temporary files that killed runs left below {@code folder}, the generator's output
	 * folder (never a folder of the user's own files); returns how many.
	 */
	static int removeLeftovers(Path folder) throws IOException {
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			return 0;
		}
		int removed = 0;
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
					&& (isTemporary(p) || EARLIER_TEMPORARY_NAME.matcher(p.getFileName().toString()).matches())).toList()) {
				removed += Files.deleteIfExists(path) ? 1 : 0;
			}
		}
		return removed;
	}

	private static void keepPermissionsOf(Path existing, Path replacement) throws IOException {
		PosixFileAttributeView from = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
		PosixFileAttributeView to = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
		if (from != null && to != null && Files.exists(existing)) {
			to.setPermissions(from.readAttributes().permissions());
		}
	}
}
