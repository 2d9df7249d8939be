package org.journey.dsl.generator.report;

import java.util.List;
import java.util.Locale;

/**
 * Makes model strings safe for the Markdown report: a name or text always shows as written and
 * never becomes markup, a table column, a heading or a broken Mermaid diagram.
 * <p>
 * Markdown (GitHub Flavored, as git hosts render it): HTML's {@code & < >} become entities, so
 * {@code <script>} is text; Markdown's inline punctuation is backslash-escaped (CommonMark allows a
 * backslash before any ASCII punctuation); line breaks become {@code <br>}, which keeps a text on
 * one source line, so it can neither end a table row nor start a block (a heading, a list, a
 * quote). A block marker at the start of a text is escaped anyway, for the places where the text
 * begins a line.
 * <p>
 * Mermaid {@code journey} diagrams have no escape syntax that every renderer supports: its lexer
 * reads {@code #} as a comment, {@code ;} and line breaks as statement ends, {@code :} as the
 * start of a task's score, {@code %%} as a comment and {@code ,} as the separator between actors
 * (see its grammar, journey.jison, and journeyDb's addTask). Those characters are replaced with
 * look-alikes that every Latin font has ({@code ;} with a comma, or among actors with a low
 * quotation mark that looks like one, so "Kunder; 25-45 år" stays one actor), and a task name
 * that begins like a keyword is kept from being read as one.
 */
public final class MarkdownEscaper {

	/** Invisible, and not white space to Mermaid's lexer: breaks up a keyword or a {@code %%}. */
	private static final String ZERO_WIDTH_SPACE = "\u200B";

	/** Words Mermaid's journey lexer takes as keywords at the start of a statement, in lower case. */
	private static final List<String> MERMAID_KEYWORDS = List.of("journey", "title", "section", "acctitle", "accdescr");

	private MarkdownEscaper() {
	}

	/** A text for a paragraph, list item, heading or table cell; null gives an empty string. */
	public static String text(String value) {
		if (value == null) {
			return "";
		}
		String trimmed = value.strip();
		StringBuilder out = new StringBuilder(trimmed.length() + 16);
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '\r' -> {
				out.append("<br>");
				if (i + 1 < trimmed.length() && trimmed.charAt(i + 1) == '\n') {
					i++;
				}
			}
			case '\n' -> out.append("<br>");
			// inline markup: code, emphasis, links and images, table cells, strikethrough, GitHub's math
			case '\\', '`', '*', '_', '[', ']', '|', '~', '$' -> out.append('\\').append(c);
			default -> out.append(c);
			}
		}
		return escapeLeadingBlockMarker(out.toString());
	}

	/**
	 * A heading, a list item, a setext underline or a numbered list item starts with one of
	 * these; escaped, the text stays a paragraph wherever it lands at a line start. (A block
	 * quote's {@code >} is an entity by now.)
	 */
	private static String escapeLeadingBlockMarker(String text) {
		if (text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		if (first == '#' || first == '-' || first == '+' || first == '=') {
			return "\\" + text;
		}
		int digits = 0;
		while (digits < text.length() && Character.isDigit(text.charAt(digits)) && text.charAt(digits) < 128) {
			digits++;
		}
		if (digits > 0 && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
			return text.substring(0, digits) + "\\" + text.substring(digits);
		}
		return text;
	}

	/**
	 * A code span outside a table: fenced with more backticks than any run inside it, padded
	 * with a space where the content begins or ends with a backtick or a space.
	 */
	public static String code(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String content = value.replaceAll("\r\n|\r|\n", " ");
		String fence = "`".repeat(longestBacktickRun(content) + 1);
		boolean pad = content.startsWith("`") || content.endsWith("`") || content.startsWith(" ") || content.endsWith(" ");
		String padding = pad ? " " : "";
		return fence + padding + content + padding + fence;
	}

	/**
	 * A code span inside a table cell: GitHub reads a {@code |} in a table row as a column break
	 * even inside a code span, unless it is backslash-escaped (the backslash does not show).
	 */
	public static String tableCode(String value) {
		return code(value).replace("|", "\\|");
	}

	private static int longestBacktickRun(String text) {
		int longest = 0;
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			run = text.charAt(i) == '`' ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return longest;
	}

	/** A Mermaid diagram's title: it may contain {@code :}, but no comment, statement end or line break. */
	public static String mermaidTitle(String value, String fallback) {
		return mermaid(value, fallback, false, false, false);
	}

	/** A Mermaid section name: like a title, and a {@code :} would end it. */
	public static String mermaidSection(String value, String fallback) {
		return mermaid(value, fallback, true, false, false);
	}

	/**
	 * A Mermaid task name: the text before the task's {@code : score}. It starts a statement, so
	 * one that begins like a keyword ("Journey planner", "Section 2") is kept from being read as one.
	 */
	public static String mermaidTask(String value, String fallback) {
		return mermaid(value, fallback, true, false, true);
	}

	/** One actor in a Mermaid task's actor list, where {@code ,} separates actors. */
	public static String mermaidActor(String value, String fallback) {
		return mermaid(value, fallback, true, true, false);
	}

	/**
	 * {@code value} made safe for Mermaid; {@code fallback} (an identifier, safe already) where
	 * nothing readable is left, as the diagram's statements cannot be empty.
	 */
	private static String mermaid(String value, String fallback, boolean replaceColon, boolean replaceComma,
			boolean startsStatement) {
		String text = value == null ? "" : value;
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\r', '\n', '\t' -> out.append(' ');
			// MUSIC SHARP SIGN: the fullwidth number sign needs a CJK font, and shows as a box without one
			case '#' -> out.append('\u266F');
			// a comma reads like the semicolon; among actors a comma separates them, so the look-alike
			case ';' -> out.append(replaceComma ? '\u201A' : ',');
			case '<' -> out.append('\u2039'); // SINGLE LEFT-POINTING ANGLE QUOTATION MARK: no markup
			case '>' -> out.append('\u203A');
			case ':' -> out.append(replaceColon ? '\u2236' : ':'); // RATIO, looks like a colon
			case ',' -> out.append(replaceComma ? '\u201A' : ','); // SINGLE LOW-9 QUOTATION MARK, looks like a comma
			case '%' -> {
				out.append('%');
				if (i + 1 < text.length() && text.charAt(i + 1) == '%') {
					out.append(ZERO_WIDTH_SPACE);
				}
			}
			default -> out.append(c);
			}
		}
		String result = out.toString().replaceAll(" {2,}", " ").strip();
		if (result.isEmpty()) {
			return fallback;
		}
		String lower = result.toLowerCase(Locale.ROOT);
		if (startsStatement && MERMAID_KEYWORDS.stream().anyMatch(lower::startsWith)) {
			return ZERO_WIDTH_SPACE + result;
		}
		return result;
	}
}
