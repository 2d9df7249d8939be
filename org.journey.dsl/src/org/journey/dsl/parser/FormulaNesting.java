package org.journey.dsl.parser;

/**
 * How deep a file's parentheses nest, counted on its text before anything recursive reads it.
 * Formulas are the only recursive part of the language; the parser, the node model, the
 * formatter and the serializer all descend them recursively, and each runs out of a 1 MB thread
 * stack at a different depth (the parser at about 2,000 to 2,500 levels, depending on what the
 * JIT has compiled by then; the formatter at about 1,500). So one limit, checked here, far below
 * all of them and far above any formula a person writes: a file nested deeper is not read.
 * <p>
 * The count follows the lexer: parentheses inside texts and comments do not count.
 *
 * @param depth  the deepest nesting
 * @param offset the offset of the first parenthesis at that depth, 0 when there is none
 */
public record FormulaNesting(int depth, int offset) {

	/** The deepest nesting read: 200 levels format and validate on a default 1 MB thread stack with a wide margin. */
	public static final int MAX_DEPTH = 200;

	public boolean tooDeep() {
		return depth > MAX_DEPTH;
	}

	public static FormulaNesting of(String text) {
		int depth = 0;
		int deepest = 0;
		int deepestOffset = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			char next = i + 1 < length ? text.charAt(i + 1) : 0;
			if (c == '"' || c == '\'') {
				i = endOfText(text, i, c);
			} else if (c == '/' && next == '/') {
				while (i + 1 < length && text.charAt(i + 1) != '\n') {
					i++;
				}
			} else if (c == '/' && next == '*') {
				int end = text.indexOf("*/", i + 2);
				i = end < 0 ? length : end + 1;
			} else if (c == '(') {
				depth++;
				if (depth > deepest) {
					deepest = depth;
					deepestOffset = i;
				}
			} else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
		}
		return new FormulaNesting(deepest, deepestOffset);
	}

	/** The offset of the closing quote, or of the last character before the line break: a text ends on its line. */
	private static int endOfText(String text, int start, char quote) {
		int i = start + 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
				i += 2;
			} else if (c == quote) {
				return i;
			} else if (c == '\n') {
				return i - 1;
			} else {
				i++;
			}
		}
		return i;
	}
}
