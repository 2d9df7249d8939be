package org.journey.tests.validation;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.JourneyModels;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

class TrackingValidationTest extends ValidationTestBase {

	private static final String SETTINGS = """

			tracking {
			    ga4-measurement-id "G-1A2B3C4D5E"
			    gtm-container "Webshop"
			    snowplow-vendor "com.example.shop"
			    dbt-events-model "fct_events"
			    dbt-entity "customer_id"
			    dbt-timestamp "occurred_at"
			}
			""";

	@Test
	void validSettingsAreFine() {
		assertClean(CLEAN + SETTINGS);
	}

	@Test
	void secondTrackingBlockIsReported() {
		assertSingleIssue(CLEAN + SETTINGS + SETTINGS, IssueCodes.TRACKING_SETTINGS_DUPLICATE, Severity.ERROR);
	}

	@Test
	void malformedMeasurementIdIsReported() {
		String model = CLEAN + SETTINGS.replace("G-1A2B3C4D5E", "UA-12345");

		Issue issue = assertSingleIssue(model, IssueCodes.GA4_MEASUREMENT_ID_INVALID, Severity.WARNING);

		assertEquals("\"UA-12345\"", marked(model, issue));
	}

	@Test
	void vendorIgluRejectsIsReported() {
		Issue issue = assertSingleIssue(CLEAN + SETTINGS.replace("com.example.shop", "com/example shop"),
				IssueCodes.SNOWPLOW_VENDOR_INVALID, Severity.ERROR);

		assertArrayEquals(new String[] { "com/example shop" }, issue.getData());
	}

	@ParameterizedTest
	@ValueSource(strings = { "..", ".", "com..example", ".com.example", "com.example." })
	void vendorWithEmptyPartsIsReportedBecauseItWouldBecomeAPathOutOfTheSchemasFolder(String vendor) {
		assertSingleIssue(CLEAN + SETTINGS.replace("com.example.shop", vendor), IssueCodes.SNOWPLOW_VENDOR_INVALID, Severity.ERROR);
	}

	@Test
	void aPackageThatGivesNoIgluVendorIsReportedWithHowToSetOne() {
		String model = JourneyModels.variant("package shop", "package łŋ");

		Issue issue = assertSingleIssue(model, IssueCodes.SNOWPLOW_VENDOR_MISSING, Severity.WARNING);

		assertEquals("łŋ", marked(model, issue));
		assertTrue(issue.getMessage().contains("snowplow-vendor") && issue.getMessage().contains("--snowplow-vendor"),
				issue.getMessage());
	}

	@Test
	void aVendorInTheTrackingBlockMakesThePackageIrrelevant() {
		assertNoIssue(JourneyModels.variant("package shop", "package łŋ") + SETTINGS, IssueCodes.SNOWPLOW_VENDOR_MISSING);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plakattilvæggen", "Ærø.smørrebrød", "shop.łŋ" })
	void aPackageOfDanishOrAccentedLettersGivesAVendor(String packageName) {
		assertNoIssue(JourneyModels.variant("package shop", "package " + packageName), IssueCodes.SNOWPLOW_VENDOR_MISSING);
	}

	@Test
	void aFileWithoutEventsNeedsNoVendor() {
		assertNoIssue("package łŋ\n\nsegment S\n\njourney J {\n    for S\n    phase P { touchpoint T }\n}\n",
				IssueCodes.SNOWPLOW_VENDOR_MISSING);
	}

	@Test
	void dbtNamesMustBeLowerSnakeCase() {
		String model = CLEAN + SETTINGS.replace("fct_events", "FctEvents").replace("customer_id", "customer-id");

		assertEquals(2, issues(model, IssueCodes.DBT_NAME_INVALID).size());
	}

	@Test
	void formulaDbtCannotExpressIsReported() {
		String model = JourneyModels.variant("formula count(purchase_completed) / count(product_viewed)",
				"formula count(purchase_completed) / (count(product_viewed) / count(ad_clicked))");

		assertSingleIssue(model, IssueCodes.FORMULA_NOT_EXPRESSIBLE_IN_DBT, Severity.WARNING);
	}

	@Test
	void simpleRatioAndConversionFormulasAreExpressible() {
		assertNoIssue(CLEAN, IssueCodes.FORMULA_NOT_EXPRESSIBLE_IN_DBT);
		assertNoIssue(JourneyModels.variant("formula count(purchase_completed) / count(product_viewed)",
				"formula conversion(product_viewed -> purchase_completed within 7 days)"),
				IssueCodes.FORMULA_NOT_EXPRESSIBLE_IN_DBT);
	}
}
