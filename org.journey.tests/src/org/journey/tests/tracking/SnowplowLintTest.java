package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.tracking.SnowplowTarget;
import org.journey.dsl.generator.tracking.TrackingOverrides;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;

/**
 * Every generated Iglu schema passes {@code igluctl lint} with all checks (its default), one test
 * per family of checks (see {@link IgluLint}). The schemas are those of every example journey,
 * once with each package's vendor and once with one vendor for all (as {@code --snowplow-vendor}
 * does, so that events several journeys share are merged), and of a workspace whose journeys
 * declare one event differently. Each family is also shown to catch what it checks, on a schema
 * broken on purpose.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class SnowplowLintTest {

	@Inject
	private WarehouseGeneration generation;

	/** Every generated schema by its Iglu path, prefixed with the journey folder that holds it. */
	private Map<String, JsonNode> schemas;

	@BeforeEach
	void generateAllSchemas() throws Exception {
		Map<String, String> files = new TreeMap<>();
		files.putAll(generation.generate(generation.loadExamples(), "snowplow"));
		ResourceSet oneVendor = generation.loadExamples();
		TrackingOverrides.attach(oneVendor, new TrackingOverrides(null, "dk.nordlysart"));
		generation.generate(oneVendor, "snowplow").forEach((path, content) -> files.put("one-vendor/" + path, content));
		files.putAll(generation.generate(generation.load(SharedEventWorkspace.FILES), "snowplow"));
		schemas = new TreeMap<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			schemas.put(file.getKey(), ReferenceSchemas.JSON.readTree(file.getValue()));
		}
		assertTrue(schemas.size() > 100, "expected the examples' schemas, found " + schemas.size());
	}

	@Test
	void selfDescribingHeaderAndSelfBlockMatchThePath() {
		assertEveryGeneratedSchemaPasses((path, schema) -> IgluLint.selfDescribingHeader(igluPath(path), schema));
	}

	@Test
	void rootIsAnObjectWithProperties() {
		assertEveryGeneratedSchemaPasses((path, schema) -> IgluLint.rootObject(schema));
	}

	@Test
	void schemaAndEveryPropertyHaveADescription() {
		assertEveryGeneratedSchemaPasses((path, schema) -> IgluLint.description(schema));
	}

	@Test
	void stringsHaveAMaximumLengthAWarehouseColumnHolds() {
		assertEveryGeneratedSchemaPasses((path, schema) -> IgluLint.strings(schema));
	}

	@Test
	void numbersHaveAMinimumAndAMaximumInOrder() {
		assertEveryGeneratedSchemaPasses((path, schema) -> IgluLint.numbers(schema));
	}

	@Test
	void requiredPropertiesExistAndOptionalOnesAcceptNull() {
		assertEveryGeneratedSchemaPasses((path, schema) -> IgluLint.requiredAndOptional(schema));
	}

	@Test
	void propertyNamesAreBigQueryColumnNames() {
		assertEveryGeneratedSchemaPasses((path, schema) -> IgluLint.bigQueryColumnNames(schema));
	}

	@Test
	void onlyDraft04KeywordsAndKnownFormatsAndNoOtherProperties() {
		assertEveryGeneratedSchemaPasses((path, schema) -> IgluLint.keywordsAndFormats(schema));
	}

	@Test
	void eachFamilyCatchesWhatItChecks() {
		String path = schemas.keySet().stream().filter(p -> p.contains("/purchase/")).findFirst().orElseThrow();
		JsonNode valid = schemas.get(path);
		String igluPath = igluPath(path);

		assertAll(
				() -> assertCaught(valid, s -> ((ObjectNode) s.get("self")).put("version", "1-0-01"),
						s -> IgluLint.selfDescribingHeader(igluPath, s)),
				() -> assertCaught(valid, s -> ((ObjectNode) s.get("self")).put("name", "other"),
						s -> IgluLint.selfDescribingHeader(igluPath, s)),
				() -> assertCaught(valid, s -> s.put("type", "array"), IgluLint::rootObject),
				() -> assertCaught(valid, s -> firstProperty(s, "string").remove("description"), IgluLint::description),
				() -> assertCaught(valid, s -> firstProperty(s, "string").remove("maxLength"), IgluLint::strings),
				() -> assertCaught(valid, s -> firstProperty(s, "string").put("maxLength", 70000), IgluLint::strings),
				() -> assertCaught(valid, s -> firstProperty(s, "number").remove("maximum"), IgluLint::numbers),
				() -> assertCaught(valid, s -> firstProperty(s, "number").put("minimum", 1).put("maximum", 0), IgluLint::numbers),
				() -> assertCaught(valid, s -> ((ArrayNode) s.get("required")).add("no_such_property"),
						IgluLint::requiredAndOptional),
				() -> assertCaught(valid, s -> ((ArrayNode) s.get("required")).removeAll(), IgluLint::requiredAndOptional),
				() -> assertCaught(valid, s -> ((ObjectNode) s.get("properties")).putObject("1st").put("type", "boolean")
						.put("description", "x"), IgluLint::bigQueryColumnNames),
				() -> assertCaught(valid, s -> firstProperty(s, "string").put("format", "iban"), IgluLint::keywordsAndFormats),
				() -> assertCaught(valid, s -> firstProperty(s, "number").put("exclusiveMinimum", 0),
						IgluLint::keywordsAndFormats),
				() -> assertCaught(valid, s -> s.put("additionalProperties", true), IgluLint::keywordsAndFormats));
	}

	private void assertEveryGeneratedSchemaPasses(BiFunction<String, JsonNode, List<String>> family) {
		assertAll(schemas.entrySet().stream().map(schema -> (Executable) () -> assertEquals(List.of(),
				family.apply(schema.getKey(), schema.getValue()), schema.getKey())));
	}

	private static void assertCaught(JsonNode valid, java.util.function.Consumer<ObjectNode> breakIt,
			Function<JsonNode, List<String>> family) {
		assertEquals(List.of(), family.apply(valid), "the valid schema passes");
		ObjectNode broken = valid.deepCopy();
		breakIt.accept(broken);
		assertFalse(family.apply(broken).isEmpty(), "not caught: " + broken);
	}

	/** The first property of the given type (optional ones included) in a schema. */
	private static ObjectNode firstProperty(ObjectNode schema, String type) {
		var properties = schema.get("properties").fields();
		while (properties.hasNext()) {
			JsonNode property = properties.next().getValue();
			JsonNode declared = property.get("type");
			if (declared.asText().equals(type) || declared.isArray() && declared.get(0).asText().equals(type)) {
				return (ObjectNode) property;
			}
		}
		throw new AssertionError("no " + type + " property in " + schema);
	}

	/** The path below {@code tracking/snowplow/}: where the schema lies in an Iglu static repository. */
	private static String igluPath(String file) {
		return file.substring(file.indexOf(SnowplowTarget.FOLDER) + SnowplowTarget.FOLDER.length());
	}
}
