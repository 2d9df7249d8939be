package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * JSON Schema draft-07 checks for the Segment and Mixpanel schemas: each is valid against the
 * draft-07 meta-schema (bundled with the validator, so no network), a sample built from it
 * validates, and the sample without a required property does not.
 */
final class Draft07 {

	private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
	private static final JsonSchema META_SCHEMA = FACTORY.getSchema(SchemaLocation.of(JsonMetaSchema.getV7().getIri()));
	private static final ObjectMapper MAPPER = new ObjectMapper();

	/** A value of each JSON Schema type the targets write. */
	private static final Map<String, JsonNode> SAMPLE_VALUES = Map.of(
			"string", MAPPER.getNodeFactory().textNode("sample"),
			"number", MAPPER.getNodeFactory().numberNode(12.5),
			"integer", MAPPER.getNodeFactory().numberNode(3),
			"boolean", MAPPER.getNodeFactory().booleanNode(true));

	private Draft07() {
	}

	static void assertValidSchema(JsonNode schema, String what) {
		assertEquals("http://json-schema.org/draft-07/schema#", schema.path("$schema").asText(), what + " declares draft-07");
		Set<ValidationMessage> errors = META_SCHEMA.validate(schema);
		assertTrue(errors.isEmpty(), () -> what + " is not a valid draft-07 schema: " + errors);
	}

	static Set<ValidationMessage> validate(JsonNode schema, JsonNode instance) {
		return FACTORY.getSchema(schema).validate(instance);
	}

	/** Every property of {@code propertiesSchema} (a JSON Schema "properties" object) with a value of its type. */
	static ObjectNode sample(JsonNode propertiesSchema) {
		ObjectNode sample = MAPPER.createObjectNode();
		propertiesSchema.properties().forEach(entry -> {
			String type = entry.getValue().path("type").asText();
			JsonNode value = SAMPLE_VALUES.get(type);
			assertFalse(value == null, "property " + entry.getKey() + " has type '" + type + "', not one the targets write");
			sample.set(entry.getKey(), value);
		});
		return sample;
	}
}
