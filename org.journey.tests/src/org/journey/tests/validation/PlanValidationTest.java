package org.journey.tests.validation;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;

/**
 * Plans that parse and link but cannot be right: a milestone after its initiative is due, a
 * milestone that moves a KPI away from its target, a conversion from an event to itself.
 */
class PlanValidationTest extends ValidationTestBase {

	private static final String MILESTONE = "milestone \"Half the ads\" by 2026-12-01 moves Conversion to 1.5";

	@Test
	void milestoneAfterItsInitiativeIsDueIsReportedAtItsDate() {
		String model = variant(MILESTONE, "milestone \"Half the ads\" by 2027-03-01 moves Conversion to 1.5");

		Issue issue = assertSingleIssue(model, IssueCodes.MILESTONE_AFTER_INITIATIVE_DUE, Severity.WARNING);

		assertEquals("2027-03-01", marked(model, issue));
		assertEquals("Milestone \"Half the ads\" is dated 2027-03-01, after initiative 'CalmAds' is due (2027-01-31)."
				+ " Move the milestone to 2027-01-31 or earlier, or the initiative's due date to 2027-03-01 or later.",
				issue.getMessage());
		assertArrayEquals(new String[] { "2027-03-01", "2027-01-31" }, issue.getData());
	}

	@Test
	void milestoneOnTheDueDateOrWithoutADateIsFine() {
		assertNoIssue(CLEAN, IssueCodes.MILESTONE_AFTER_INITIATIVE_DUE);
		assertNoIssue(variant(MILESTONE, "milestone \"Half the ads\" by 2027-01-31 moves Conversion to 1.5"),
				IssueCodes.MILESTONE_AFTER_INITIATIVE_DUE);
		assertNoIssue(variant(MILESTONE, "milestone \"Half the ads\" moves Conversion to 1.5"),
				IssueCodes.MILESTONE_AFTER_INITIATIVE_DUE);
		assertNoIssue(variant("    due 2027-01-31\n", ""), IssueCodes.MILESTONE_AFTER_INITIATIVE_DUE);
	}

	@Test
	void milestoneBelowTheBaselineOfAKpiWhereHigherIsBetterIsReported() {
		String model = variant(MILESTONE, "milestone \"Half the ads\" by 2026-12-01 moves Conversion to 1.0");

		Issue issue = assertSingleIssue(model, IssueCodes.MILESTONE_WORSE_THAN_BASELINE, Severity.WARNING);

		assertEquals("1.0", marked(model, issue));
		assertEquals("Milestone \"Half the ads\" moves KPI 'Conversion' to 1, below its baseline 1.2, but for this KPI"
				+ " higher is better (direction increase, the default): a milestone should move it from the baseline towards"
				+ " its target 2. Correct the value, or the KPI's direction.", issue.getMessage());
		assertArrayEquals(new String[] { "increase", "1.2", "1" }, issue.getData());
	}

	@Test
	void milestoneAboveTheBaselineOfAKpiWhereLowerIsBetterIsReported() {
		String model = variant(MILESTONE, "milestone \"Half the ads\" by 2026-12-01 moves Returns to 9.5");

		Issue issue = assertSingleIssue(model, IssueCodes.MILESTONE_WORSE_THAN_BASELINE, Severity.WARNING);

		assertEquals("9.5", marked(model, issue));
		assertEquals("Milestone \"Half the ads\" moves KPI 'Returns' to 9.5, above its baseline 8, but for this KPI"
				+ " lower is better (direction decrease): a milestone should move it from the baseline towards its target 5."
				+ " Correct the value, or the KPI's direction.", issue.getMessage());
	}

	@Test
	void milestonesBetweenBaselineAndTargetOrAtTheBaselineAreFine() {
		assertNoIssue(CLEAN, IssueCodes.MILESTONE_WORSE_THAN_BASELINE);
		assertNoIssue(variant(MILESTONE, "milestone \"Half the ads\" by 2026-12-01 moves Conversion to 1.2"),
				IssueCodes.MILESTONE_WORSE_THAN_BASELINE);
		assertNoIssue(variant(MILESTONE, "milestone \"Half the ads\" by 2026-12-01 moves Returns to 6"),
				IssueCodes.MILESTONE_WORSE_THAN_BASELINE);
		// without a baseline there is nothing to be worse than
		assertNoIssue(variant(MILESTONE, "milestone \"Half the ads\" by 2026-12-01 moves Conversion to 0.5")
				.replace("    baseline 1.2\n", ""), IssueCodes.MILESTONE_WORSE_THAN_BASELINE);
	}

	@Test
	void conversionFromAnEventToItselfIsReportedAtTheSecondEvent() {
		String model = variant("formula count(purchase_completed) / count(product_viewed)",
				"formula conversion(purchase_completed -> purchase_completed within 30 days)");

		Issue issue = assertSingleIssue(model, IssueCodes.CONVERSION_TO_SAME_EVENT, Severity.WARNING);

		assertEquals(model.indexOf("purchase_completed within"), issue.getOffset().intValue());
		assertEquals("purchase_completed", marked(model, issue));
		assertEquals("conversion(purchase_completed -> purchase_completed ...) converts an event to itself: every"
				+ " purchase_completed counts as its own conversion, so the rate reads 100 % in most tools (dbt among them)."
				+ " Convert from the event that comes before it, e.g. conversion(add_to_cart -> purchase within 7 days);"
				+ " for repeat purchases, from an event that follows the first one, e.g."
				+ " conversion(order_confirmation_opened -> purchase within 365 days).", issue.getMessage());
		assertArrayEquals(new String[] { "purchase_completed" }, issue.getData());
	}

	@Test
	void conversionBetweenTwoEventsIsFine() {
		assertNoIssue(variant("formula count(purchase_completed) / count(product_viewed)",
				"formula conversion(product_viewed -> purchase_completed within 7 days)"), IssueCodes.CONVERSION_TO_SAME_EVENT);
	}
}
