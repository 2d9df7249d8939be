package org.journey.tests.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.journey.dsl.map.ActualValues;
import org.journey.dsl.map.Actuals;
import org.journey.dsl.map.Actuals.Coverage;
import org.journey.dsl.map.Actuals.KpiActual;
import org.journey.dsl.map.Actuals.KpiStatus;
import org.journey.dsl.map.Actuals.PhaseActual;
import org.journey.dsl.map.Actuals.PropertyViolation;
import org.journey.dsl.map.Actuals.ViolationKind;
import org.journey.dsl.map.JourneyMap.Direction;
import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.map.JourneyMap.KpiUnit;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.junit.jupiter.api.Test;

/** Measured values in the words and number formats of each report language (a no-break space before %). */
class ActualValuesTest {

	private static final Coverage NOTHING = new Coverage(List.of(), List.of(), 0, List.of());

	@Test
	void usersAndPhasesInDanish() {
		ActualValues danish = ActualValues.of(ReportLanguage.DA);

		assertEquals("1 bruger", danish.users(1));
		assertEquals("1.234 brugere", danish.users(1234));
		assertEquals("Faktisk: 120 brugere (modelleret 2.000)",
				danish.phaseSummary(new PhaseActual("P", 2000L, 120L, null, null, 130, List.of())));
		assertEquals("Faktisk: ikke målt", danish.phaseSummary(new PhaseActual("P", null, null, null, null, 0, List.of())));
		assertEquals("23,8\u00A0%", danish.conversion(0.238));
	}

	@Test
	void aKpiInItsUnitWithItsStatusInNorwegian() {
		ActualValues norwegian = ActualValues.of(ReportLanguage.NB);
		KpiCard percent = kpi(KpiUnit.PERCENT);

		assertEquals("Faktisk: 6,75\u00A0% · Ikke på rett vei", norwegian.kpiSummary(percent,
				new KpiActual("K", new BigDecimal("6.75"), new BigDecimal("-0.77"), KpiStatus.OFF_TRACK, false)));
		assertEquals("50\u00A0% av veien fra utgangspunkt til mål", norwegian.progress(new BigDecimal("0.5")));
		assertEquals("Lenger fra målet enn utgangspunktet", norwegian.progress(new BigDecimal("-0.1")));
		assertEquals("", norwegian.progress(null));
	}

	@Test
	void theWindowAsTheReaderWritesIt() {
		ActualValues english = ActualValues.of(ReportLanguage.EN);

		assertEquals("from 1 Mar 2026, before 1 Apr 2026",
				english.window(window("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z")));
		assertEquals("from 1 Mar 2026 06:30 UTC", english.window(window("2026-03-01T06:30:00Z", null)));
		assertEquals("before 1 Apr 2026", english.window(window(null, "2026-04-01T00:00:00Z")));
		assertEquals("all events", english.window(window(null, null)));
	}

	@Test
	void violationsNameTheExpectedType() {
		ActualValues danish = ActualValues.of(ReportLanguage.DA);

		assertEquals("ikke af typen number", danish.violation(
				new PropertyViolation("e", "p", ViolationKind.WRONG_TYPE, "number", 2, "f.jsonl", 3, "x")));
		assertEquals("ikke erklæret i modellen", danish.violation(
				new PropertyViolation("e", "p", ViolationKind.UNKNOWN, null, 2, "f.jsonl", 3, "x")));
	}

	private static Actuals window(String from, String to) {
		return new Actuals(from, to, 10, 2, List.of(), List.of(), NOTHING);
	}

	private static KpiCard kpi(KpiUnit unit) {
		return new KpiCard("K", null, null, unit, null, null, new BigDecimal("12.5"), new BigDecimal("20"), null,
				Direction.INCREASE, null, List.of(), null, List.of(), List.of(), List.of());
	}
}
