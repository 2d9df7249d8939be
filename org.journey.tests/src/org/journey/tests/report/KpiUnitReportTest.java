package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.KpiValues;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;

/**
 * A currency KPI shows its currency and a duration KPI its time unit in every report, written as
 * the journey's language writes amounts and durations.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class KpiUnitReportTest {

	/** The no-break space Danish and Norwegian put between an amount and "kr.", and inside numbers. */
	private static final String NBSP = "\u00A0";

	@Inject
	private JourneyFixture fixture;

	/** A journey in {@code language} with a KPI in the currency Danish (DKK) or Norwegian (NOK) businesses use. */
	private Journey journey(String language) {
		return journey(language, "nb".equals(language) ? "NOK" : "DKK");
	}

	private Journey journey(String language, String currency) {
		return fixture.parseJourney("""
				package shop
				source Sales "Sales data" { kind sales-data }
				kpi Revenue "Revenue" {
				    unit currency %s
				    baseline 1800000
				    target 2600000 by 2027-12-31
				    formula sum(purchase.value)
				}
				kpi DeliveryTime "Days to delivery" {
				    unit duration days
				    baseline 3
				    target 1
				    direction decrease
				    source Sales
				}
				goal Grow "Grow" { kind new-sales kpis Revenue, DeliveryTime }
				journey Buying "Buying" {
				    pursues Grow
				    language %s
				    phase Buy {
				        kpis Revenue, DeliveryTime
				        touchpoint Checkout { channel web event purchase { value: number required } }
				    }
				}
				""".formatted(currency, language));
	}

	private String text(Journey journey, String target) {
		return fixture.generate(journey, target).values().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8))
				.collect(Collectors.joining("\n"));
	}

	@Test
	void htmlWritesAmountsAsEachLanguageDoes() {
		assertTrue(text(journey("da"), "html").contains("1.800.000" + NBSP + "kr."), "Danish: 1.800.000 kr.");
		assertTrue(text(journey("nb"), "html").contains("kr" + NBSP + "1" + NBSP + "800" + NBSP + "000"), "Norwegian: kr 1 800 000");
		String english = text(journey("en"), "html");
		assertTrue(english.contains("DKK" + NBSP + "1,800,000"), "English: DKK 1,800,000");
		assertTrue(english.contains("DKK" + NBSP + "2,600,000"), "English target");
	}

	@Test
	void htmlWritesDurationsInTheJourneysLanguage() {
		String danish = text(journey("da"), "html");
		assertTrue(danish.contains("3 dage"), "Danish baseline");
		assertTrue(danish.contains("1 dag<"), "Danish target, singular");
		assertTrue(danish.contains("varighed (dage)"), "Danish unit tag");
		assertTrue(text(journey("nb"), "html").contains("3 dager"), "Norwegian baseline");
		assertTrue(text(journey("en"), "html").contains("3 days"), "English baseline");
	}

	@Test
	void htmlShowsTheChangeInTheCurrency() {
		assertTrue(text(journey("da"), "html").contains("+800.000" + NBSP + "kr."));
	}

	@Test
	void markdownShowsTheCurrencyAndTheTimeUnit() {
		String markdown = text(journey("da"), "markdown");

		assertTrue(markdown.contains("| valuta (DKK) | 1.800.000" + NBSP + "kr. | 2.600.000" + NBSP + "kr. inden "), markdown);
		assertTrue(markdown.contains("| varighed (dage) | 3 dage | 1 dag |"), markdown);
	}

	@Test
	void csvHasColumnsForTheCurrencyAndTheTimeUnit() {
		String csv = new String(fixture.generate(journey("da"), "csv").get("kpis.csv"), StandardCharsets.UTF_8);

		assertTrue(csv.contains("name,title,unit,currency,duration_unit,baseline,target"), csv);
		assertTrue(csv.contains("Revenue,Revenue,currency,DKK,,1800000,2600000"), csv);
		assertTrue(csv.contains("DeliveryTime,Days to delivery,duration,,days,3,1"), csv);
	}

	@Test
	void jsonNamesTheCurrencyAndTheTimeUnit() throws Exception {
		JsonNode json = new ObjectMapper().readTree(fixture.generate(journey("nb"), "json").get("journey.json"));

		JsonNode revenue = json.get("kpis").get(0);
		JsonNode deliveryTime = json.get("kpis").get(1);
		assertEquals("NOK", revenue.get("currency").asText());
		assertTrue(revenue.get("durationUnit").isNull());
		assertEquals("days", deliveryTime.get("durationUnit").asText());
		assertTrue(deliveryTime.get("currency").isNull());
	}

	@Test
	void ga4PlanNamesTheCurrencyOfTheKpiAndOfTheProperty() throws Exception {
		JsonNode plan = new ObjectMapper().readTree(fixture.generate(journey("en"), "ga4").get("tracking/ga4-measurement-plan.json"));

		JsonNode revenue = plan.get("goals").get(0).get("kpis").get(0);
		assertEquals("Revenue", revenue.get("name").asText());
		assertEquals("DKK", revenue.get("currency").asText());
		assertTrue(plan.get("adminApi").get("currency").asText().contains("set it to DKK"), plan.get("adminApi").toString());
	}

	@Test
	void amountsFollowEachLanguagesConventions() {
		KpiCard kroner = JourneyMapBuilder.build(journey("en", "DKK")).kpis().get(0);
		KpiCard norwegianKroner = JourneyMapBuilder.build(journey("en", "NOK")).kpis().get(0);
		KpiCard euro = JourneyMapBuilder.build(journey("en", "EUR")).kpis().get(0);
		BigDecimal amount = kroner.baseline();

		assertEquals("1.800.000" + NBSP + "kr.", KpiValues.of(ReportLanguage.DA).value(kroner, amount));
		assertEquals("kr" + NBSP + "1" + NBSP + "800" + NBSP + "000", KpiValues.of(ReportLanguage.NB).value(norwegianKroner, amount));
		assertEquals("DKK" + NBSP + "1,800,000", KpiValues.of(ReportLanguage.EN).value(kroner, amount));
		// a foreign currency keeps its code where "kr" would be ambiguous
		assertEquals("DKK" + NBSP + "1" + NBSP + "800" + NBSP + "000", KpiValues.of(ReportLanguage.NB).value(kroner, amount));
		assertEquals("1.800.000" + NBSP + "€", KpiValues.of(ReportLanguage.DA).value(euro, amount));
		// øre only where the model gives them
		assertEquals("389,50" + NBSP + "kr.", KpiValues.of(ReportLanguage.DA).value(kroner, new BigDecimal("389.5")));
	}
}
