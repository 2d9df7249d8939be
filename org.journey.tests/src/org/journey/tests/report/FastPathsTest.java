package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.text.StringEscapeUtils;
import org.journey.dsl.generator.report.html.Html;
import org.journey.dsl.generator.report.html.MapGridLayout;
import org.journey.dsl.map.ReportFormats;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.junit.jupiter.api.Test;

/**
 * The quick ways through escaping, number formatting and word widths (taken for the common case,
 * since reports call them for every name and number) give exactly what the general way gives.
 */
class FastPathsTest {

	private static final List<String> TEXTS = List.of("", "Plain text", "Kunder; 25-45 år", "Æbler & pærer", "<b>\"quoted\" 'single'</b>",
			"tab\there\nnew line\rcr", "bell\u0007 and nul\u0000", "C1 \u0080\u0084\u0085\u0086\u009f", "no-break\u00a0space",
			"emoji \ud83c\udfa8 pair", "lone \ud83c high", "lone \udfa8 low", "end \ufffe\uffff", "private \ue000 use",
			"Gaveindpakningsservice/Anmeldelsesmail—tankestreg", "x\u2010y\u2014z", "line\u000bvertical\u000cfeed");

	@Test
	void escapingIsTheLibrarysEscaping() {
		for (String text : TEXTS) {
			assertEquals(StringEscapeUtils.escapeXml10(text), Html.escape(text), text);
		}
	}

	@Test
	void decimalsAreRoundedHalfUpToTwoPlaces() {
		for (double value : new double[] { 0, -0.0, 3, -3, 1e14, 0.125, -0.125, 1.005, 2.5, 99.999, -1e-9, 123456.789, 1e20, 33.333333 }) {
			String expected = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
			assertEquals(expected.equals("-0") ? "0" : expected, Html.decimal(value), Double.toString(value));
		}
	}

	@Test
	void numbersAreFormattedAsTheLanguageWritesThem() {
		for (ReportLanguage language : ReportLanguage.values()) {
			ReportFormats formats = ReportFormats.of(language);
			DecimalFormat general = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(formats.locale()));
			for (Number value : List.<Number>of(0, 7, 999, 1000, 120000, -1, -2500, 2L, 1_000_000L, (short) 12, 2.5, new BigDecimal("1234.567"))) {
				assertEquals(general.format(value), formats.number(value), language + " " + value);
			}
		}
	}

	@Test
	void theLongestWordIsCountedBetweenTheSameBreaksAsBefore() {
		Pattern breaks = Pattern.compile("[\\s\\-/\u2010-\u2014]+");
		for (String text : TEXTS) {
			int expected = Stream.of(breaks.split(text)).mapToInt(word -> word.codePointCount(0, word.length())).max().orElse(0);
			assertEquals(expected, MapGridLayout.longestWord(text), text);
		}
	}
}
