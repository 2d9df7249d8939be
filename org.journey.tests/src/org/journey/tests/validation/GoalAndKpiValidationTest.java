package org.journey.tests.validation;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;

class GoalAndKpiValidationTest extends ValidationTestBase {

	@Test
	void goalWithoutKpiIsReported() {
		String model = variant("goal MoreSales \"More new sales\" { kind new-sales kpis Conversion, Returns }",
				"goal MoreSales \"More new sales\" { kind new-sales }\ngoal Kpis { kpis Conversion, Returns }");

		Issue issue = assertSingleIssue(model, IssueCodes.GOAL_WITHOUT_KPI, Severity.WARNING);

		assertEquals("MoreSales", marked(model, issue));
		assertArrayEquals(new String[] { "MoreSales" }, issue.getData());
	}

	@Test
	void goalWithKpiIsFine() {
		assertNoIssue(CLEAN, IssueCodes.GOAL_WITHOUT_KPI);
	}

	@Test
	void kpiWithoutTargetIsReported() {
		String model = variant("    target 2.0 by 2027-06-30\n", "");

		Issue issue = assertSingleIssue(model, IssueCodes.KPI_WITHOUT_TARGET, Severity.WARNING);

		assertEquals("Conversion", marked(model, issue));
	}

	@Test
	void kpiWithTargetIsFine() {
		assertNoIssue(CLEAN, IssueCodes.KPI_WITHOUT_TARGET);
	}

	@Test
	void targetBelowBaselineOfIncreasingKpiIsReported() {
		String model = variant("target 2.0 by 2027-06-30", "target 1.0 by 2027-06-30");

		Issue issue = assertSingleIssue(model, IssueCodes.TARGET_WRONG_SIDE_OF_BASELINE, Severity.WARNING);

		assertEquals("1.0", marked(model, issue));
		assertArrayEquals(new String[] { "increase", "1.2", "1" }, issue.getData());
		assertTrue(issue.getMessage().contains("direction decrease"), issue.getMessage());
	}

	@Test
	void targetAboveBaselineOfDecreasingKpiIsReported() {
		String model = variant("baseline 8\n    target 5", "baseline 8\n    target 9");

		Issue issue = assertSingleIssue(model, IssueCodes.TARGET_WRONG_SIDE_OF_BASELINE, Severity.WARNING);

		assertArrayEquals(new String[] { "decrease", "8", "9" }, issue.getData());
	}

	@Test
	void targetOnTheRightSideIsFine() {
		assertNoIssue(CLEAN, IssueCodes.TARGET_WRONG_SIDE_OF_BASELINE);
	}

	@Test
	void percentTargetAbove100IsReported() {
		String model = variant("target 2.0 by 2027-06-30", "target 120 by 2027-06-30");

		Issue issue = assertSingleIssue(model, IssueCodes.PERCENT_OUT_OF_RANGE, Severity.ERROR);

		assertEquals("120", marked(model, issue));
		assertArrayEquals(new String[] { "120" }, issue.getData());
	}

	@Test
	void negativePercentBaselineIsReported() {
		String model = variant("baseline 1.2", "baseline -1.2");

		assertSingleIssue(model, IssueCodes.PERCENT_OUT_OF_RANGE, Severity.ERROR);
	}

	@Test
	void percentMilestoneAbove100IsReported() {
		String model = variant("moves Conversion to 1.5", "moves Conversion to 150");

		Issue issue = assertSingleIssue(model, IssueCodes.PERCENT_OUT_OF_RANGE, Severity.ERROR);

		assertEquals("150", marked(model, issue));
	}

	@Test
	void segmentShareAbove100IsReported() {
		String model = variant("segment Buyers \"Online buyers\" { share 60% }\nsegment Browsers \"Browsers\" { share 30% }",
				"segment Buyers \"Online buyers\" { share 160% }\nsegment Browsers \"Browsers\"");

		assertSingleIssue(model, IssueCodes.PERCENT_OUT_OF_RANGE, Severity.ERROR);
	}

	@Test
	void largeValuesOfNonPercentKpisAreFine() {
		String model = variant("kpi Returns \"Return rate\" {\n    unit percent\n    baseline 8\n    target 5",
				"kpi Returns \"Return rate\" {\n    unit count\n    baseline 800\n    target 500");

		assertNoIssue(model, IssueCodes.PERCENT_OUT_OF_RANGE);
		assertNoIssue(CLEAN, IssueCodes.PERCENT_OUT_OF_RANGE);
	}

	@Test
	void kpiWithoutUnitIsNotTakenForAPercentage() {
		String model = variant("kpi Returns \"Return rate\" {\n    unit percent\n    baseline 8\n    target 5",
				"kpi Returns \"Return rate\" {\n    baseline 800\n    target 500");

		assertNoIssue(model, IssueCodes.PERCENT_OUT_OF_RANGE);
	}

	@Test
	void kpiWithoutFormulaOrSourceIsReported() {
		String model = variant("    source Analytics\n}", "}\nkpi Uses { source Analytics }");

		Issue issue = assertSingleIssue(model, IssueCodes.KPI_NOT_MEASURED, Severity.WARNING);

		assertEquals("Returns", marked(model, issue));
	}

	@Test
	void kpisMeasuredByFormulaOrSourceAreFine() {
		assertNoIssue(CLEAN, IssueCodes.KPI_NOT_MEASURED);
	}
}
