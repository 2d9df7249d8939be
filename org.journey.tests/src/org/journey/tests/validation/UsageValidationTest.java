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

class UsageValidationTest extends ValidationTestBase {

	@Test
	void painWithoutEvidenceIsInfo() {
		String model = variant("{ severity medium evidence Analytics }", "{ severity medium }")
				.replace("unit percent\n    baseline 8", "unit percent\n    baseline 8");

		Issue issue = assertSingleIssue(model, IssueCodes.PAIN_WITHOUT_EVIDENCE, Severity.INFO);

		assertEquals("Noise", marked(model, issue));
	}

	@Test
	void painWithEvidenceIsFine() {
		assertNoIssue(CLEAN, IssueCodes.PAIN_WITHOUT_EVIDENCE);
	}

	@Test
	void unusedSegmentIsReported() {
		String model = variant("source Analytics \"Web analytics\"", "segment Lurkers\nsource Analytics \"Web analytics\"");

		Issue issue = assertSingleIssue(model, IssueCodes.UNUSED_SEGMENT, Severity.WARNING);

		assertEquals("Lurkers", marked(model, issue));
		assertArrayEquals(new String[] { "Lurkers" }, issue.getData());
	}

	@Test
	void segmentUsedOnlyByATouchpointCountsAsUsed() {
		String model = variant("for Buyers, Browsers", "for Buyers")
				.replace("segment Browsers \"Browsers\" { share 30% }", "segment Browsers \"Browsers\" { share 30% }");

		assertNoIssue(model, IssueCodes.UNUSED_SEGMENT);
	}

	@Test
	void unusedKpiIsReported() {
		String model = variant("kpis Conversion, Returns", "kpis Conversion");

		Issue issue = assertSingleIssue(model, IssueCodes.UNUSED_KPI, Severity.WARNING);

		assertEquals("Returns", marked(model, issue));
	}

	@Test
	void unusedSourceIsReported() {
		String model = variant("source Analytics \"Web analytics\" { kind analytics }",
				"source Analytics \"Web analytics\" { kind analytics }\nsource Interviews { kind interviews }");

		Issue issue = assertSingleIssue(model, IssueCodes.UNUSED_SOURCE, Severity.WARNING);

		assertEquals("Interviews", marked(model, issue));
	}

	@Test
	void usedElementsAreFine() {
		assertNoIssue(CLEAN, IssueCodes.UNUSED_SEGMENT);
		assertNoIssue(CLEAN, IssueCodes.UNUSED_KPI);
		assertNoIssue(CLEAN, IssueCodes.UNUSED_SOURCE);
	}
}
