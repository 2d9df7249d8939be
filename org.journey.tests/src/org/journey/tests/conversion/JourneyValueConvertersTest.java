package org.journey.tests.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

/**
 * The converters in both directions: text to value (parsing) and value to text (serializing,
 * formatting, quick fixes), where the caret escape and the error type matter.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyValueConvertersTest {

	@Inject
	private IValueConverterService converters;

	@ParameterizedTest
	@CsvSource({ "^journey, journey", "^Førstegangskøbere, Førstegangskøbere", "value, value", "HomeDecorators, HomeDecorators" })
	void nameLosesItsCaretEscape(String written, String name) {
		assertEquals(name, converters.toValue(written, "ValidID", null));
	}

	@ParameterizedTest
	@CsvSource({
			// hard keywords need the caret to be read back as names
			"journey, ^journey", "phase, ^phase", "segment, ^segment",
			// soft keywords are names as they are
			"value, value", "count, count", "source, source", "funnel, funnel",
			"HomeDecorators, HomeDecorators", "Førstegangskøbere, Førstegangskøbere" })
	void nameIsEscapedOnlyWhenItIsAHardKeyword(String name, String written) {
		assertEquals(written, converters.toString(name, "ValidID"));
	}

	@Test
	void qualifiedNameConvertsEachSegmentLikeAName() {
		assertEquals("shared.journey.Students", converters.toValue("shared.^journey.Students", "QualifiedName", null));
		assertEquals("shared.^journey.Students", converters.toString("shared.journey.Students", "QualifiedName"));
		assertEquals("shared.^phase.*", converters.toString("shared.phase.*", "QualifiedNameWithWildcard"));
		assertEquals("shared.phase.*", converters.toValue("shared.^phase.*", "QualifiedNameWithWildcard", null));
	}

	@Test
	void valuesPrintAsTheyAreWritten() {
		assertEquals("12.50", converters.toString(new BigDecimal("12.50"), "Decimal"));
		assertEquals("-2", converters.toString(-2, "SignedInt"));
		assertEquals("3000000000", converters.toString(3_000_000_000L, "Volume"));
		assertEquals("2027-06-30", converters.toString("2027-06-30", "IsoDate"));
	}

	@Test
	void valueThatCannotBeWrittenIsAConverterErrorNotAnyException() {
		// the serializer and formatter handle ValueConverterException; anything else escapes them
		ValueConverterException date = assertThrows(ValueConverterException.class, () -> converters.toString("2027-02-30", "IsoDate"));
		assertTrue(date.getMessage().contains("yyyy-mm-dd"), date.getMessage());
		assertThrows(ValueConverterException.class, () -> converters.toString(-1L, "Volume"));
		assertThrows(ValueConverterException.class, () -> converters.toString(-7, "INT"));
		assertThrows(ValueConverterException.class, () -> converters.toString(null, "Decimal"));
	}

	@ParameterizedTest
	@CsvSource({ "Volume, 99999999999999999999", "SignedInt, 2147483648", "INT, 99999999999" })
	void numberTooLargeSaysSoInsteadOfAJavaMessage(String rule, String written) {
		ValueConverterException error = assertThrows(ValueConverterException.class, () -> converters.toValue(written, rule, null));

		assertTrue(error.getMessage().startsWith("'" + written + "' is out of range: expected a whole number"), error.getMessage());
		// Xtext reports the cause's message in place of ours when there is a cause
		assertEquals(null, error.getCause());
	}
}
