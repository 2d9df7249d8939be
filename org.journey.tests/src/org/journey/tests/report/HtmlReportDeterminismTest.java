package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

/**
 * The same model gives byte-identical HTML, run after run and whatever the machine's locale and
 * time zone, so generated reports can be committed and diffed.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class HtmlReportDeterminismTest {

	@Inject
	private JourneyFixture fixtures;

	@Test
	void generatingTwiceGivesTheSameBytes() throws IOException {
		// given two independent loads of the examples
		Map<String, byte[]> first = renderExamples();

		// when
		Map<String, byte[]> second = renderExamples();

		// then
		assertEquals(first.keySet(), second.keySet());
		first.forEach((journey, bytes) -> assertArrayEquals(bytes, second.get(journey), journey));
	}

	/**
	 * Arabic digits and a decimal comma in the default locale, Turkish casing rules, and time
	 * zones far from UTC: none of them may leak into the report.
	 */
	@ParameterizedTest(name = "{0}, {1}")
	@CsvSource({ "ar-EG-u-nu-arab, Pacific/Kiritimati", "tr-TR, Pacific/Pago_Pago", "de-DE, America/St_Johns" })
	void machineLocaleAndTimeZoneDoNotChangeTheReport(String localeTag, String timeZoneId) throws IOException {
		// given
		Map<String, byte[]> usual = renderExamples();
		Locale locale = Locale.getDefault();
		TimeZone timeZone = TimeZone.getDefault();
		Map<String, byte[]> elsewhere;

		// when
		try {
			Locale.setDefault(Locale.forLanguageTag(localeTag));
			TimeZone.setDefault(TimeZone.getTimeZone(timeZoneId));
			elsewhere = renderExamples();
		} finally {
			Locale.setDefault(locale);
			TimeZone.setDefault(timeZone);
		}

		// then
		assertEquals(usual.keySet(), elsewhere.keySet());
		usual.forEach((journey, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
				new String(elsewhere.get(journey), StandardCharsets.UTF_8), journey + " under " + localeTag + ", " + timeZoneId));
	}

	/** The UTF-8 bytes of each example journey's report, by qualified name. */
	private Map<String, byte[]> renderExamples() throws IOException {
		Map<String, byte[]> pages = new LinkedHashMap<>();
		for (Journey journey : fixtures.exampleJourneys()) {
			String name = JourneyMapBuilder.qualifiedName(journey);
			assertNull(pages.put(name, JourneyFixture.render(journey).getBytes(StandardCharsets.UTF_8)),
					"two example journeys share the name " + name);
		}
		return pages;
	}
}
