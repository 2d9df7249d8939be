package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.FormulaKind;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.dsl.generator.tracking.TrackingPlanBuilder;
import org.journey.dsl.generator.tracking.TrackingSettings;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class TrackingPlanBuilderTest {

	@Inject
	private ParseHelper<Model> parseHelper;

	private TrackingPlan plan(String text) throws Exception {
		Model model = parseHelper.parse(text);
		Journey journey = model.getElements().stream().filter(Journey.class::isInstance).map(Journey.class::cast)
				.findFirst().orElseThrow();
		return TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
	}

	private static TrackedEvent event(TrackingPlan plan, String name) {
		return plan.events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void eachEventAppearsOnceWithItsPropertiesMerged() throws Exception {
		String text = JourneyModels.variant("touchpoint Newsletter { channel email }",
				"touchpoint Newsletter { channel email event purchase_completed { order_id: string required, coupon: string } }");

		TrackingPlan plan = plan(text);

		assertEquals(List.of("ad_clicked", "product_viewed", "purchase_completed"),
				plan.events().stream().map(TrackedEvent::name).toList());
		TrackedEvent purchase = event(plan, "purchase_completed");
		assertEquals(List.of("order_id", "value", "coupon"), purchase.properties().stream().map(TrackedProperty::name).toList());
		assertTrue(purchase.properties().get(0).required(), "order_id is required in both declarations");
		assertFalse(purchase.properties().get(1).required(), "value is missing from the newsletter's declaration");
		assertEquals(List.of("Checkout", "Newsletter"), purchase.emittedAt().stream().map(e -> e.touchpoint()).toList());
		assertEquals(List.of("Conversion"), purchase.kpis());
	}

	@Test
	void kpiFormulasBecomeMeasures() throws Exception {
		TrackingPlan plan = plan(JourneyModels.CLEAN);

		var conversion = plan.kpis().get(0);
		assertEquals(FormulaKind.RATIO, conversion.kind());
		assertEquals("count", conversion.measures().get(0).function());
		assertEquals("purchase_completed", conversion.measures().get(0).event());
		assertEquals("product_viewed", conversion.measures().get(1).event());
		assertEquals(FormulaKind.NONE, plan.kpis().get(1).kind());
		assertEquals(List.of("MoreSales"), conversion.goals());
	}

	@Test
	void settingsHaveDefaultsAndComeFromTheTrackingBlock() throws Exception {
		TrackingPlan defaults = plan(JourneyModels.CLEAN);
		TrackingPlan declared = plan(JourneyModels.CLEAN + "\ntracking { snowplow-vendor \"com.acme\" dbt-entity \"customer_id\" }\n");

		assertEquals(TrackingSettings.DEFAULT_MEASUREMENT_ID, defaults.settings().measurementId());
		assertEquals("shop", defaults.settings().vendor());
		assertEquals("Buying online", defaults.settings().containerName());
		assertEquals("com.acme", declared.settings().vendor());
		assertEquals("customer_id", declared.settings().entity());
		assertEquals(TrackingSettings.DEFAULT_EVENTS_MODEL, declared.settings().eventsModel());
	}
}
