package org.journey.tests.validation;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.diagnostics.Severity;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;

class DuplicateNameValidationTest extends ValidationTestBase {

	@Test
	void twoSegmentsWithTheSameNameAreReported() {
		String model = variant("segment Browsers \"Browsers\"", "segment Buyers \"Browsers\"");

		var duplicates = issues(model, IssueCodes.DUPLICATE_NAME);

		assertEquals(2, duplicates.size(), () -> describe(duplicates));
		assertEquals(Severity.ERROR, duplicates.get(0).getSeverity());
		assertEquals("Buyers", duplicates.get(0).getData()[0]);
		assertTrue(duplicates.get(0).getMessage().contains("Duplicate segment 'Buyers'"), duplicates.get(0).getMessage());
	}

	@Test
	void twoTouchpointsWithTheSameNameInOnePhaseAreReported() {
		String model = variant("touchpoint Newsletter { channel email }",
				"touchpoint Newsletter { channel email } touchpoint Newsletter { channel app }");

		assertEquals(2, issues(model, IssueCodes.DUPLICATE_NAME).size());
	}

	@Test
	void sameTouchpointNameInDifferentPhasesIsFine() {
		String model = variant("touchpoint Newsletter { channel email }", "touchpoint Checkout { channel email }");

		assertNoIssue(model, IssueCodes.DUPLICATE_NAME);
	}

	@Test
	void sameEventEmittedByTwoTouchpointsIsFine() {
		String model = variant("touchpoint Newsletter { channel email }",
				"touchpoint Newsletter { channel email event purchase_completed { value: number } }");

		assertNoIssue(model, IssueCodes.DUPLICATE_NAME);
		assertNoIssue(CLEAN, IssueCodes.DUPLICATE_NAME);
	}
}
