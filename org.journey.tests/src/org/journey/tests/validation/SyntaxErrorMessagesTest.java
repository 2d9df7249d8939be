package org.journey.tests.validation;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Syntax errors say how to fix the mistake, at the mistake, and come alone: a file with a syntax
 * error reports nothing else, and no other file reports what the broken one may have lost.
 */
class SyntaxErrorMessagesTest extends ValidationTestBase {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** The only issue of {@code text}; it must have {@code code} and be an error. */
	private Issue onlyIssue(String text, String code) {
		List<Issue> all = issues(text);
		assertEquals(1, all.size(), () -> describe(all));
		assertEquals(code, all.get(0).getCode(), () -> describe(all));
		assertEquals(Severity.ERROR, all.get(0).getSeverity());
		return all.get(0);
	}

	private static int lineOf(String text, String marker) {
		return (int) text.substring(0, text.indexOf(marker)).chars().filter(c -> c == '\n').count() + 1;
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"channel social       | channel facebook     | facebook     | social       | a value of 'channel'. Write one of: web, app, social, search",
			"channel social       | channel instagram    | instagram    | social       | a value of 'channel'",
			"channel email        | channel emial        | emial        | email        | a value of 'channel'",
			"kind analytics       | kind analytic        | analytic     | analytics    | a value of 'kind'. Write one of: analytics, interviews, focus-groups",
			"severity medium      | severity medum       | medum        | medium       | a value of 'severity'. Write one of: low, medium, high.",
			"staffing covered     | staffing coverd      | coverd       | covered      | a value of 'staffing'. Write one of: covered, upskill, outsource.",
			"direction decrease   | direction decrese    | decrese      | decrease     | a value of 'direction'. Write one of: increase, decrease.",
			"model funnel         | model funel          | funel        | funnel       | a value of 'model'. Write one of: eight-phases, twelve-steps, funnel, five-steps.",
			"order_id: string     | order_id: text       | text         | string       | a property type. Write one of: string, number, integer, boolean.",
			"kind new-sales       | kind new-sale        | new-sale     | new-sales    | a value of 'kind'" })
	void aWrongKeywordValueListsTheAllowedOnesAndSuggestsTheClosest(String from, String to, String written, String suggestion,
			String wording) {
		String model = variant(from, to);

		Issue issue = onlyIssue(model, IssueCodes.INVALID_KEYWORD_VALUE);

		assertTrue(issue.getMessage().startsWith("'" + written + "' is not " + wording), issue.getMessage());
		assertTrue(issue.getMessage().endsWith("Did you mean '" + suggestion + "'?"), issue.getMessage());
		assertEquals(List.of(written, suggestion), List.of(issue.getData()));
		assertEquals(model.indexOf(to) + to.length() - written.length(), issue.getOffset());
		// a word the lexer gave up on (new-sale: it began reading the keyword new-sales) ends with the character it stopped at
		assertEquals(written, marked(model, issue).strip());
	}

	@Test
	void aSyntaxErrorAtTheEndOfAFileEndingInALoneCrIsReportedWithItsPosition() {
		// given a file whose unclosed text runs to its end, a lone carriage return (found by the fuzz test:
		// Xtext's position of that end reads past the text, and the file passed as clean)
		String model = "journey Shop \"Shop\r";

		// when / then: errors, each on line 1 or the line after the CR, none lost
		List<Issue> errors = issues(model).stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		assertTrue(!errors.isEmpty(), "the syntax error is reported");
		for (Issue error : errors) {
			assertTrue(error.getLineNumber() == 1 && error.getLineNumberEnd() <= 2 && error.getColumn() >= 1, error::toString);
		}
	}

	@Test
	void aUnitGetsItsSynonym() {
		String model = variant("baseline 8", "baseline 8 unit percentage").replace("    unit percent\n    baseline 8", "    baseline 8");

		Issue issue = onlyIssue(model, IssueCodes.INVALID_KEYWORD_VALUE);

		assertEquals("'percentage' is not a value of 'unit'. Write one of: percent, count, score, ratio, currency, duration."
				+ " Did you mean 'percent'?", issue.getMessage());
	}

	@Test
	void aLanguageCodeGetsTheRightOneFromTheCountryCode() {
		String model = variant("model funnel", "model funnel\n    language dk");

		Issue issue = onlyIssue(model, IssueCodes.INVALID_KEYWORD_VALUE);

		assertEquals("'dk' is not a value of 'language'. Write one of: en, da, nb. Did you mean 'da'?", issue.getMessage());
		assertEquals(lineOf(model, "language dk"), issue.getLineNumber());
	}

	@Test
	void aConversionWindowInMonthsSuggestsWeeks() {
		String model = variant("formula count(purchase_completed) / count(product_viewed)",
				"formula conversion(product_viewed -> purchase_completed within 2 months)");

		Issue issue = onlyIssue(model, IssueCodes.INVALID_KEYWORD_VALUE);

		assertEquals("'months' is not a time unit. Write one of: days, hours, weeks. Did you mean 'weeks'?", issue.getMessage());
	}

	@Test
	void aPhaseModelWithoutItsLastLetterIsReadAsOneWordAndCorrected() {
		// the lexer starts reading the keyword twelve-steps and fails at the line end
		String model = variant("model funnel", "model twelve-step");

		Issue issue = onlyIssue(model, IssueCodes.INVALID_KEYWORD_VALUE);

		assertTrue(issue.getMessage().startsWith("'twelve-step' is not a value of 'model'."), issue.getMessage());
		assertEquals(List.of("twelve-step", "twelve-steps"), List.of(issue.getData()));
		assertEquals(lineOf(model, "twelve-step"), issue.getLineNumber());
	}

	@Test
	void aValueWithNothingCloseListsTheAllowedOnesWithoutGuessing() {
		Issue issue = onlyIssue(variant("severity medium", "severity critical"), IssueCodes.INVALID_KEYWORD_VALUE);

		assertEquals("'critical' is not a value of 'severity'. Write one of: low, medium, high.", issue.getMessage());
		assertEquals(List.of("critical"), List.of(issue.getData()));
	}

	@Test
	void aMisspeltElementKeywordIsOneErrorAndTheRestOfTheJourneyIsRead() {
		String model = variant("touchpoint Search", "touchpiont Search");

		Issue issue = onlyIssue(model, IssueCodes.KEYWORD_TYPO);

		assertEquals("'touchpiont' is not a keyword. Did you mean 'touchpoint'?", issue.getMessage());
		assertEquals("touchpiont", marked(model, issue));
		// read as the touchpoint it was meant to be: the phases after it are all there
		Journey journey = (Journey) parse(model).getElements().stream().filter(Journey.class::isInstance).findFirst().get();
		assertEquals(List.of("Attract", "Interest", "Convert", "Close", "Delight"),
				journey.getPhases().stream().map(Phase::getName).toList());
		assertEquals(List.of("Search"), journey.getPhases().get(1).getTouchpoints().stream().map(Touchpoint::getName).toList());
	}

	@Test
	void aMisspeltPropertyKeywordGetsDidYouMean() {
		String model = variant("channel search", "chanel search");

		Issue issue = onlyIssue(model, IssueCodes.KEYWORD_TYPO);

		assertEquals("'chanel' is not a keyword. Did you mean 'channel'?", issue.getMessage());
		assertEquals(lineOf(model, "chanel"), issue.getLineNumber());
	}

	@Test
	void aMissingCommaBetweenEventPropertiesIsOneErrorAfterTheFirstProperty() {
		String model = variant("order_id: string required, value", "order_id: string required value");

		Issue issue = onlyIssue(model, IssueCodes.MISSING_COMMA);

		assertEquals("A ',' is missing between the properties 'order_id' and 'value' of event 'purchase_completed':"
				+ " separate an event's properties with commas.", issue.getMessage());
		assertEquals(model.indexOf("required value"), issue.getOffset());
		assertEquals(List.of("required", "required,"), List.of(issue.getData()));
	}

	@Test
	void aMissingOpeningBraceIsReportedAtTheHeaderItBelongsAfter() {
		String model = variant("touchpoint Site { channel web", "touchpoint Site\n            channel web");

		Issue issue = onlyIssue(model, IssueCodes.MISSING_OPENING_BRACE);

		assertEquals("'channel' belongs inside a body: the '{' after touchpoint Site is missing.", issue.getMessage());
		assertEquals("Site", marked(model, issue));
		assertEquals(List.of("Site", "Site {"), List.of(issue.getData()));
	}

	@Test
	void aMissingClosingBraceNamesTheElementToClose() {
		String model = variant("severity medium evidence Analytics }", "severity medium evidence Analytics");

		List<Issue> all = issues(model);

		assertEquals(1, all.size(), () -> describe(all));
		assertEquals("A '}' is missing before 'opportunity': close pain Noise \"Too many ads\" first.", all.get(0).getMessage());
		assertEquals(lineOf(model, "opportunity Calm"), all.get(0).getLineNumber());
	}

	@Test
	void aDecimalCommaSaysToWriteAPointAndNothingElse() {
		String model = variant("baseline 1.2", "baseline 1,2");

		Issue issue = onlyIssue(model, IssueCodes.DECIMAL_COMMA);

		assertEquals("Decimals are written with a point: 1.2, not 1,2.", issue.getMessage());
		assertEquals("1,2", marked(model, issue));
		assertEquals(List.of("1,2", "1.2"), List.of(issue.getData()));
	}

	@Test
	void aMissingClosingQuoteIsReportedOnItsLineAndTheNextLinesReadAsUsual() {
		String model = variant("customer-goal \"Compare\"", "customer-goal \"Compare");

		Issue issue = onlyIssue(model, IssueCodes.MISSING_QUOTE);

		assertEquals("This text has no closing quote: end it with \" on the same line (\"Compare\").", issue.getMessage());
		assertEquals(lineOf(model, "\"Compare"), issue.getLineNumber());
		assertEquals(List.of("\"Compare", "\"Compare\""), List.of(issue.getData()));
	}

	@Test
	void scoresMayBeWrittenWithAPlus() {
		String model = variant("feeling 1", "feeling +1").replace("experience 2", "experience +2");

		assertClean(model);
		Model parsed = parse(model);
		Journey journey = (Journey) parsed.getElements().stream().filter(Journey.class::isInstance).findFirst().get();
		assertEquals(Integer.valueOf(1), journey.getPhases().get(0).getFeeling());
		assertEquals(Integer.valueOf(2), journey.getPhases().get(0).getTouchpoints().get(0).getExperience());
		// off the scale with a plus is the range error, not a syntax error
		assertSingleIssue(variant("feeling 1", "feeling +3"), IssueCodes.FEELING_OUT_OF_RANGE, Severity.ERROR);
	}

	@Test
	void aFileWithASyntaxErrorReportsNoSemanticIssuesFromWhatRecoveryLost() {
		// without the filter the lost part gave unknown events, a phase without touchpoint, unused sources...
		String model = variant("channel web event product_viewed", "channel web event product_viewed { product_id string } event x");

		List<Issue> all = issues(model);

		assertTrue(all.stream().allMatch(i -> i.getSeverity() == Severity.ERROR), () -> describe(all));
		assertTrue(all.stream().noneMatch(i -> i.getCode().equals(IssueCodes.UNKNOWN_EVENT)
				|| i.getCode().equals(IssueCodes.UNUSED_SOURCE) || i.getCode().equals(IssueCodes.UNRESOLVED_REFERENCE)),
				() -> describe(all));
		assertEquals(1, all.size(), () -> describe(all));
	}

	@Test
	void aFileUsingABrokenFileDoesNotReportWhatTheBrokenFileMayHaveLost() throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		// the library's decimal comma is its only error; its segment is read
		parseHelper.parse("package lib\nsegment Buyers \"Buyers\"\nkpi Sales { unit percent baseline 1,5 target 2 source Gone }\n",
				URI.createURI("lib.journey"), resourceSet);
		Model user = parseHelper.parse("""
				package shop
				import lib.*
				goal G { kind new-sales kpis Sales }
				segment Unused
				journey J { for Buyers pursues G phase P { customer-goal "x" feeling 9 touchpoint T } }
				""", URI.createURI("shop.journey"), resourceSet);

		List<Issue> all = validationHelper.validate(user);

		// the file's own checks stay (the feeling off the scale); what depends on other files goes
		assertEquals(List.of(IssueCodes.FEELING_OUT_OF_RANGE),
				all.stream().filter(i -> i.getSeverity() != Severity.INFO).map(Issue::getCode).toList(), () -> describe(all));
	}

	@Test
	void theSameFileUsingAnIntactFileReportsCrossFileIssues() throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		parseHelper.parse("package lib\nsegment Buyers \"Buyers\"\n", URI.createURI("lib.journey"), resourceSet);
		Model user = parseHelper.parse("package shop\nimport lib.*\njourney J { for Buyers, Missing phase P { customer-goal \"x\" touchpoint T } }\n",
				URI.createURI("shop.journey"), resourceSet);

		List<Issue> all = validationHelper.validate(user);

		assertTrue(all.stream().anyMatch(i -> IssueCodes.UNRESOLVED_REFERENCE.equals(i.getCode())), () -> describe(all));
	}

	@Test
	void theCleanModelStaysClean() {
		assertClean(CLEAN);
	}
}
