package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The whole HTML report of a small model that has every section, compared with the reviewed
 * expected file {@code org.journey.tests/resources/golden/html-report.expected.html}.
 * <p>
 * When the report changes on purpose, regenerate the expected file and review the difference
 * before committing it:
 *
 * <pre>
 * mvn -B verify -Dtest=HtmlReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Djourney.golden.update=true
 * git diff org.journey.tests/resources/golden/
 * </pre>
 *
 * With the flag the test writes the file and then fails, so that a build never passes while it is
 * rewriting its own expectation. Open the file in a browser to look at the change, too.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class HtmlReportGoldenTest {

	private static final String UPDATE_PROPERTY = GoldenFiles.UPDATE_PROPERTY;

	@Inject
	private ReportFixtures fixtures;

	@Inject
	private IResourceValidator validator;

	@Test
	void smallModelRendersExactlyAsTheExpectedFile() throws IOException {
		// given
		Path golden = ReportFixtures.repositoryRoot().resolve("org.journey.tests/resources/golden");
		String model = Files.readString(golden.resolve("html-report.journey"), StandardCharsets.UTF_8);
		List<Journey> journeys = fixtures.parse(model);
		assertEquals(1, journeys.size(), "the golden model has one journey");
		assertNoErrors(journeys.get(0));
		Path expectedFile = golden.resolve("html-report.expected.html");

		// when
		String html = ReportFixtures.render(journeys.get(0));

		// then
		if (Boolean.getBoolean(UPDATE_PROPERTY)) {
			Files.writeString(expectedFile, html, StandardCharsets.UTF_8);
			fail("Wrote " + expectedFile + "; review it (git diff, and in a browser), then run again without -D"
					+ UPDATE_PROPERTY);
		}
		assertTrue(Files.exists(expectedFile), () -> "No expected file " + expectedFile + "; create it with -D"
				+ UPDATE_PROPERTY + "=true and review it");
		assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), html,
				"The HTML report differs from " + expectedFile + "; if the change is intended, update the file as the"
						+ " class comment of HtmlReportGoldenTest says");
	}

	private void assertNoErrors(Journey journey) {
		List<Issue> errors = validator.validate(journey.eResource(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), () -> "The golden model should be valid, but has errors: " + errors);
	}
}
