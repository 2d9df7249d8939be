package org.journey.measure.events;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files --events names: a file, a folder (every JSON lines, CSV and Parquet file below it, other
 * files ignored) or a glob such as {@code data/2026-03-*.parquet}. Sorted by path, so a run reads
 * them in the same order every time.
 */
public final class EventFiles {

	private EventFiles() {
	}

	public static List<EventFile> resolve(String spec, Path currentFolder) throws EventInputException {
		Path base = currentFolder.toAbsolutePath().normalize();
		List<Path> found = new ArrayList<>();
		Path asPath = asPath(spec);
		if (asPath != null && Files.isRegularFile(base.resolve(asPath))) {
			Path file = base.resolve(asPath).normalize();
			if (EventFileType.of(file).isEmpty()) {
				throw new EventInputException("cannot read events from " + spec
						+ ": not a .jsonl, .ndjson, .json, .csv or .parquet file.");
			}
			found.add(file);
		} else if (asPath != null && Files.isDirectory(base.resolve(asPath))) {
			found.addAll(walk(base.resolve(asPath).normalize(), path -> true));
			if (found.isEmpty()) {
				throw new EventInputException("no event files in the folder " + spec
						+ ": expected .jsonl, .ndjson, .json, .csv or .parquet files.");
			}
		} else if (isGlob(spec)) {
			found.addAll(glob(spec, base));
			if (found.isEmpty()) {
				throw new EventInputException("no event files match " + spec + ".");
			}
		} else if (asPath != null && Files.exists(base.resolve(asPath))) {
			throw new EventInputException("cannot read events from " + spec + ": it is neither a file nor a folder.");
		} else {
			throw new EventInputException("no such file or folder: " + spec
					+ " (--events takes a file, a folder or a glob such as 'data/*.parquet').");
		}
		List<EventFile> files = new ArrayList<>();
		for (Path file : found) {
			if (!Files.isReadable(file)) {
				throw new EventInputException("cannot read " + display(file, base) + ": permission denied.");
			}
			files.add(new EventFile(file, display(file, base), EventFileType.of(file).orElseThrow()));
		}
		return files;
	}

	private static Path asPath(String spec) {
		try {
			return Path.of(spec);
		} catch (RuntimeException e) {
			// a glob with characters the file system does not allow in names
			return null;
		}
	}

	private static boolean isGlob(String spec) {
		return spec.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
	}

	/** The files a glob matches, searched from the longest leading part of it without wildcards. */
	private static List<Path> glob(String spec, Path base) throws EventInputException {
		String normalized = spec.replace('\\', '/');
		int firstWildcard = 0;
		while (firstWildcard < normalized.length() && "*?[{".indexOf(normalized.charAt(firstWildcard)) < 0) {
			firstWildcard++;
		}
		int cut = normalized.lastIndexOf('/', firstWildcard);
		Path root = cut < 0 ? base : base.resolve(normalized.substring(0, cut + 1)).normalize();
		String pattern = cut < 0 ? normalized : normalized.substring(cut + 1);
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
		return walk(root, path -> matcher.matches(root.relativize(path)));
	}

	private static List<Path> walk(Path root, java.util.function.Predicate<Path> accept) throws EventInputException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).filter(path -> EventFileType.of(path).isPresent()).filter(accept)
					.sorted().toList();
		} catch (IOException e) {
			throw new EventInputException("cannot list " + root + ": " + e.getMessage(), e);
		}
	}

	static String display(Path file, Path base) {
		return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
	}
}
