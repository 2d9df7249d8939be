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

class ScoreValidationTest extends ValidationTestBase {

	@Test
	void feelingAboveTwoIsReported() {
		String model = variant("feeling 1", "feeling 3");

		Issue issue = assertSingleIssue(model, IssueCodes.FEELING_OUT_OF_RANGE, Severity.ERROR);

		assertEquals("3", marked(model, issue));
		assertArrayEquals(new String[] { "3" }, issue.getData());
	}

	@Test
	void feelingBelowMinusTwoIsReported() {
		assertSingleIssue(variant("feeling -2", "feeling -5"), IssueCodes.FEELING_OUT_OF_RANGE, Severity.ERROR);
	}

	@Test
	void feelingsOnTheScaleAreFine() {
		assertNoIssue(CLEAN, IssueCodes.FEELING_OUT_OF_RANGE);
	}

	@Test
	void experienceOffTheScaleIsReported() {
		String model = variant("experience 2", "experience 10");

		Issue issue = assertSingleIssue(model, IssueCodes.EXPERIENCE_OUT_OF_RANGE, Severity.ERROR);

		assertEquals("10", marked(model, issue));
	}

	@Test
	void experienceOnTheScaleIsFine() {
		assertNoIssue(CLEAN, IssueCodes.EXPERIENCE_OUT_OF_RANGE);
	}

	@Test
	void segmentSharesAddingUpToMoreThan100AreReported() {
		String model = variant("share 30%", "share 45.5%");

		Issue issue = assertSingleIssue(model, IssueCodes.SEGMENT_SHARES_EXCEED_100, Severity.WARNING);

		assertEquals("45.5", marked(model, issue));
		assertArrayEquals(new String[] { "105.5" }, issue.getData());
	}

	@Test
	void segmentSharesUpTo100AreFine() {
		assertNoIssue(variant("share 30%", "share 40%"), IssueCodes.SEGMENT_SHARES_EXCEED_100);
		assertNoIssue(CLEAN, IssueCodes.SEGMENT_SHARES_EXCEED_100);
	}
}
