package org.journey.dsl.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.conversion.impl.KeywordAlternativeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

import com.google.inject.Inject;

/**
 * Converts the datatype rules of the grammar (names, numbers, dates) between their text and their
 * values. A value the rule accepts but Java cannot represent (an impossible date, a number too
 * large) becomes a syntax error at the value's position rather than an exception.
 */
public class JourneyValueConverters extends DefaultTerminalConverters {

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
			.withResolverStyle(ResolverStyle.STRICT);

	/**
	 * A name is an ID or a soft keyword. Without this converter the text is taken verbatim, so
	 * {@code segment ^journey} would be named "^journey": the caret only escapes a keyword and is
	 * not part of the name. Soft keywords print as they are, hard keywords get their caret back.
	 */
	@Inject
	private KeywordAlternativeConverter validIdConverter;

	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> ValidID() {
		return validIdConverter;
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return new QualifiedNameConverter();
	}

	@ValueConverter(rule = "QualifiedNameWithWildcard")
	public IValueConverter<String> QualifiedNameWithWildcard() {
		return new QualifiedNameConverter();
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

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> decimal() {
		return new TextValueConverter<>("a decimal number such as 12.5") {
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
				// the serializer expects a ValueConverterException for a value it cannot write
				throw new ValueConverterException(e.getMessage(), null, e);
			}
		}
	}

	/**
	 * Dot-separated names, each segment a {@code ValidID}, optionally ending in the import
	 * wildcard; each segment is converted like a name, so a caret escape never leaks into it.
	 */
	private final class QualifiedNameConverter extends AbstractValueConverter<String> {

		private static final String WILDCARD = "*";

		@Override
		public String toValue(String string, INode node) {
			if (string == null) {
				return null;
			}
			// a reference's text keeps a space where a comment or line break split it; names hold none
			return convertSegments(string.replaceAll("\\s+", ""), segment -> validIdConverter.toValue(segment, node));
		}

		@Override
		public String toString(String value) {
			if (Strings.isEmpty(value)) {
				throw new ValueConverterException("A name is missing here", null, null);
			}
			return convertSegments(value, validIdConverter::toString);
		}

		private String convertSegments(String name, UnaryOperator<String> segmentConverter) {
			return Arrays.stream(name.split("\\.", -1))
					.map(segment -> WILDCARD.equals(segment) || segment.isEmpty() ? segment : segmentConverter.apply(segment))
					.collect(Collectors.joining("."));
		}
	}
}
