package org.journey.dsl.generator.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.commons.text.StringEscapeUtils;

/** Escaping and number writing for the HTML report's markup, CSS and SVG. */
public final class Html {

	private Html() {
	}

	/**
	 * A model string made safe for HTML text, a double-quoted attribute and SVG text alike: XML 1.0
	 * escaping replaces the five markup characters by entities (and drops characters XML forbids),
	 * while letters such as æ, ø and å stay readable in the page source. Null becomes empty, so a
	 * missing fact never shows up as "null".
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		// most text has nothing to escape: a report escapes every name and number it shows
		return needsEscaping(text) ? StringEscapeUtils.escapeXml10(text) : text;
	}

	/** Whether escapeXml10 would change the text: markup characters, controls, C1, lone surrogates, U+FFFE/F. */
	private static boolean needsEscaping(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean plain = c >= 0x20 && c <= 0x7e ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\''
					: c == '\t' || c == '\n' || c == '\r' || c == 0x85 || c >= 0xa0 && c < 0xd800 || c >= 0xe000 && c <= 0xfffd;
			if (!plain) {
				return true;
			}
		}
		return false;
	}

	/**
	 * An identifier (an event, a property, a qualified name, a formula) escaped for HTML text, with
	 * a line-break opportunity after each {@code _} and {@code .}: a long name wraps between its
	 * words ({@code purchase_<wbr>completed}) rather than inside one. Not for attributes.
	 */
	public static String identifier(String text) {
		return escape(text).replace("_", "_<wbr>").replace(".", ".<wbr>");
	}

	/**
	 * A coordinate, length or factor for CSS and SVG: a dot as decimal separator whatever the
	 * report's language or the machine's locale, at most two decimals, no trailing zeros.
	 */
	public static String decimal(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			// whole numbers, most coordinates and sizes of a page: the same text, without BigDecimal
			return Long.toString((long) value);
		}
		String text = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
		return text.equals("-0") ? "0" : text;
	}

	/** A share of 0..1 as a CSS percentage, e.g. {@code 23.45%}. */
	public static String cssPercent(double share) {
		return decimal(share * 100) + "%";
	}
}
