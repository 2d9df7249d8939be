package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.Golden;
import org.journey.tests.support.JourneyFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The whole HTML report of a small model that has every section, compared with the reviewed
 * golden file {@code html-report.expected.html} (see {@link Golden} for how to update it; open it
 * in a browser to look at a change, too).
 * <p>
 * The page inlines the whole style sheet; the golden file holds a marker in its place, so that a
 * change of style does not change the page's golden file. {@link HtmlReportStyleTest} checks the
 * style sheet and that the page embeds it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class HtmlReportGoldenTest {

	/** What stands in the golden file in place of the style sheet. */
	static final String STYLE_MARKER = "/* journey-map.css, checked by HtmlReportStyleTest */";

	private static final Pattern STYLE_ELEMENT = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

	@Inject
	private JourneyFixture fixtures;

	@Inject
	private IResourceValidator validator;

	@Test
	@Tag(Golden.TAG)
	void smallModelRendersExactlyAsTheExpectedFile() throws IOException {
		// given
		Journey journey = goldenJourney(fixtures);
		assertNoErrors(journey);

		// when
		String html = JourneyFixture.render(journey);

		// then
		Golden.assertMatches(Golden.file("html-report.expected.html"), withoutStyleSheet(html));
	}

	/** The model of the golden page. */
	static Journey goldenJourney(JourneyFixture fixtures) throws IOException {
		return fixtures.parseJourney(Files.readString(Golden.file("html-report.journey"), StandardCharsets.UTF_8));
	}

	/** The one style element's content of the page. */
	static String styleSheet(String html) {
		Matcher style = STYLE_ELEMENT.matcher(html);
		assertTrue(style.find(), "the page has no style element");
		String content = style.group(1);
		assertFalse(style.find(), "the page has more than one style element");
		return content;
	}

	/** The page with its style element's content replaced by {@link #STYLE_MARKER}. */
	static String withoutStyleSheet(String html) {
		styleSheet(html);
		return STYLE_ELEMENT.matcher(html).replaceFirst(Matcher.quoteReplacement("<style>\n" + STYLE_MARKER + "\n</style>"));
	}

	private void assertNoErrors(Journey journey) {
		List<Issue> errors = validator.validate(journey.eResource(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), () -> "The golden model should be valid, but has errors: " + errors);
	}
}
