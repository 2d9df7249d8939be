package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.generator.tracking.DbtExpressibility;
import org.journey.dsl.generator.tracking.DbtExpressibility.Obstacle;
import org.journey.dsl.generator.tracking.DbtSemanticLayer;
import org.journey.dsl.generator.tracking.DbtSemanticLayer.LeftOut;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.generator.tracking.TrackingPlanBuilder;
import org.journey.dsl.generator.tracking.TrackingSettings;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.JourneyModels;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which formulas dbt metrics can express is one decision: the validator warns about exactly the
 * KPIs the dbt target leaves out for it.
 */
class DbtExpressibilityTest extends ValidationTestBase {

	private static final String FORMULA = "formula count(purchase_completed) / count(product_viewed)";

	/** The clean model with the Conversion KPI's formula replaced. */
	private static String withFormula(String formula) {
		return JourneyModels.variant(JourneyModels.CLEAN, FORMULA, "formula " + formula);
	}

	private static Kpi conversionKpi(Model model) {
		return model.getElements().stream().filter(Kpi.class::isInstance).map(Kpi.class::cast)
				.filter(k -> "Conversion".equals(k.getName())).findFirst().orElseThrow();
	}

	private static Journey journey(Model model) {
		return model.getElements().stream().filter(Journey.class::isInstance).map(Journey.class::cast).findFirst()
				.orElseThrow();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "none", value = {
			"count(purchase_completed)                                                      | none",
			"sum(purchase_completed.value)                                                  | none",
			"distinct(ad_clicked.campaign)                                                  | none",
			"count(purchase_completed) / count(product_viewed)                              | none",
			"sum(purchase_completed.value) / count(purchase_completed)                      | none",
			"conversion(product_viewed -> purchase_completed within 7 days)                 | none",
			"conversion(ad_clicked -> purchase_completed within 48 hours)                   | none",
			"count(purchase_completed) / (count(product_viewed) / count(ad_clicked))        | SHAPE",
			"count(purchase_completed) / count(product_viewed) / count(ad_clicked)          | SHAPE",
			"conversion(product_viewed -> purchase_completed within 7 days) / count(ad_clicked) | SHAPE",
			"conversion(purchase_completed -> purchase_completed within 90 days)            | SAME_EVENT_CONVERSION",
			"conversion(ad_clicked -> ad_clicked within 1 days)                             | SAME_EVENT_CONVERSION" })
	void theModelAndThePlanGetTheSameAnswer(String formula, Obstacle expected) {
		// given the formula in a model, and the tracking plan of its journey
		Model model = parse(withFormula(formula));
		Journey journey = journey(model);
		TrackingPlan plan = TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
		TrackedKpi tracked = plan.kpis().stream().filter(k -> k.name().equals("Conversion")).findFirst().orElseThrow();

		// when each side asks
		Optional<Obstacle> fromModel = DbtExpressibility.obstacle(conversionKpi(model).getFormula());
		Optional<Obstacle> fromPlan = DbtExpressibility.obstacle(tracked);

		// then both get the expected answer
		assertEquals(Optional.ofNullable(expected), fromModel, "from the model");
		assertEquals(Optional.ofNullable(expected), fromPlan, "from the plan");
	}

	@Test
	void aKpiReadFromASourceHasNoObstacle() {
		Kpi returns = parse(JourneyModels.CLEAN).getElements().stream().filter(Kpi.class::isInstance)
				.map(Kpi.class::cast).filter(k -> "Returns".equals(k.getName())).findFirst().orElseThrow();

		assertEquals(Optional.empty(), DbtExpressibility.obstacle(returns.getFormula()));
	}

	@Test
	void aConversionFromAnEventToItselfIsReportedAndLeftOutOfTheSemanticLayer() {
		// given a conversion from purchase_completed to purchase_completed
		String model = withFormula("conversion(purchase_completed -> purchase_completed within 90 days)");

		// when it is validated and its semantic layer generated
		Issue issue = assertSingleIssue(model, IssueCodes.FORMULA_NOT_EXPRESSIBLE_IN_DBT, Severity.WARNING);
		Journey journey = journey(parse(model));
		List<LeftOut> leftOut = DbtSemanticLayer
				.of(TrackingPlanBuilder.build(journey, TrackingSettings.of(journey)), "shop_buying", "Buying").leftOut();

		// then the validator says why, and the dbt target leaves the KPI out for that reason
		assertEquals("dbt metrics cannot express a conversion from an event to the same event: MetricFlow would count"
				+ " every purchase_completed as its own conversion. Compute it in a dbt model instead; the dbt target"
				+ " leaves KPI 'Conversion' out.", issue.getMessage());
		LeftOut conversion = leftOut.stream().filter(l -> l.kpi().equals("Conversion")).findFirst().orElseThrow();
		assertTrue(conversion.reason().contains("as its own conversion"), conversion.reason());
	}

	@Test
	void aRatioOfRatiosKeepsItsMessage() {
		Issue issue = assertSingleIssue(withFormula("count(purchase_completed) / (count(product_viewed) / count(ad_clicked))"),
				IssueCodes.FORMULA_NOT_EXPRESSIBLE_IN_DBT, Severity.WARNING);

		assertEquals("dbt metrics cannot express this formula: use one aggregate, a ratio of two (a / b), or a"
				+ " conversion. The dbt target leaves KPI 'Conversion' out.", issue.getMessage());
	}
}
