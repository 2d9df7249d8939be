package org.journey.dsl.ide.hover;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML of a hover for editors that show HTML (Eclipse), from the Markdown of
 * {@link JourneyHoverText}: the same facts as the language server's hover. Understands the
 * Markdown that class writes: paragraphs, "- " list items, **bold** and `code`.
 */
public final class HoverHtml {

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
	private static final Pattern CODE = Pattern.compile("`(.+?)`");

	private HoverHtml() {
	}

	public static String fromMarkdown(String markdown) {
		if (markdown == null) {
			return null;
		}
		StringBuilder html = new StringBuilder();
		boolean inList = false;
		for (String line : markdown.split("\n")) {
			boolean item = line.startsWith("- ");
			if (inList && !item) {
				html.append("</ul>");
				inList = false;
			}
			if (item) {
				if (!inList) {
					html.append("<ul>");
					inList = true;
				}
				html.append("<li>").append(inline(line.substring(2))).append("</li>");
			} else if (!line.isBlank()) {
				html.append("<p>").append(inline(line)).append("</p>");
			}
		}
		if (inList) {
			html.append("</ul>");
		}
		return html.toString();
	}

	private static String inline(String text) {
		String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
		String bold = replace(BOLD, escaped, "<b>", "</b>");
		return replace(CODE, bold, "<code>", "</code>");
	}

	private static String replace(Pattern pattern, String text, String open, String close) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(open + matcher.group(1) + close));
		}
		matcher.appendTail(result);
		return result.toString();
	}
}
