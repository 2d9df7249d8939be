package org.journey.dsl.map;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * Numbers, percentages and dates as a reader of the report's language writes them (decimal comma
 * in Danish and Norwegian). Locales are explicit, so output never depends on the machine's.
 */
public final class ReportFormats {

	/** Never changed once made: each format clones them. */
	private static final Map<Locale, DecimalFormatSymbols> SYMBOLS = new ConcurrentHashMap<>();

	private final Locale locale;

	private ReportFormats(Locale locale) {
		this.locale = locale;
	}

	public static ReportFormats of(ReportLanguage language) {
		return new ReportFormats(switch (language) {
		case DA -> Locale.forLanguageTag("da-DK");
		case NB -> Locale.forLanguageTag("nb-NO");
		default -> Locale.forLanguageTag("en-GB");
		});
	}

	public Locale locale() {
		return locale;
	}

	/** A number with grouping and at most two decimals: 120,000 / 120.000 / 120 000. */
	public String number(Number value) {
		if (value == null) {
			return "";
		}
		// scores and counts: most numbers of a report are small whole numbers, written alike in every language
		if ((value instanceof Integer || value instanceof Long || value instanceof Short) && value.longValue() >= 0
				&& value.longValue() < 1000) {
			return Long.toString(value.longValue());
		}
		DecimalFormat format = new DecimalFormat("#,##0.##", SYMBOLS.computeIfAbsent(locale, DecimalFormatSymbols::getInstance));
		return format.format(value instanceof BigDecimal decimal ? decimal : value);
	}

	/**
	 * An amount in a currency (an ISO 4217 code) as the language writes it, whole amounts without
	 * decimals: 1.800.000 kr. / kr 1 800 000 / DKK 1,800,000. A code that is not a currency gives
	 * the number followed by the code, so a report still shows what the model says.
	 */
	public String money(Number value, String currencyCode) {
		if (value == null) {
			return "";
		}
		Currency currency;
		try {
			currency = Currency.getInstance(currencyCode);
		} catch (IllegalArgumentException | NullPointerException unknown) {
			return number(value) + (currencyCode == null ? "" : "\u00A0" + currencyCode);
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(currency);
		BigDecimal amount = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
		// targets are mostly whole amounts: "389,50 kr." only where the model gives øre
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		int minorDigits = Math.max(currency.getDefaultFractionDigits(), 0);
		format.setMinimumFractionDigits(whole ? 0 : minorDigits);
		format.setMaximumFractionDigits(whole ? 0 : Math.max(minorDigits, 2));
		// The JDK leaves out the space CLDR puts between a code and the digits ("DKK1,800,000")
		return format.format(amount).replaceAll("(\\p{L})(?=[\\d\u2212-])", "$1\u00A0")
				.replaceAll("(\\d)(?=\\p{L})", "$1\u00A0");
	}

	/** A score or other whole number with its sign always shown: +2, 0, -1 (−1 in Norwegian). */
	public String signed(int value) {
		return (value > 0 ? "+" : "") + number(value);
	}

	/**
	 * What follows a number to make it a percentage: "%" in English, " %" with a no-break space in
	 * Danish and Norwegian; the suffix of {@link #percent}, for values that are percentages already.
	 */
	public String percentSign() {
		return ((DecimalFormat) NumberFormat.getPercentInstance(locale)).getPositiveSuffix();
	}

	/** A share such as 0.125 as a percentage: 12.5% / 12,5 %. */
	public String percent(double share) {
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(share);
	}

	/** An ISO date (yyyy-mm-dd) in the language's medium form: 30 Jun 2027 / 30. jun. 2027. */
	public String date(String isoDate) {
		if (isoDate == null) {
			return "";
		}
		return LocalDate.parse(isoDate).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
	}

	/** The month of an ISO date, for a timeline's axis: Jun 2027 / jun. 2027. */
	public String month(String isoDate) {
		if (isoDate == null) {
			return "";
		}
		return LocalDate.parse(isoDate).format(DateTimeFormatter.ofPattern("LLL yyyy", locale));
	}
}
