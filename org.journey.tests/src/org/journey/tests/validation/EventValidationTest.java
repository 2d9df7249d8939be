package org.journey.tests.validation;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.validation.Ga4NamingValidator;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventValidationTest extends ValidationTestBase {

	private static String withSiteEvent(String event) {
		return variant("touchpoint Site { channel web event product_viewed { product_id: string required } }",
				"touchpoint Site { channel web event product_viewed { product_id: string required } " + event + " }");
	}

	@Test
	void sameEventWithConflictingPropertyTypesIsReportedAtBothDeclarations() {
		String model = withSiteEvent("event purchase_completed { value: string }");

		var conflicts = issues(model, IssueCodes.CONFLICTING_EVENT_PROPERTY_TYPES);

		assertEquals(2, conflicts.size(), () -> describe(conflicts));
		assertEquals(Severity.ERROR, conflicts.get(0).getSeverity());
		assertEquals("value", conflicts.get(0).getData()[0]);
	}

	@Test
	void conflictWithTheThirdDeclarationIsReportedAtEveryDeclarationInvolved() {
		String model = withSiteEvent("event purchase_completed { value: number } event purchase_completed { value: string }")
				.replace("touchpoint Newsletter { channel email }", "touchpoint Newsletter { channel email }");

		var conflicts = issues(model, IssueCodes.CONFLICTING_EVENT_PROPERTY_TYPES);

		assertEquals(3, conflicts.size(), () -> describe(conflicts));
	}

	@Test
	void sameEventWithSamePropertyTypesIsFine() {
		assertNoIssue(withSiteEvent("event purchase_completed { value: number }"),
				IssueCodes.CONFLICTING_EVENT_PROPERTY_TYPES);
		assertNoIssue(CLEAN, IssueCodes.CONFLICTING_EVENT_PROPERTY_TYPES);
	}

	@Test
	void eventNameLongerThan40CharactersIsReported() {
		String name = "a".repeat(41);
		String model = withSiteEvent("event " + name);

		Issue issue = assertSingleIssue(model, IssueCodes.GA4_NAME_TOO_LONG, Severity.ERROR);

		assertEquals(name, marked(model, issue));
	}

	@Test
	void propertyNameLongerThan40CharactersIsReported() {
		assertSingleIssue(withSiteEvent("event filtered { " + "p".repeat(41) + ": string }"), IssueCodes.GA4_NAME_TOO_LONG,
				Severity.ERROR);
	}

	@Test
	void namesOf40CharactersAreFine() {
		assertNoIssue(withSiteEvent("event " + "a".repeat(40) + " { " + "p".repeat(40) + ": string }"),
				IssueCodes.GA4_NAME_TOO_LONG);
	}

	@Test
	void eventNameWithNonAsciiLettersIsReportedWithASuggestion() {
		String model = withSiteEvent("event købt_maleri");

		Issue issue = assertSingleIssue(model, IssueCodes.GA4_NAME_INVALID_CHARACTERS, Severity.ERROR);

		assertArrayEquals(new String[] { "købt_maleri", "koebt_maleri" }, issue.getData());
	}

	@Test
	void propertyNameWithNonAsciiLettersIsReported() {
		assertSingleIssue(withSiteEvent("event filtered { størrelse: string }"), IssueCodes.GA4_NAME_INVALID_CHARACTERS,
				Severity.ERROR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "page_view", "session_start", "first_visit", "click", "scroll", "view_complete" })
	void reservedEventNamesAreReported(String reserved) {
		assertSingleIssue(withSiteEvent("event " + reserved), IssueCodes.GA4_RESERVED_EVENT_NAME, Severity.ERROR);
	}

	@Test
	void ordinaryEventNamesAreNotReserved() {
		assertNoIssue(CLEAN, IssueCodes.GA4_RESERVED_EVENT_NAME);
	}

	@ParameterizedTest
	@ValueSource(strings = { "_internal", "firebase_open", "ga_session", "google_ads" })
	void reservedPrefixOnEventIsReported(String name) {
		Issue issue = assertSingleIssue(withSiteEvent("event " + name), IssueCodes.GA4_RESERVED_PREFIX, Severity.ERROR);

		assertEquals(name, issue.getData()[0]);
	}

	@Test
	void reservedPrefixOnPropertyIsReported() {
		assertSingleIssue(withSiteEvent("event filtered { ga_source: string }"), IssueCodes.GA4_RESERVED_PREFIX,
				Severity.ERROR);
	}

	@Test
	void moreThan25PropertiesAreReported() {
		String properties = IntStream.rangeClosed(1, 26).mapToObj(i -> "p" + i + ": string").collect(Collectors.joining(", "));

		Issue issue = assertSingleIssue(withSiteEvent("event filtered { " + properties + " }"),
				IssueCodes.GA4_TOO_MANY_PARAMETERS, Severity.ERROR);

		assertArrayEquals(new String[] { "26" }, issue.getData());
	}

	@Test
	void twentyFivePropertiesAreFine() {
		String properties = IntStream.rangeClosed(1, 25).mapToObj(i -> "p" + i + ": string").collect(Collectors.joining(", "));

		assertNoIssue(withSiteEvent("event filtered { " + properties + " }"), IssueCodes.GA4_TOO_MANY_PARAMETERS);
	}

	@Test
	void suggestedGa4NamesAreValidSnakeCase() {
		assertEquals("add_to_cart", Ga4NamingValidator.toGa4Name("AddToCart"));
		assertEquals("koebt_maleri", Ga4NamingValidator.toGa4Name("købt_maleri"));
		assertEquals("open", Ga4NamingValidator.toGa4Name("firebase_open"));
		assertEquals("e_3d_view", Ga4NamingValidator.toGa4Name("3d_view"));
		assertEquals(40, Ga4NamingValidator.toGa4Name("x".repeat(60)).length());
	}
}
