package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.SegmentTrackingPlanTarget;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.journey.Journey;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Segment Protocols tracking plan; golden files, examples and determinism in the base class. */
class SegmentTrackingPlanTest extends TrackingTargetTestBase {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	@Override
	protected ReportTarget target() {
		return new SegmentTrackingPlanTarget();
	}

	@Override
	protected List<String> files() {
		return List.of(SegmentTrackingPlanTarget.FILE);
	}

	@Test
	void everyEventOfEveryExampleHasOneRuleWithAValidDraft07Schema() throws Exception {
		for (Journey journey : exampleJourneys()) {
			TrackingPlan plan = plan(journey);

			JsonNode trackingPlan = trackingPlan(journey);

			JsonNode rules = trackingPlan.path("rules").path("events");
			assertEquals(plan.events().stream().map(TrackedEvent::name).toList(), names(rules), journey.getName());
			for (JsonNode rule : rules) {
				String what = journey.getName() + ": rule of " + rule.path("name").asText();
				assertEquals(1, rule.path("version").asInt(), what);
				assertFalse(rule.path("description").asText().isBlank(), what + " has a description");
				Draft07.assertValidSchema(rule.path("rules"), what);
			}
		}
	}

	@Test
	void aTrackCallWithEveryPropertyValidatesAndOneMissingARequiredPropertyDoesNot() throws Exception {
		int eventsWithRequiredProperties = 0;
		for (Journey journey : exampleJourneys()) {
			for (JsonNode rule : trackingPlan(journey).path("rules").path("events")) {
				String what = journey.getName() + ": " + rule.path("name").asText();
				JsonNode schema = rule.path("rules");
				JsonNode eventProperties = schema.path("properties").path("properties");
				ObjectNode call = MAPPER.createObjectNode();
				call.set("properties", Draft07.sample(eventProperties.path("properties")));

				assertEquals(List.of(), List.copyOf(Draft07.validate(schema, call)), what + ": complete sample");
				for (JsonNode required : eventProperties.path("required")) {
					ObjectNode incomplete = call.deepCopy();
					((ObjectNode) incomplete.path("properties")).remove(required.asText());
					assertFalse(Draft07.validate(schema, incomplete).isEmpty(),
							what + ": a call without required " + required.asText() + " validates");
					eventsWithRequiredProperties++;
				}
			}
		}
		assertTrue(eventsWithRequiredProperties > 0, "the examples have no required property to leave out");
	}

	@Test
	void aTrackCallWithoutPropertiesIsRejected() throws Exception {
		JsonNode rule = trackingPlan(goldenJourney()).path("rules").path("events").get(0);

		var errors = Draft07.validate(rule.path("rules"), MAPPER.createObjectNode());

		assertFalse(errors.isEmpty(), "the rules require the properties section");
	}

	@Test
	void propertiesKeepTheirModelTypesAndTheEventItsDescription() throws Exception {
		JsonNode events = trackingPlan(goldenJourney()).path("rules").path("events");

		JsonNode productViewed = ruleOf(events, "product_viewed").path("rules").path("properties").path("properties");
		JsonNode purchase = ruleOf(events, "purchase");

		assertEquals("string", productViewed.path("properties").path("product_id").path("type").asText());
		assertEquals("number", productViewed.path("properties").path("price").path("type").asText());
		assertEquals("boolean", productViewed.path("properties").path("in_stock").path("type").asText());
		assertEquals(List.of("product_id", "price"), names(productViewed.path("required")));
		assertEquals("integer", purchase.path("rules").path("properties").path("properties").path("properties")
				.path("item_count").path("type").asText());
		assertEquals("Order placed and paid", purchase.path("description").asText());
		assertEquals("Emitted by touchpoint Site in phase Convert", ruleOf(events, "product_viewed").path("description").asText());
	}

	private JsonNode trackingPlan(Journey journey) throws Exception {
		return MAPPER.readTree(text(generate(target(), journey), SegmentTrackingPlanTarget.FILE));
	}

	private static JsonNode ruleOf(JsonNode rules, String event) {
		for (JsonNode rule : rules) {
			if (event.equals(rule.path("name").asText())) {
				return rule;
			}
		}
		throw new AssertionError("no rule for " + event);
	}

	/** The "name" of each element, or each text element itself. */
	static List<String> names(JsonNode array) {
		List<String> names = new ArrayList<>();
		array.forEach(element -> names.add(element.isTextual() ? element.asText() : element.path("name").asText()));
		return names;
	}
}
