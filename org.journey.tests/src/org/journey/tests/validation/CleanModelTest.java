package org.journey.tests.validation;

import org.journey.tests.support.JourneyModels;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;

/** The reference model every validation test derives from is itself free of issues. */
class CleanModelTest extends ValidationTestBase {

	@Test
	void referenceModelHasNoIssues() {
		assertClean(JourneyModels.CLEAN);
	}
}
