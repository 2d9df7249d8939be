package org.journey.cli;

/** Whether output goes to a person at a terminal: colour and progress only then. */
final class Terminal {

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
}
