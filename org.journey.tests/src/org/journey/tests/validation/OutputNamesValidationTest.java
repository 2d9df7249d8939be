package org.journey.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;

class OutputNamesValidationTest extends ValidationTestBase {

	@Test
	void aJourneyNamedLikeThePortfolioIndexIsAnErrorAtItsName() {
		// given a journey 'html' in package 'index': its folder would be index.html
		String model = "package index\n\njourney html \"A journey\" {\n    phase First { }\n}\n";

		// when / then
		Issue issue = assertSingleIssue(model, IssueCodes.JOURNEY_FOLDER_IS_INDEX_FILE, Severity.ERROR);
		assertEquals(model.indexOf("html \""), issue.getOffset());
		assertEquals(4, issue.getLength());
		assertEquals("Journey 'index.html' would be generated into a folder named index.html, the portfolio index's file at the root of --out."
				+ " Rename the journey or its package.", issue.getMessage());
	}

	@Test
	void theMarkdownIndexIsComparedWithoutCase() {
		assertSingleIssue("package Index\n\njourney MD {\n    phase First { }\n}\n", IssueCodes.JOURNEY_FOLDER_IS_INDEX_FILE, Severity.ERROR);
	}

	@Test
	void aJourneyInAnIndexPackageWithAnotherNameIsFine() {
		assertNoIssue("package index\n\njourney Checkout {\n    phase First { }\n}\n", IssueCodes.JOURNEY_FOLDER_IS_INDEX_FILE);
	}
}
