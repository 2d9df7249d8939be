package org.journey.tests.validation;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

	/** Names GA4's current event naming rules reserve (web and app streams) that the first list lacked. */
	@ParameterizedTest
	@ValueSource(strings = { "app_store_refund", "app_store_subscription_cancel", "app_store_subscription_convert",
			"app_store_subscription_renew", "ad_impression", "ad_click", "ad_exposure", "ad_query", "ad_reward",
			"adunit_exposure", "app_clear_data", "app_exception", "app_install", "app_update", "app_upgrade",
			"dynamic_link_app_open", "dynamic_link_first_open", "notification_open", "notification_receive", "os_update",
			"screen_view", "user_engagement", "error" })
	void eventNamesGa4ReservesTodayAreReported(String reserved) {
		String model = withSiteEvent("event " + reserved);

		Issue issue = assertSingleIssue(model, IssueCodes.GA4_RESERVED_EVENT_NAME, Severity.ERROR);

		assertEquals(reserved, marked(model, issue));
		assertTrue(issue.getMessage().contains(reserved + "_custom"), issue.getMessage());
	}

	@Test
	void aReservedEventNameUnderAReservedPrefixIsReportedOnceForThePrefix() {
		String model = withSiteEvent("event firebase_campaign");

		assertSingleIssue(model, IssueCodes.GA4_RESERVED_PREFIX, Severity.ERROR);
		assertNoIssue(model, IssueCodes.GA4_RESERVED_EVENT_NAME);
	}

	@Test
	void ordinaryEventNamesAreNotReserved() {
		assertNoIssue(CLEAN, IssueCodes.GA4_RESERVED_EVENT_NAME);
	}

	@Test
	void theQueryIdPrefixIsReservedForEventNames() {
		Issue issue = assertSingleIssue(withSiteEvent("event query_id_lookup"), IssueCodes.GA4_RESERVED_PREFIX,
				Severity.ERROR);

		assertArrayEquals(new String[] { "query_id_lookup", "query_id" }, issue.getData());
		assertTrue(issue.getMessage().contains("'lookup'"), issue.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "customer_id", "customerid", "user_id", "userid", "uid", "cid", "sid", "gclid", "dclid",
			"srsltid", "sfmc_id", "session_id", "sessionid", "session_number", "engagement_time_msec" })
	void parameterNamesGa4ReservesAreReportedWithASuggestion(String reserved) {
		String model = withSiteEvent("event filtered { " + reserved + ": string }");

		Issue issue = assertSingleIssue(model, IssueCodes.GA4_RESERVED_PARAMETER_NAME, Severity.ERROR);

		assertEquals(reserved, marked(model, issue));
		assertArrayEquals(new String[] { reserved, reserved + "_custom" }, issue.getData());
		assertTrue(issue.getMessage().contains("'" + reserved + "_custom'"), issue.getMessage());
	}

	@Test
	void aReservedParameterNameIsReportedWhateverItsCase() {
		assertSingleIssue(withSiteEvent("event filtered { Customer_ID: string }"), IssueCodes.GA4_RESERVED_PARAMETER_NAME,
				Severity.ERROR);
	}

	@Test
	void standardParametersSuchAsCurrencyAreFine() {
		// currency is on GA4's list of names it will not register, yet the e-commerce events must send it with value
		String model = withSiteEvent(
				"event order_paid { value: number required, currency: string required, transaction_id: string required }");

		assertNoIssue(model, IssueCodes.GA4_RESERVED_PARAMETER_NAME);
		assertNoIssue(model, IssueCodes.GA4_RESERVED_PREFIX);
		assertNoIssue(CLEAN, IssueCodes.GA4_RESERVED_PARAMETER_NAME);
	}

	@Test
	void anEventNamedLikeAReservedParameterIsNoParameterIssue() {
		assertNoIssue(withSiteEvent("event customer_id"), IssueCodes.GA4_RESERVED_PARAMETER_NAME);
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
		// a suggestion must not be an error again
		assertEquals("page_view_custom", Ga4NamingValidator.toGa4Name("Page View"));
		assertEquals("customer_id_custom", Ga4NamingValidator.toGa4Name("Customer ID"));
		assertEquals("session_id_custom", Ga4NamingValidator.toGa4Name("ga_session_id"));
	}
}
