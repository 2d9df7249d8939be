package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.GeneratorWarnings;
import org.journey.dsl.generator.GeneratorWarnings.Warning;
import org.journey.dsl.generator.tracking.SnowplowSchemas;
import org.journey.dsl.generator.tracking.TrackingOverrides;
import org.journey.dsl.validation.IssueCodes;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;
import com.networknt.schema.JsonSchema;

/**
 * The Snowplow target: Iglu self-describing schemas, one per event, valid for Iglu and for JSON
 * Schema draft-04, that accept the events the model declares and nothing else. Needs
 * {@code ../shared/reference-schemas} beside the repository (see {@link ReferenceSchemas}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class SnowplowTargetTest {

	/** The clean model's journey, package shop: its output folder. */
	private static final String BUYING = "shop.Buying/";
	private static final String SNOWPLOW = "tracking/snowplow/schemas/";

	@Inject
	private WarehouseGeneration generation;

	private Map<String, JsonNode> schemasOf(Map<String, String> files) throws Exception {
		Map<String, JsonNode> schemas = new java.util.TreeMap<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			schemas.put(file.getKey(), ReferenceSchemas.JSON.readTree(file.getValue()));
		}
		return schemas;
	}

	private Map<String, JsonNode> exampleSchemas() throws Exception {
		Map<String, JsonNode> schemas = schemasOf(generation.generate(generation.loadExamples(), "snowplow"));
		assertFalse(schemas.isEmpty(), "The examples produced no Snowplow schema");
		return schemas;
	}

	@Test
	void everySchemaOfTheExamplesIsAValidSelfDescribingSchema() throws Exception {
		Map<String, JsonNode> schemas = exampleSchemas();

		JsonSchema iglu = ReferenceSchemas.igluMetaSchema();
		assertAll(schemas.entrySet().stream().map(schema -> (Executable) () -> assertEquals("",
				ReferenceSchemas.problems(iglu, schema.getValue()), schema.getKey() + " is not a valid Iglu schema")));
	}

	@Test
	void everySchemaOfTheExamplesIsAValidDraft04Schema() throws Exception {
		Map<String, JsonNode> schemas = exampleSchemas();

		JsonSchema draft04 = ReferenceSchemas.draft04MetaSchema();
		assertAll(schemas.entrySet().stream().map(schema -> (Executable) () -> assertEquals("",
				ReferenceSchemas.problems(draft04, schema.getValue()), schema.getKey() + " is not valid draft-04")));
	}

	@Test
	void theMetaSchemasRejectWhatIgluAndDraft04Forbid() throws Exception {
		JsonNode valid = schemasOf(generation.generate(generation.load(JourneyModels.CLEAN), "snowplow"))
				.get(BUYING + SNOWPLOW + "shop/ad_clicked/jsonschema/1-0-0");
		ObjectNode badVendor = valid.deepCopy();
		ObjectNode emptyRequired = valid.deepCopy();

		((ObjectNode) badVendor.get("self")).put("vendor", "Nordlys Art");
		emptyRequired.putArray("required");

		assertEquals("", ReferenceSchemas.problems(ReferenceSchemas.igluMetaSchema(), valid));
		assertNotEquals("", ReferenceSchemas.problems(ReferenceSchemas.igluMetaSchema(), badVendor),
				"the checks above would prove nothing if the Iglu meta-schema accepted anything");
		assertNotEquals("", ReferenceSchemas.problems(ReferenceSchemas.draft04MetaSchema(), emptyRequired),
				"the checks above would prove nothing if the draft-04 meta-schema accepted anything");
	}

	@Test
	void schemasLieInTheIgluLayoutNamedByTheirSelfBlock() throws Exception {
		Map<String, JsonNode> schemas = exampleSchemas();

		assertAll(schemas.entrySet().stream().map(schema -> (Executable) () -> {
			JsonNode self = schema.getValue().get("self");
			String expectedSuffix = String.join("/", "tracking/snowplow/schemas", self.get("vendor").asText(),
					self.get("name").asText(), "jsonschema", "1-0-0");
			assertTrue(schema.getKey().endsWith(expectedSuffix), schema.getKey() + " should end with " + expectedSuffix);
			assertEquals(SnowplowSchemas.META_SCHEMA, schema.getValue().get("$schema").asText());
		}));
	}

	@Test
	void eventsAppearOnceWithPropertiesTypedAndOptionalOnesNullable() throws Exception {
		String model = JourneyModels.variant("touchpoint Newsletter { channel email }",
				"touchpoint Newsletter { channel email event purchase_completed { order_id: string required, newsletter: boolean,"
						+ " items: integer required } }");

		Map<String, JsonNode> schemas = schemasOf(generation.generate(generation.load(model), "snowplow"));

		assertEquals(List.of(BUYING + SNOWPLOW + "shop/ad_clicked/jsonschema/1-0-0",
				BUYING + SNOWPLOW + "shop/product_viewed/jsonschema/1-0-0",
				BUYING + SNOWPLOW + "shop/purchase_completed/jsonschema/1-0-0"), List.copyOf(schemas.keySet()));
		JsonNode purchase = schemas.get(BUYING + SNOWPLOW + "shop/purchase_completed/jsonschema/1-0-0");
		JsonNode properties = purchase.get("properties");
		String bounds = ",\"minimum\":-9007199254740991,\"maximum\":9007199254740991}";
		assertEquals("{\"description\":\"Property 'order_id' of the event 'purchase_completed'.\",\"type\":\"string\",\"maxLength\":255}",
				properties.get("order_id").toString());
		assertEquals("{\"description\":\"Property 'value' of the event 'purchase_completed'.\",\"type\":[\"number\",\"null\"]" + bounds,
				properties.get("value").toString(), "value is required at the checkout only, so it may be absent or null");
		assertEquals("{\"description\":\"Property 'newsletter' of the event 'purchase_completed'.\",\"type\":[\"boolean\",\"null\"]}",
				properties.get("newsletter").toString());
		assertEquals("{\"description\":\"Property 'items' of the event 'purchase_completed'.\",\"type\":[\"integer\",\"null\"]" + bounds,
				properties.get("items").toString());
		assertEquals("[\"order_id\"]", purchase.get("required").toString());
		assertFalse(purchase.get("additionalProperties").asBoolean());
		assertTrue(purchase.get("description").asText().contains("Checkout (phase Close), Newsletter (phase Delight)"),
				purchase.get("description").asText());
	}

	@Test
	void vendorComesFromTheTrackingBlock() throws Exception {
		String model = JourneyModels.CLEAN + "\ntracking { snowplow-vendor \"com.nordlys-art.shop\" }\n";

		Map<String, JsonNode> schemas = schemasOf(generation.generate(generation.load(model), "snowplow"));

		assertTrue(schemas.containsKey(BUYING + SNOWPLOW + "com.nordlys-art.shop/ad_clicked/jsonschema/1-0-0"),
				schemas.keySet().toString());
		schemas.values().forEach(schema -> assertEquals("com.nordlys-art.shop", schema.get("self").get("vendor").asText()));
	}

	@Test
	void aVendorIgluRejectsProducesNoSchemaRatherThanAnInvalidOne() throws Exception {
		String model = JourneyModels.CLEAN + "\ntracking { snowplow-vendor \"Nordlys Art\" }\n";

		Map<String, String> files = generation.generate(generation.load(model), "snowplow");

		assertEquals(Map.of(), files, "the validator reports the vendor; the generator must not write schemas Iglu rejects");
	}

	@Test
	void aDanishPackageGivesAVendorWithItsLettersSpelledOut() throws Exception {
		String model = JourneyModels.variant("package shop", "package plakatTilVæggen.københavn");

		Map<String, JsonNode> schemas = schemasOf(generation.generate(generation.load(model), "snowplow"));

		assertTrue(schemas.containsKey("plakatTilVæggen.københavn.Buying/" + SNOWPLOW
				+ "plakattilvaeggen.koebenhavn/ad_clicked/jsonschema/1-0-0"), schemas.keySet().toString());
		assertEquals(3, schemas.size(), "a schema for each of the three events: " + schemas.keySet());
	}

	@Test
	void aPackageVendorKeepsIgluCharactersOnlyAndDropsAccents() {
		assertEquals(Optional.of("shop.paintings"), SnowplowSchemas.vendorOfPackage("shop.Paintings"));
		assertEquals(Optional.of("aeroe.smoerrebroed.cafe"), SnowplowSchemas.vendorOfPackage("Ærø.smørrebrød.café"));
		assertEquals(Optional.of("nordlys_art.aarhus"), SnowplowSchemas.vendorOfPackage("nordlys_art.Århus"));
		assertEquals(Optional.of("shop"), SnowplowSchemas.vendorOfPackage("shop.łŋ"), "a part with no letter left goes");
		assertEquals(Optional.empty(), SnowplowSchemas.vendorOfPackage("łŋ"));
		assertEquals(Optional.of("a.b"), SnowplowSchemas.vendorOfPackage("^a.b"), "the grammar's escape is no character");
	}

	@Test
	void aPackageWithoutAVendorWritesNoSchemaAndSaysHowToSetOne() throws Exception {
		ResourceSet model = generation.load(JourneyModels.variant("package shop", "package łŋ"));
		GeneratorWarnings warnings = GeneratorWarnings.attach(model);

		Map<String, String> files = generation.generate(model, "snowplow");

		assertEquals(Map.of(), files);
		assertEquals(List.of(IssueCodes.SNOWPLOW_NO_VENDOR), warnings.warnings().stream().map(Warning::code).toList());
		String message = warnings.warnings().get(0).message();
		assertTrue(message.contains("package 'łŋ'") && message.contains("snowplow-vendor \"com.example\"")
				&& message.contains("--snowplow-vendor"), message);
	}

	@Test
	void theCommandLineVendorWinsOverAPackageWithoutOne() throws Exception {
		ResourceSet model = generation.load(JourneyModels.variant("package shop", "package łŋ"));
		TrackingOverrides.attach(model, new TrackingOverrides(null, "dk.nordlys"));

		Map<String, JsonNode> schemas = schemasOf(generation.generate(model, "snowplow"));

		assertTrue(schemas.containsKey("łŋ.Buying/" + SNOWPLOW + "dk.nordlys/ad_clicked/jsonschema/1-0-0"),
				schemas.keySet().toString());
	}

	@Test
	void anEventNameIgluRejectsIsLeftOutWithAWarningAtItsDeclaration() throws Exception {
		ResourceSet model = generation.load(JourneyModels.variant("touchpoint Newsletter { channel email }",
				"touchpoint Newsletter { channel email event nyhedsbrev_åbnet }"));
		GeneratorWarnings warnings = GeneratorWarnings.attach(model);

		Map<String, String> files = generation.generate(model, "snowplow");

		assertEquals(3, files.size(), "the three other events keep their schemas: " + files.keySet());
		assertEquals(List.of(IssueCodes.SNOWPLOW_EVENT_LEFT_OUT), warnings.warnings().stream().map(Warning::code).toList());
		assertTrue(warnings.warnings().get(0).message().contains("'nyhedsbrev_åbnet'"), warnings.warnings().get(0).message());
		assertTrue(warnings.warnings().get(0).line() > 0, "located at the event's declaration");
	}

	@Test
	void aSampleWithEveryPropertyValidatesAgainstItsEventsSchema() throws Exception {
		Map<String, JsonNode> schemas = exampleSchemas();

		assertAll(schemas.entrySet().stream().map(schema -> (Executable) () -> assertEquals("",
				ReferenceSchemas.problems(ReferenceSchemas.eventSchema(schema.getValue()), sample(schema.getValue())),
				"a complete sample event is rejected by " + schema.getKey())));
	}

	@Test
	void aSampleWithoutARequiredPropertyIsRejected() throws Exception {
		Map<String, JsonNode> schemas = exampleSchemas();
		List<Executable> checks = new ArrayList<>();

		schemas.forEach((path, schema) -> {
			JsonSchema validator = ReferenceSchemas.eventSchema(schema);
			for (String required : names(schema.path("required"))) {
				ObjectNode incomplete = sample(schema);
				incomplete.remove(required);
				checks.add(() -> assertNotEquals("", ReferenceSchemas.problems(validator, incomplete),
						path + " accepts an event without its required " + required));
			}
		});

		assertTrue(checks.size() > 10, "the examples should declare required properties; found " + checks.size());
		assertAll(checks);
	}

	@Test
	void aSampleWithAPropertyTheModelDoesNotDeclareIsRejected() throws Exception {
		Map<String, JsonNode> schemas = exampleSchemas();

		assertAll(schemas.entrySet().stream().map(schema -> (Executable) () -> {
			ObjectNode extended = sample(schema.getValue());
			extended.put("undeclared_property", "x");
			assertNotEquals("", ReferenceSchemas.problems(ReferenceSchemas.eventSchema(schema.getValue()), extended),
					schema.getKey() + " accepts a property the model does not declare");
		}));
	}

	@Test
	void nullIsAcceptedForOptionalPropertiesOnly() throws Exception {
		Map<String, JsonNode> schemas = exampleSchemas();
		List<Executable> checks = new ArrayList<>();

		schemas.forEach((path, schema) -> {
			JsonSchema validator = ReferenceSchemas.eventSchema(schema);
			List<String> required = names(schema.path("required"));
			for (String property : names(schema.get("properties"))) {
				ObjectNode withNull = sample(schema);
				withNull.putNull(property);
				String problems = ReferenceSchemas.problems(validator, withNull);
				checks.add(required.contains(property)
						? () -> assertNotEquals("", problems, path + " accepts null for the required " + property)
						: () -> assertEquals("", problems, path + " rejects null for the optional " + property));
			}
		});

		assertAll(checks);
	}

	@Test
	void aStringLongerThanTheLimitIsRejected() throws Exception {
		Map<String, JsonNode> schemas = schemasOf(generation.generate(generation.load(JourneyModels.CLEAN), "snowplow"));
		JsonNode adClicked = schemas.get(BUYING + SNOWPLOW + "shop/ad_clicked/jsonschema/1-0-0");
		ObjectNode event = sample(adClicked);

		event.put("campaign", "c".repeat(SnowplowSchemas.MAX_STRING_LENGTH + 1));

		assertNotEquals("", ReferenceSchemas.problems(ReferenceSchemas.eventSchema(adClicked), event));
	}

	/** An event with a value of the declared type for every property of the schema. */
	static ObjectNode sample(JsonNode schema) {
		ObjectNode event = JsonNodeFactory.instance.objectNode();
		schema.get("properties").fields().forEachRemaining(property -> {
			JsonNode type = property.getValue().get("type");
			String declared = type.isArray() ? type.get(0).asText() : type.asText();
			switch (declared) {
			case "string" -> event.put(property.getKey(), "sample");
			case "number" -> event.put(property.getKey(), 12.5);
			case "integer" -> event.put(property.getKey(), 3);
			case "boolean" -> event.put(property.getKey(), true);
			default -> throw new AssertionError("Unexpected type " + declared + " of " + property.getKey());
			}
		});
		return event;
	}

	private static List<String> names(JsonNode node) {
		if (node.isArray()) {
			List<String> names = new ArrayList<>();
			node.forEach(n -> names.add(n.asText()));
			return names;
		}
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}
}
