package org.journey.dsl.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

/**
 * Converts the datatype rules of the grammar (numbers, dates) between their text and their
 * values. A value the rule accepts but Java cannot represent (an impossible date, a number too
 * large) becomes a syntax error at the value's position rather than an exception.
 */
public class JourneyValueConverters extends DefaultTerminalConverters {

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
			.withResolverStyle(ResolverStyle.STRICT);

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> decimal() {
		return new TextValueConverter<>() {
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
		return new TextValueConverter<>() {
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
		return new TextValueConverter<>() {
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
		return new TextValueConverter<>() {
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

	/** Shared error handling: empty input and unparseable text become a positioned syntax error. */
	private abstract static class TextValueConverter<T> extends AbstractValueConverter<T> {

		protected abstract T parse(String text);

		protected abstract String print(T value);

		@Override
		public T toValue(String string, INode node) {
			if (Strings.isEmpty(string)) {
				throw new ValueConverterException("A value is missing here", node, null);
			}
			String text = string.replaceAll("\\s+", "");
			try {
				return parse(text);
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + text + "' is not a number this field accepts", node, e);
			} catch (IllegalArgumentException e) {
				throw new ValueConverterException(e.getMessage(), node, e);
			}
		}

		@Override
		public String toString(T value) {
			if (value == null) {
				throw new ValueConverterException("A value is missing here", null, null);
			}
			return print(value);
		}
	}
}
