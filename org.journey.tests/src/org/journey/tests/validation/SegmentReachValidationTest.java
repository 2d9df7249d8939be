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

class SegmentReachValidationTest extends ValidationTestBase {

	private static final String SEARCH = "touchpoint Search { channel search serves Buyers, Browsers }";

	@Test
	void touchpointServingASegmentTheJourneyIsNotForIsReported() {
		String model = variant("for Buyers, Browsers", "for Buyers")
				.replace("kpis Conversion\n", "kpis Conversion\n        touchpoint Other { serves Browsers }\n");

		var issues = issues(model, IssueCodes.TOUCHPOINT_SEGMENT_NOT_IN_JOURNEY);

		assertEquals(2, issues.size(), () -> describe(issues));
		Issue issue = issues.get(0);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals("Browsers", marked(model, issue));
		assertArrayEquals(new String[] { "Browsers" }, issue.getData());
	}

	@Test
	void touchpointsServingTheJourneysSegmentsAreFine() {
		assertNoIssue(CLEAN, IssueCodes.TOUCHPOINT_SEGMENT_NOT_IN_JOURNEY);
	}

	@Test
	void segmentThatNoTouchpointOfAPhaseReachesIsInfo() {
		String model = variant(SEARCH, "touchpoint Search { channel search serves Buyers }");

		Issue issue = assertSingleIssue(model, IssueCodes.SEGMENT_NOT_REACHED, Severity.INFO);

		assertEquals("Interest", marked(model, issue));
		assertArrayEquals(new String[] { "Browsers" }, issue.getData());
	}

	@Test
	void touchpointWithoutServesReachesEverySegment() {
		String model = variant(SEARCH, "touchpoint Search { channel search serves Buyers } touchpoint Web { channel web }");

		assertNoIssue(model, IssueCodes.SEGMENT_NOT_REACHED);
		assertNoIssue(CLEAN, IssueCodes.SEGMENT_NOT_REACHED);
	}
}
