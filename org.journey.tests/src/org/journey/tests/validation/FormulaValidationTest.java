package org.journey.tests.validation;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;

class FormulaValidationTest extends ValidationTestBase {

	private static String withFormula(String formula) {
		return variant("formula count(purchase_completed) / count(product_viewed)", "formula " + formula);
	}

	@Test
	void formulaNamingAnEventNoTouchpointEmitsIsReported() {
		String model = withFormula("count(purchase_complete) / count(product_viewed)");

		Issue issue = assertSingleIssue(model, IssueCodes.UNKNOWN_EVENT, Severity.ERROR);

		assertEquals("purchase_complete", marked(model, issue));
		assertTrue(issue.getMessage().contains("No touchpoint emits an event named 'purchase_complete'"), issue.getMessage());
		assertTrue(issue.getMessage().contains("Did you mean 'purchase_completed'?"), issue.getMessage());
		assertEquals("purchase_complete", issue.getData()[0]);
	}

	/**
	 * A shared library has KPIs but no journeys: its formulas count the events of the journeys
	 * that import it, in other files. Validated alone it cannot see them, which is no mistake of
	 * the library: a warning that says to validate it with its journeys.
	 */
	@Test
	void libraryValidatedWithoutTheJourneysThatEmitItsEventsGetsAWarningThatSaysSo() {
		String library = """
				package shop.shared

				kpi RevenuePerVisit {
				    unit currency
				    baseline 10
				    target 12
				    formula sum(purchase.value) / count(visit)
				}
				goal Revenue { kpis RevenuePerVisit }
				""";

		List<Issue> all = issues(library);

		List<Issue> unknown = all.stream().filter(i -> IssueCodes.UNKNOWN_EVENT.equals(i.getCode())).toList();
		assertEquals(List.of("purchase", "visit"), unknown.stream().map(i -> marked(library, i)).toList());
		unknown.forEach(issue -> assertEquals(Severity.WARNING, issue.getSeverity()));
		assertEquals("No touchpoint in the files checked emits an event named 'purchase'. A library's KPIs count the events"
				+ " of the journeys that use it: validate the library together with them (journey validate <folder>/), or"
				+ " correct the name.", unknown.get(0).getMessage());
		// the property of an event that is not there is not a second mistake
		assertEquals(unknown, all, () -> describe(all));
	}

	@Test
	void propertyOfAnUnknownEventInAJourneyFileIsNotReportedTwice() {
		String model = withFormula("sum(purchase_complete.value) / count(product_viewed)");

		Issue issue = assertSingleIssue(model, IssueCodes.UNKNOWN_EVENT, Severity.ERROR);

		assertEquals("purchase_complete", marked(model, issue));
		assertNoIssue(model, IssueCodes.UNRESOLVED_REFERENCE);
	}

	@Test
	void formulasOverEmittedEventsAreFine() {
		assertNoIssue(CLEAN, IssueCodes.UNKNOWN_EVENT);
		assertNoIssue(withFormula("conversion(product_viewed -> purchase_completed within 7 days)"), IssueCodes.UNKNOWN_EVENT);
	}

	@Test
	void sumWithoutPropertyIsReported() {
		Issue issue = assertSingleIssue(withFormula("sum(purchase_completed)"), IssueCodes.FORMULA_PROPERTY_MISSING,
				Severity.ERROR);

		assertArrayEquals(new String[] { "sum" }, issue.getData());
	}

	@Test
	void distinctWithoutPropertyIsReported() {
		assertSingleIssue(withFormula("distinct(purchase_completed)"), IssueCodes.FORMULA_PROPERTY_MISSING, Severity.ERROR);
	}

	@Test
	void aggregatesWithPropertiesAreFine() {
		String model = withFormula("sum(purchase_completed.value) / avg(purchase_completed.value) / distinct(purchase_completed.order_id)");

		assertNoIssue(model, IssueCodes.FORMULA_PROPERTY_MISSING);
		assertNoIssue(model, IssueCodes.FORMULA_PROPERTY_NOT_NUMERIC);
		assertNoIssue(model, IssueCodes.FORMULA_PROPERTY_NOT_ALLOWED);
	}

	@Test
	void countWithPropertyIsReported() {
		String model = withFormula("count(purchase_completed.order_id)");

		Issue issue = assertSingleIssue(model, IssueCodes.FORMULA_PROPERTY_NOT_ALLOWED, Severity.WARNING);

		assertEquals("order_id", marked(model, issue));
	}

	@Test
	void sumOfStringPropertyIsReported() {
		Issue issue = assertSingleIssue(withFormula("sum(purchase_completed.order_id)"),
				IssueCodes.FORMULA_PROPERTY_NOT_NUMERIC, Severity.ERROR);

		assertArrayEquals(new String[] { "order_id", "string" }, issue.getData());
	}

	@Test
	void propertyTheEventDoesNotDeclareIsUnresolved() {
		String model = withFormula("sum(purchase_completed.revenue)");

		Issue issue = assertSingleIssue(model, IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR);

		assertEquals("revenue", marked(model, issue));
		assertTrue(issue.getMessage().contains("No event property named 'revenue'"), issue.getMessage());
	}

	@Test
	void conversionWithEmptyWindowIsReported() {
		String model = withFormula("conversion(product_viewed -> purchase_completed within 0 days)");

		Issue issue = assertSingleIssue(model, IssueCodes.CONVERSION_WINDOW_EMPTY, Severity.ERROR);

		assertEquals("0", marked(model, issue));
	}

	@Test
	void conversionWithWindowIsFine() {
		assertNoIssue(withFormula("conversion(product_viewed -> purchase_completed within 2 weeks)"),
				IssueCodes.CONVERSION_WINDOW_EMPTY);
	}
}
