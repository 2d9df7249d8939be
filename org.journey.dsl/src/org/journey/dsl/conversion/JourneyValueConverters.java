package org.journey.dsl.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.conversion.impl.KeywordAlternativeConverter;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;
import org.journey.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * Converts the datatype rules of the grammar (names, numbers, dates) between their text and their
 * values. A value the rule accepts but Java cannot represent (an impossible date, a number too
 * large) becomes a syntax error at the value's position rather than an exception.
 */
public class JourneyValueConverters extends DefaultTerminalConverters {

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
			.withResolverStyle(ResolverStyle.STRICT);

	@Inject
	private KeywordAlternativeConverter validId;

	/**
	 * A name is an ID or one of the soft keywords ValidID lists. Any other keyword used as a name
	 * must be written with the ID escape, {@code ^kpi}; the value is the name without it, as for
	 * a plain ID. Without this converter the escape stayed in the name, and the serializer wrote a
	 * segment named "kpi" as {@code segment kpi}, which does not parse.
	 */
	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> validId() {
		return validId;
	}

	/** A qualified name is names joined by dots; each is converted, and escaped, as a name. */
	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> qualifiedName() {
		return new DottedNamesConverter();
	}

	/** An import: a qualified name, possibly ending in {@code .*}. */
	@ValueConverter(rule = "QualifiedNameWithWildcard")
	public IValueConverter<String> qualifiedNameWithWildcard() {
		return new DottedNamesConverter();
	}

	@Override
	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		return new TextValueConverter<>("a whole number from 0 to " + Integer.MAX_VALUE) {
			@Override
			protected Integer parse(String text) {
				return Integer.valueOf(text);
			}

			@Override
			protected String print(Integer value) {
				if (value < 0) {
					throw new ValueConverterException("A whole number here cannot be negative: " + value, null, null);
				}
				return value.toString();
			}
		};
	}

	/**
	 * A text: the lexer ends one at its line's end even without the closing quote, so that the
	 * forgotten quote is reported here, on its line, instead of the text running on to the next
	 * quote in the file.
	 */
	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		IValueConverter<String> quoted = super.STRING();
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				if (string != null && !isClosed(string)) {
					// the quote goes after the last visible character; spaces and a CRLF's CR stay after it
					String closed = string.stripTrailing() + string.charAt(0);
					throw new SlipException("This text has no closing quote: end it with " + string.charAt(0)
							+ " on the same line (" + closed + ").", node, IssueCodes.MISSING_QUOTE, string,
							closed + string.substring(closed.length() - 1));
				}
				return quoted.toValue(string, node);
			}

			@Override
			public String toString(String value) {
				return quoted.toString(value);
			}
		};
	}

	/** Whether a STRING token ends with the quote it starts with (an escaped quote does not end it). */
	static boolean isClosed(String token) {
		if (token.length() < 2) {
			return false;
		}
		char quote = token.charAt(0);
		for (int i = 1; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == quote) {
				return i == token.length() - 1;
			}
		}
		return false;
	}

	/** A decimal; written with a comma (3,0), it is an error that says to write 3.0. */
	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> decimal() {
		return new TextValueConverter<>("a decimal number such as 12.5") {
			@Override
			public BigDecimal toValue(String string, INode node) {
				if (string != null && string.indexOf(',') >= 0) {
					String written = string.replaceAll("\\s+", "");
					String withPoint = written.replace(',', '.');
					throw new SlipException("Decimals are written with a point: " + withPoint + ", not " + written + ".", node,
							IssueCodes.DECIMAL_COMMA, written, withPoint);
				}
				return super.toValue(string, node);
			}

			@Override
			protected BigDecimal parse(String text) {
				return new BigDecimal(text);
			}

			@Override
			protected String print(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	/** A score, -2 or +2 or 2; printed without the plus, the one way to write a positive number everywhere else. */
	@ValueConverter(rule = "SignedInt")
	public IValueConverter<Integer> signedInt() {
		return new TextValueConverter<>("a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE) {
			@Override
			protected Integer parse(String text) {
				return Integer.valueOf(text);
			}

			@Override
			protected String print(Integer value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "Volume")
	public IValueConverter<Long> volume() {
		return new TextValueConverter<>("a whole number from 0 to " + Long.MAX_VALUE) {
			@Override
			protected Long parse(String text) {
				return Long.valueOf(text);
			}

			@Override
			protected String print(Long value) {
				if (value < 0) {
					throw new ValueConverterException("A volume cannot be negative: " + value, null, null);
				}
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "IsoDate")
	public IValueConverter<String> isoDate() {
		return new TextValueConverter<>("a date written yyyy-mm-dd") {
			@Override
			protected String parse(String text) {
				try {
					return LocalDate.parse(text, ISO_DATE).toString();
				} catch (DateTimeParseException e) {
					throw new IllegalArgumentException("'" + text + "' is not a date: write it as yyyy-mm-dd, e.g. 2027-06-30");
				}
			}

			@Override
			protected String print(String value) {
				return parse(value);
			}
		};
	}

	private class DottedNamesConverter extends AbstractValueConverter<String> {

		private static final String WILDCARD = "*";

		@Override
		public String toValue(String string, INode node) {
			if (Strings.isEmpty(string)) {
				throw new ValueConverterException("A name is missing here", node, null);
			}
			// The parser passes the text with any whitespace or comment between the names.
			String names = node == null ? string : visibleText(node);
			return convertSegments(names, segment -> validId.toValue(segment, null));
		}

		@Override
		public String toString(String value) {
			if (Strings.isEmpty(value)) {
				throw new ValueConverterException("A name is missing here", null, null);
			}
			return convertSegments(value, validId::toString);
		}

		private static String visibleText(INode node) {
			StringBuilder text = new StringBuilder();
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden()) {
					text.append(leaf.getText());
				}
			}
			return text.toString();
		}

		private String convertSegments(String dotted, UnaryOperator<String> convertName) {
			List<String> segments = Strings.split(dotted, '.');
			List<String> converted = new ArrayList<>(segments.size());
			for (int i = 0; i < segments.size(); i++) {
				String segment = segments.get(i);
				boolean wildcard = i == segments.size() - 1 && i > 0 && WILDCARD.equals(segment);
				converted.add(wildcard ? WILDCARD : convertName.apply(segment));
			}
			return String.join(".", converted);
		}
	}

	/**
	 * Shared error handling: empty input and unparseable text become a positioned syntax error.
	 * The exceptions carry no cause on purpose: when there is one, Xtext shows the cause's message
	 * (e.g. NumberFormatException's 'For input string: "99999999999999999999"') instead of ours.
	 */
	private abstract static class TextValueConverter<T> extends AbstractValueConverter<T> {

		private final String expected;

		TextValueConverter(String expected) {
			this.expected = expected;
		}

		protected abstract T parse(String text);

		protected abstract String print(T value);

		@Override
		public T toValue(String string, INode node) {
			if (Strings.isEmpty(string)) {
				throw new ValueConverterException("A value is missing here: expected " + expected, node, null);
			}
			String text = string.replaceAll("\\s+", "");
			try {
				return parse(text);
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + text + "' is out of range: expected " + expected, node, null);
			} catch (IllegalArgumentException e) {
				throw new ValueConverterException(e.getMessage(), node, null);
			}
		}

		@Override
		public String toString(T value) {
			if (value == null) {
				throw new ValueConverterException("A value is missing here: expected " + expected, null, null);
			}
			try {
				return print(value);
			} catch (IllegalArgumentException e) {
				// A value set programmatically that the syntax cannot express (an impossible date):
				// the serializer reports a conversion error with this message.
				throw new ValueConverterException(e.getMessage(), null, e);
			}
		}
	}
}
