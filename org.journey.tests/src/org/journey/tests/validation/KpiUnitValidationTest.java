package org.journey.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.TimeUnit;
import org.journey.dsl.journey.Unit;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;

/** A KPI's unit names its currency (unit currency DKK) or its time unit (unit duration days). */
class KpiUnitValidationTest extends ValidationTestBase {

	private static String kpi(String unit) {
		return "kpi Revenue \"Revenue\" {\n    " + unit + "\n    baseline 1800000\n    target 2600000\n    source Sales\n}\n"
				+ "source Sales \"Sales data\" { kind sales-data }\n"
				+ "goal Grow \"Grow\" { kind new-sales kpis Revenue }\n";
	}

	private Kpi parsedKpi(String unit) {
		Model model = parse(kpi(unit));
		return (Kpi) model.getElements().get(0);
	}

	@Test
	void currencyKpiNamesItsCurrency() {
		Kpi kpi = parsedKpi("unit currency DKK");

		assertEquals(Unit.CURRENCY, kpi.getUnit());
		assertEquals("DKK", kpi.getCurrency());
		assertClean(kpi("unit currency DKK"));
	}

	@Test
	void currencyWithoutCodeStaysValid() {
		Kpi kpi = parsedKpi("unit currency");

		assertEquals(Unit.CURRENCY, kpi.getUnit());
		assertNull(kpi.getCurrency());
		assertClean(kpi("unit currency"));
	}

	@Test
	void durationKpiNamesItsTimeUnit() {
		Kpi kpi = parsedKpi("unit duration days");

		assertEquals(Unit.DURATION, kpi.getUnit());
		assertEquals(TimeUnit.DAYS, kpi.getDurationUnit());
		assertClean(kpi("unit duration weeks"));
	}

	@Test
	void durationWithoutTimeUnitStaysValid() {
		Kpi kpi = parsedKpi("unit duration");

		assertEquals(TimeUnit.UNSPECIFIED, kpi.getDurationUnit());
		assertClean(kpi("unit duration"));
	}

	@Test
	void unknownCurrencyCodeIsAnError() {
		String model = kpi("unit currency DKR");

		Issue issue = assertSingleIssue(model, IssueCodes.UNKNOWN_CURRENCY, Severity.ERROR);

		assertEquals("DKR", marked(model, issue));
		assertEquals("'DKR' is not an ISO 4217 currency code. Write three upper-case letters such as DKK, NOK, SEK or EUR.",
				issue.getMessage());
		assertArrayEquals(new String[] { "DKR" }, issue.getData());
	}

	@Test
	void lowerCaseCodeIsAnErrorThatSaysTheCode() {
		String model = kpi("unit currency dkk");

		Issue issue = assertSingleIssue(model, IssueCodes.UNKNOWN_CURRENCY, Severity.ERROR);

		assertTrue(issue.getMessage().endsWith("Write DKK."), issue.getMessage());
		assertArrayEquals(new String[] { "dkk", "DKK" }, issue.getData());
	}

	@Test
	void onlyCurrencyAndDurationTakeAQualifier() {
		assertFalse(parse(kpi("unit percent DKK")).eResource().getErrors().isEmpty());
		assertFalse(parse(kpi("unit count days")).eResource().getErrors().isEmpty());
		assertFalse(parse(kpi("unit currency days")).eResource().getErrors().isEmpty());
	}
}
