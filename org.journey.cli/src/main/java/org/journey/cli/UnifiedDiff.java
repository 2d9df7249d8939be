package org.journey.cli;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/**
 * The unified diff (as {@code diff -u}, {@code git diff} and {@code gofmt -d} print it) between a
 * file and its formatted text, with {@code a/<file>} and {@code b/<file>} headers, so that
 * {@code git apply} or {@code patch -p1} could apply it. The diff itself is java-diff-utils'.
 */
final class UnifiedDiff {

	/** Lines of unchanged text around each change, as diff -u and git diff show. */
	private static final int CONTEXT_LINES = 3;

	private static final int FILE_HEADER_LINES = 2;

	private static final String NO_NEWLINE_MARKER = "\\ No newline at end of file";

	private UnifiedDiff() {
	}

	/**
	 * The diff from {@code original} to {@code revised}, one line per element, without line
	 * terminators; empty when the texts are equal. {@code file} is the path shown in the headers.
	 */
	static List<String> between(String file, String original, String revised) {
		if (original.equals(revised)) {
			return List.of();
		}
		// Lines keep their terminators while they are compared, so that a file whose last line lacks
		// its newline differs from the formatted one there, and the diff can say so as diff -u does.
		List<String> originalLines = linesWithTerminators(original);
		List<String> revisedLines = linesWithTerminators(revised);
		Patch<String> patch = DiffUtils.diff(originalLines, revisedLines);
		String path = headerPath(file);
		List<String> generated = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, originalLines, patch,
				CONTEXT_LINES);
		// java-diff-utils writes the two file headers first, then each hunk's range line (@@) and
		// its lines of text, which are ' ', '-' or '+' followed by the line as given.
		List<String> diff = new ArrayList<>(generated.subList(0, FILE_HEADER_LINES));
		for (String line : generated.subList(FILE_HEADER_LINES, generated.size())) {
			if (line.startsWith("@@")) {
				diff.add(line);
			} else if (line.endsWith("\n")) {
				diff.add(line.substring(0, line.length() - (line.endsWith("\r\n") ? 2 : 1)));
			} else {
				diff.add(line);
				diff.add(NO_NEWLINE_MARKER);
			}
		}
		return diff;
	}

	/**
	 * The diff in colour where {@link Terminal#colour()} allows it: file headers bold, hunk ranges
	 * cyan, removed lines red, added lines green.
	 */
	static List<String> painted(List<String> diff) {
		List<String> painted = new ArrayList<>(diff.size());
		for (int i = 0; i < diff.size(); i++) {
			String line = diff.get(i);
			if (i < FILE_HEADER_LINES) {
				painted.add(Terminal.paint(line, "1"));
			} else if (line.startsWith("@@")) {
				painted.add(Terminal.paint(line, "36"));
			} else if (line.startsWith("-")) {
				painted.add(Terminal.paint(line, "31"));
			} else if (line.startsWith("+")) {
				painted.add(Terminal.paint(line, "32"));
			} else {
				painted.add(line);
			}
		}
		return painted;
	}

	/**
	 * A path as git writes it after a/ and b/: forward slashes, relative. An absolute path (a file
	 * outside the current folder) loses its leading slash, as in {@code a/tmp/x.journey}.
	 */
	private static String headerPath(String file) {
		String path = file.replace('\\', '/');
		while (path.startsWith("/")) {
			path = path.substring(1);
		}
		return path;
	}

	private static List<String> linesWithTerminators(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(text.substring(start));
		}
		return lines;
	}
}
