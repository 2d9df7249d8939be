package org.journey.cli;

/**
 * A formatted text with the line endings of the file it replaces. The formatter writes its own
 * line breaks as \n and keeps those inside comments and strings, so a CRLF file came back with
 * both; a file whose first line ends in CRLF is written with CRLF throughout.
 */
final class LineEndings {

	private LineEndings() {
	}

	static String like(String original, String formatted) {
		int firstBreak = original.indexOf('\n');
		boolean crlf = firstBreak > 0 && original.charAt(firstBreak - 1) == '\r';
		return crlf ? formatted.replace("\r\n", "\n").replace("\n", "\r\n") : formatted;
	}
}
