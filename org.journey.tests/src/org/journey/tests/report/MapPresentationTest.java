package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMap.Direction;
import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.map.JourneyMap.KpiUnit;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.KpiValues;
import org.journey.dsl.map.MapLookups;
import org.journey.dsl.map.ReportFormats;
import org.journey.dsl.map.ReportLabels;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The presentation text the reports, the hover, the code lens and the diagram share: signed
 * scores, percent signs, a KPI's range and date, labels for the names the map refers to.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class MapPresentationTest {

	private static final String NBSP = "\u00A0";

	private static final String MODEL = """
			source Analytics "Web analytics" { kind analytics }
			source Tickets { kind support-logs }
			segment Buyers "Regular buyers" { share 40% }
			kpi Conversion "Visit to order" { unit percent baseline 1.2 target 2 by 2027-06-30 source Analytics, Tickets }
			kpi Returns { unit ratio baseline 8 direction decrease }
			goal Grow "Grow online sales" { kind new-sales kpis Conversion }
			journey Shop "Buying online" {
			    for Buyers
			    pursues Grow
			    phase Visit "Visiting the shop" {
			        kpis Conversion, Returns
			        touchpoint Site { channel web serves Buyers }
			        pain Slow "Slow pages" { severity high evidence Analytics }
			        opportunity Faster "Faster pages" { value high effort low fixes Slow }
			    }
			}
			""";

	@Inject
	private JourneyFixture fixtures;

	@Test
	void aScoreAlwaysShowsItsSignInTheLanguagesDigits() {
		// given
		ReportFormats english = ReportFormats.of(ReportLanguage.EN);
		ReportFormats norwegian = ReportFormats.of(ReportLanguage.NB);

		// when / then
		assertEquals("+2", english.signed(2));
		assertEquals("0", english.signed(0));
		assertEquals("-1", english.signed(-1));
		assertEquals("\u22122", norwegian.signed(-2), "Norwegian writes the minus sign");
	}

	@Test
	void thePercentSignIsTheLanguagesOwn() {
		// given
		ReportLanguage[] languages = { ReportLanguage.EN, ReportLanguage.DA, ReportLanguage.NB };

		// when
		List<String> signs = List.of(languages).stream().map(language -> ReportFormats.of(language).percentSign()).toList();

		// then
		assertEquals(List.of("%", NBSP + "%", NBSP + "%"), signs);
	}

	@Test
	void aKpiRangeHasAnArrowOnlyBetweenTwoValues() {
		// given / when / then
		assertEquals("1.2 → 2.0", KpiValues.range("1.2", "2.0"));
		assertEquals("8", KpiValues.range("8", ""));
		assertEquals("5", KpiValues.range("", "5"));
		assertEquals("", KpiValues.range("", ""));
	}

	@Test
	void aKpiFigureAsWrittenKeepsTheModellersDecimals() {
		// given / when / then
		assertEquals("2.0", KpiValues.asWritten(new BigDecimal("2.0")));
		assertEquals("?", KpiValues.asWritten(null));
	}

	@Test
	void aPercentKpisRangeAndDateReadInTheJourneysLanguage() throws IOException {
		// given
		KpiCard conversion = kpi(map(), "Conversion");
		KpiValues danish = KpiValues.of(ReportLanguage.DA);

		// when
		String range = danish.range(conversion);
		String by = danish.by(ReportFormats.of(ReportLanguage.DA).date(conversion.targetDate()));

		// then
		assertEquals("1,2" + NBSP + "% → 2" + NBSP + "%", range);
		assertEquals("inden 30. jun. 2027", by);
	}

	@Test
	void aValueOfAKpiTheMapLacksIsThePlainNumber() throws IOException {
		// given
		KpiValues english = KpiValues.of(ReportLanguage.EN);
		KpiCard conversion = kpi(map(), "Conversion");

		// when / then
		assertEquals("1,500.5", english.valueOrNumber(null, new BigDecimal("1500.5")));
		assertEquals("1.5%", english.valueOrNumber(conversion, new BigDecimal("1.5")));
	}

	@Test
	void namesTheMapRefersToReadAsTheirTitlesElseAsThemselves() throws IOException {
		// given
		MapLookups lookups = MapLookups.of(map());

		// when / then
		assertEquals("Web analytics", lookups.sourceLabel("Analytics"));
		assertEquals("Tickets", lookups.sourceLabel("Tickets"), "a source without a title");
		assertEquals("Visit to order", lookups.kpiLabel("Conversion"));
		assertEquals("Grow online sales", lookups.goalLabel("Grow"));
		assertEquals("Regular buyers", lookups.segmentLabel("Buyers"));
		assertEquals("Slow pages", lookups.painLabel("Slow"));
		assertEquals("Faster pages", lookups.opportunityLabel("Faster"));
		assertEquals("Visiting the shop", lookups.phaseHeading("Visit"));
		assertEquals("Unknown", lookups.kpiLabel("Unknown"), "a name the map does not know");
		assertNull(lookups.kpi("Unknown"));
	}

	@Test
	void aKpisUnitAndDirectionAreTypedWithTheGrammarsLiterals() throws IOException {
		// given
		JourneyMap map = map();

		// when
		KpiCard conversion = kpi(map, "Conversion");
		KpiCard returns = kpi(map, "Returns");

		// then
		assertEquals(KpiUnit.PERCENT, conversion.unit());
		assertEquals(Direction.INCREASE, conversion.direction());
		assertEquals("ratio", returns.unit().literal());
		assertEquals("decrease", returns.direction().literal());
		assertEquals("lower is better", ReportLabels.of(ReportLanguage.EN).direction(returns.direction()));
		assertEquals("procent", ReportLabels.of(ReportLanguage.DA).unit(KpiUnit.PERCENT));
	}

	@Test
	void theMapCannotBeChangedByWhatItHandsOut() throws IOException {
		// given
		JourneyMap map = map();

		// when / then
		assertThrows(UnsupportedOperationException.class, () -> map.kpis().clear());
		assertThrows(UnsupportedOperationException.class, () -> map.columns().get(0).kpis().add("Other"));
		assertThrows(UnsupportedOperationException.class, () -> kpi(map, "Conversion").sources().clear());
	}

	@Test
	void anElementIsLabelledByItsTitleElseByItsName() {
		// given / when / then
		assertEquals("Web analytics", JourneyMap.labelOf("Analytics", "Web analytics"));
		assertEquals("Tickets", JourneyMap.labelOf("Tickets", null));
	}

	private JourneyMap map() throws IOException {
		return JourneyMapBuilder.build(fixtures.parseJourney(MODEL));
	}

	private static KpiCard kpi(JourneyMap map, String name) {
		return MapLookups.of(map).kpi(name);
	}
}
