package org.journey.cli;

/** Whether output goes to a person at a terminal: colour and progress only then. */
public final class Terminal {

	private Terminal() {
	}

	static boolean interactive() {
		return System.console() != null;
	}

	/** Colour on a terminal, unless NO_COLOR is set (https://no-color.org). */
	static boolean colour() {
		String noColor = System.getenv("NO_COLOR");
		return interactive() && (noColor == null || noColor.isEmpty());
	}

	static String paint(String text, String ansiCode) {
		return colour() ? "\u001B[" + ansiCode + "m" + text + "\u001B[0m" : text;
	}

	/**
	 * Text from a model or a file name made safe to print: control characters (C0 but tab, DEL,
	 * C1; line feeds too, so that a text cannot fake a line of output of its own) and the
	 * bidirectional overrides are shown as escapes (ESC as \\x1B, U+202E as \\u202E), so a title
	 * cannot clear the screen, set the window title, fake colours or reorder what is shown.
	 */
	public static String escape(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder safe = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String escaped = c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F ? String.format("\\x%02X", (int) c)
					: isBidiControl(c) ? String.format("\\u%04X", (int) c) : null;
			if (escaped != null && safe == null) {
				safe = new StringBuilder(text.length() + 8).append(text, 0, i);
			}
			if (safe != null) {
				safe.append(escaped != null ? escaped : String.valueOf(c));
			}
		}
		return safe == null ? text : safe.toString();
	}

	private static boolean isBidiControl(char c) {
		return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
				|| c == '\u061C';
	}
}
