package org.journey.tests.validation;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Event properties named like the data layer keys GTM and GA4 read for themselves. */
class DataLayerValidationTest extends ValidationTestBase {

	private static final String AD_EVENT = "event ad_clicked { campaign: string required }";

	private static String withAdProperties(String properties) {
		return variant(AD_EVENT, "event ad_clicked { campaign: string required, " + properties + " }");
	}

	@Test
	void aPropertyNamedEventIsAnErrorAtItsNameSayingWhyWithASuggestedName() {
		String model = withAdProperties("event: string");

		Issue issue = assertSingleIssue(model, IssueCodes.DATALAYER_RESERVED_PROPERTY, Severity.ERROR);

		assertEquals(model.indexOf("event: string"), issue.getOffset());
		assertEquals("event", marked(model, issue));
		assertTrue(issue.getMessage().contains("trigger never fires") && issue.getMessage().contains("'event_type'"),
				issue.getMessage());
		assertArrayEquals(new String[] { "event", "event_type" }, issue.getData());
	}

	@ParameterizedTest
	@CsvSource({ "gtm, gtm_data, gtm.uniqueEventId", "ecommerce, ecommerce_data, ecommerce data" })
	void theOtherKeysGtmAndGa4ReadAreErrorsToo(String name, String suggestion, String why) {
		String model = withAdProperties(name + ": string");

		Issue issue = assertSingleIssue(model, IssueCodes.DATALAYER_RESERVED_PROPERTY, Severity.ERROR);

		assertEquals(model.indexOf(name + ": string"), issue.getOffset());
		assertEquals(name, marked(model, issue));
		assertTrue(issue.getMessage().contains(why), issue.getMessage());
		assertArrayEquals(new String[] { name, suggestion }, issue.getData());
	}

	@Test
	void theSuggestionIsANameTheEventDoesNotHaveYet() {
		Issue issue = assertSingleIssue(withAdProperties("event_type: string, event: string"),
				IssueCodes.DATALAYER_RESERVED_PROPERTY, Severity.ERROR);

		assertArrayEquals(new String[] { "event", "event_type2" }, issue.getData());
	}

	@Test
	void itemsOfAnEcommerceEventIsAnErrorAsItWouldReplaceGa4sItemsArray() {
		String model = variant(AD_EVENT, AD_EVENT + " event add_to_cart { item_id: string required, items: integer }");

		Issue issue = assertSingleIssue(model, IssueCodes.DATALAYER_RESERVED_PROPERTY, Severity.ERROR);

		assertEquals(model.indexOf("items: integer"), issue.getOffset());
		assertEquals("items", marked(model, issue));
		assertTrue(issue.getMessage().contains("add_to_cart") && issue.getMessage().contains("items array"), issue.getMessage());
	}

	@Test
	void itemsOfAnOrdinaryEventIsAnOrdinaryKey() {
		assertNoIssue(withAdProperties("items: integer"), IssueCodes.DATALAYER_RESERVED_PROPERTY);
	}

	@Test
	void dataLayerKeysAreCaseSensitiveSoEventWithACapitalIsFree() {
		assertNoIssue(withAdProperties("Event: string, event_type: string"), IssueCodes.DATALAYER_RESERVED_PROPERTY);
		assertNoIssue(CLEAN, IssueCodes.DATALAYER_RESERVED_PROPERTY);
	}
}
