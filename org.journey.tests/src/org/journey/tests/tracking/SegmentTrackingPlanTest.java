package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.journey.dsl.generator.GeneratorWarnings;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.SegmentTrackingPlanTarget;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;

/**
 * The Segment tracking plan as the bodies of two Public API calls: Create Tracking Plan
 * ({@code POST /tracking-plans}) and Replace Rules in Tracking Plan
 * ({@code PUT /tracking-plans/{trackingPlanId}/rules}), with the fields, enumerations and limits of
 * the API's input models (CreateTrackingPlanV1Input, ReplaceRulesInTrackingPlanV1Input,
 * RuleInputV1). Golden files, examples and determinism are in the base class.
 */
class SegmentTrackingPlanTest extends TrackingTargetTestBase {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	/** CreateTrackingPlanV1Input: name and type required, description optional; nothing else. */
	private static final Set<String> CREATE_FIELDS = Set.of("name", "type", "description");
	private static final Set<String> PLAN_TYPES = Set.of("ENGAGE", "LIVE", "PROPERTY_LIBRARY", "RULE_LIBRARY", "TEMPLATE");
	/** RuleInputV1: type, jsonSchema and version required, key optional (set for track rules). */
	private static final Set<String> RULE_FIELDS = Set.of("type", "key", "version", "jsonSchema");
	private static final Set<String> RULE_TYPES = Set.of("COMMON", "GROUP", "IDENTIFY", "PAGE", "SCREEN", "TRACK");

	@Inject
	private WarehouseGeneration generation;

	@Override
	protected ReportTarget target() {
		return new SegmentTrackingPlanTarget();
	}

	@Override
	protected List<String> files() {
		return List.of(SegmentTrackingPlanTarget.PLAN_FILE, SegmentTrackingPlanTarget.RULES_FILE);
	}

	@Test
	void thePlanFileIsTheBodyOfCreateTrackingPlan() throws Exception {
		for (Journey journey : exampleJourneys()) {
			JsonNode body = planBody(journey);

			assertEquals(CREATE_FIELDS, fieldNames(body), journey.getName() + ": fields of the create body");
			assertTrue(PLAN_TYPES.contains(body.path("type").asText()), body.path("type").toString());
			assertEquals("LIVE", body.path("type").asText(), "a plan that validates live events");
			assertEquals(journey.getTitle(), body.path("name").asText());
			assertFalse(body.path("description").asText().isBlank(), journey.getName() + ": description");
		}
	}

	@Test
	void theRulesFileIsTheBodyOfReplaceRulesWithOneTrackRulePerEventKeyedByItsName() throws Exception {
		for (Journey journey : exampleJourneys()) {
			TrackingPlan plan = plan(journey);

			JsonNode body = rulesBody(journey);

			assertEquals(Set.of("rules"), fieldNames(body), journey.getName() + ": fields of the replace-rules body");
			assertTrue(body.path("rules").isArray(), journey.getName() + ": rules is an array");
			assertEquals(plan.events().stream().map(TrackedEvent::name).toList(), keys(body.path("rules")),
					journey.getName() + ": one rule per event, in plan order, its key the event name");
			for (JsonNode rule : body.path("rules")) {
				String what = journey.getName() + ": rule " + rule.path("key").asText();
				assertEquals(RULE_FIELDS, fieldNames(rule), what + " fields");
				assertTrue(RULE_TYPES.contains(rule.path("type").asText()), what + " type " + rule.path("type"));
				assertEquals("TRACK", rule.path("type").asText(), what + " is a track rule");
				assertTrue(rule.path("key").isTextual() && !rule.path("key").asText().isBlank(), what + " key");
				assertTrue(rule.path("version").isIntegralNumber() && rule.path("version").asLong() >= 1,
						what + " version is an integer >= 1: " + rule.path("version"));
			}
		}
	}

	@Test
	void everyRuleHoldsAValidDraft07SchemaOfATrackCall() throws Exception {
		for (Journey journey : exampleJourneys()) {
			for (JsonNode rule : rulesBody(journey).path("rules")) {
				String what = journey.getName() + ": schema of " + rule.path("key").asText();
				JsonNode schema = rule.path("jsonSchema");

				Draft07.assertValidSchema(schema, what);
				assertEquals("object", schema.path("type").asText(), what + " describes the call object");
				assertEquals(Set.of("context", "traits", "properties"), fieldNames(schema.path("properties")),
						what + ": the sections of a track call");
				assertEquals("object", schema.path("properties").path("properties").path("type").asText(), what);
				assertTrue(names(schema.path("required")).contains("properties"), what + " requires the properties");
				assertFalse(schema.path("description").asText().isBlank(), what + " has the event's description");
			}
		}
	}

	@Test
	void theExamplesStayWithinTheRulesOneCallAccepts() throws Exception {
		for (Journey journey : exampleJourneys()) {
			int rules = rulesBody(journey).path("rules").size();

			assertTrue(rules <= SegmentTrackingPlanTarget.MAX_RULES_PER_CALL, journey.getName() + " has " + rules + " rules");
		}
	}

	@Test
	void aJourneyWithMoreRulesThanOneCallAcceptsIsWarnedAbout() throws Exception {
		StringBuilder events = new StringBuilder();
		for (int i = 0; i <= SegmentTrackingPlanTarget.MAX_RULES_PER_CALL; i++) {
			events.append(" event step_").append(i).append("_done");
		}
		ResourceSet model = generation.load(JourneyModels.variant(JourneyModels.CLEAN,
				"touchpoint Newsletter { channel email }", "touchpoint Newsletter { channel email" + events + " }"));
		GeneratorWarnings warnings = GeneratorWarnings.attach(model);
		Journey journey = EcoreUtil2.getAllContentsOfType(model.getResources().get(0).getContents().get(0), Journey.class)
				.get(0);

		JsonNode rules = MAPPER.readTree(text(generate(target(), journey), SegmentTrackingPlanTarget.RULES_FILE));

		assertEquals(SegmentTrackingPlanTarget.MAX_RULES_PER_CALL + 4, rules.path("rules").size(), "every event has its rule");
		assertEquals(List.of(IssueCodes.SEGMENT_TOO_MANY_RULES),
				warnings.warnings().stream().map(GeneratorWarnings.Warning::code).toList());
		assertTrue(warnings.warnings().get(0).message().contains("PATCH /tracking-plans/{trackingPlanId}/rules"),
				warnings.warnings().get(0).message());
	}

	@Test
	void aTrackCallWithEveryPropertyValidatesAndOneMissingARequiredPropertyDoesNot() throws Exception {
		int eventsWithRequiredProperties = 0;
		for (Journey journey : exampleJourneys()) {
			for (JsonNode rule : rulesBody(journey).path("rules")) {
				String what = journey.getName() + ": " + rule.path("key").asText();
				JsonNode schema = rule.path("jsonSchema");
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
		JsonNode rule = rulesBody(goldenJourney()).path("rules").get(0);

		var errors = Draft07.validate(rule.path("jsonSchema"), MAPPER.createObjectNode());

		assertFalse(errors.isEmpty(), "the rules require the properties section");
	}

	@Test
	void propertiesKeepTheirModelTypesAndTheEventItsDescription() throws Exception {
		JsonNode rules = rulesBody(goldenJourney()).path("rules");

		JsonNode productViewed = ruleOf(rules, "product_viewed").path("jsonSchema").path("properties").path("properties");
		JsonNode purchase = ruleOf(rules, "purchase").path("jsonSchema");

		assertEquals("string", productViewed.path("properties").path("product_id").path("type").asText());
		assertEquals("number", productViewed.path("properties").path("price").path("type").asText());
		assertEquals("boolean", productViewed.path("properties").path("in_stock").path("type").asText());
		assertEquals(List.of("product_id", "price"), names(productViewed.path("required")));
		assertEquals("integer", purchase.path("properties").path("properties").path("properties").path("item_count")
				.path("type").asText());
		assertEquals("Order placed and paid", purchase.path("description").asText());
		assertEquals("Emitted by touchpoint Site in phase Convert",
				ruleOf(rules, "product_viewed").path("jsonSchema").path("description").asText());
	}

	private JsonNode planBody(Journey journey) throws Exception {
		return MAPPER.readTree(text(generate(target(), journey), SegmentTrackingPlanTarget.PLAN_FILE));
	}

	private JsonNode rulesBody(Journey journey) throws Exception {
		return MAPPER.readTree(text(generate(target(), journey), SegmentTrackingPlanTarget.RULES_FILE));
	}

	private static JsonNode ruleOf(JsonNode rules, String event) {
		for (JsonNode rule : rules) {
			if (event.equals(rule.path("key").asText())) {
				return rule;
			}
		}
		throw new AssertionError("no rule for " + event);
	}

	private static Set<String> fieldNames(JsonNode object) {
		Set<String> names = new TreeSet<>();
		object.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static List<String> keys(JsonNode rules) {
		List<String> keys = new ArrayList<>();
		rules.forEach(rule -> keys.add(rule.path("key").asText()));
		return keys;
	}

	/** The "name" of each element, or each text element itself. */
	static List<String> names(JsonNode array) {
		List<String> names = new ArrayList<>();
		array.forEach(element -> names.add(element.isTextual() ? element.asText() : element.path("name").asText()));
		return names;
	}
}
