package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.MixpanelLexiconTarget;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.journey.Journey;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Mixpanel Lexicon schemas upload; golden files, examples and determinism in the base class. */
class MixpanelLexiconTest extends TrackingTargetTestBase {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	@Override
	protected ReportTarget target() {
		return new MixpanelLexiconTarget();
	}

	@Override
	protected List<String> files() {
		return List.of(MixpanelLexiconTarget.FILE);
	}

	@Test
	void everyEventOfEveryExampleIsAnEventEntryWithAValidDraft07Schema() throws Exception {
		for (Journey journey : exampleJourneys()) {
			TrackingPlan plan = plan(journey);

			JsonNode lexicon = lexicon(journey);

			assertFalse(lexicon.path("truncate").asBoolean(true), "an upload must not delete the project's other schemas");
			JsonNode entries = lexicon.path("entries");
			assertEquals(plan.events().stream().map(TrackedEvent::name).toList(), SegmentTrackingPlanTest.names(entries));
			for (JsonNode entry : entries) {
				String what = journey.getName() + ": " + entry.path("name").asText();
				assertEquals("event", entry.path("entityType").asText(), what);
				JsonNode schema = entry.path("schemaJson");
				Draft07.assertValidSchema(schema, what);
				assertFalse(schema.path("description").asText().isBlank(), what + " has a description");
				JsonNode mixpanel = schema.path("metadata").path("com.mixpanel");
				assertTrue(mixpanel.path("tags").isArray(), what + " has tags");
				assertFalse(mixpanel.path("hidden").asBoolean(true), what + " is not hidden");
			}
		}
	}

	@Test
	void anEventWithEveryPropertyValidatesAndOneMissingARequiredPropertyDoesNot() throws Exception {
		int requiredPropertiesLeftOut = 0;
		for (Journey journey : exampleJourneys()) {
			for (JsonNode entry : lexicon(journey).path("entries")) {
				String what = journey.getName() + ": " + entry.path("name").asText();
				JsonNode schema = entry.path("schemaJson");
				ObjectNode event = Draft07.sample(schema.path("properties"));

				assertEquals(List.of(), List.copyOf(Draft07.validate(schema, event)), what + ": complete sample");
				for (JsonNode required : schema.path("required")) {
					ObjectNode incomplete = event.deepCopy();
					incomplete.remove(required.asText());
					assertFalse(Draft07.validate(schema, incomplete).isEmpty(),
							what + ": an event without required " + required.asText() + " validates");
					requiredPropertiesLeftOut++;
				}
			}
		}
		assertTrue(requiredPropertiesLeftOut > 0, "the examples have no required property to leave out");
	}

	@Test
	void eventsAreTaggedWithThePhasesThatEmitThem() throws Exception {
		JsonNode entries = lexicon(goldenJourney()).path("entries");

		JsonNode purchase = entryOf(entries, "purchase").path("schemaJson");
		JsonNode review = entryOf(entries, "review_written").path("schemaJson");

		assertEquals(List.of("Close"), SegmentTrackingPlanTest.names(purchase.path("metadata").path("com.mixpanel").path("tags")),
				"purchase is emitted twice in phase Close, tagged once");
		assertEquals(List.of("order_id", "value", "item_count"), SegmentTrackingPlanTest.names(purchase.path("required")));
		assertEquals("integer", review.path("properties").path("text_length").path("type").asText());
		assertEquals(List.of("stars"), SegmentTrackingPlanTest.names(review.path("required")));
	}

	private JsonNode lexicon(Journey journey) throws Exception {
		return MAPPER.readTree(text(generate(target(), journey), MixpanelLexiconTarget.FILE));
	}

	private static JsonNode entryOf(JsonNode entries, String event) {
		for (JsonNode entry : entries) {
			if (event.equals(entry.path("name").asText())) {
				return entry;
			}
		}
		throw new AssertionError("no entry for " + event);
	}
}
