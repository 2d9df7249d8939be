package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.report.JsonReport;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.journey.tests.support.Repository;
import org.journey.tests.support.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The json target: journey.json and its JSON Schema. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JsonReportTest {

	private static final Path SCHEMA_FILE = Path.of("org.journey.dsl", "schema", "journey.schema.json");
	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
			.build();

	@Inject
	private JourneyFixture fixture;

	/**
	 * The whole output for resources/golden/golden.journey. After an intended change, see {@link Golden} for how to
	 * update the golden files.
	 */
	@Test
	@Tag(Golden.TAG)
	void goldenModelGivesTheExpectedJson() {
		Journey journey = fixture.resourceJourney("golden/golden.journey");

		byte[] json = fixture.generate(journey, "json").get(JsonReport.FILE);

		Golden.assertMatches(Golden.file("golden.FirstOrder/journey.json"), json);
	}

	@Test
	void decimalsAreNumbersWrittenAsTheModellerWroteThem() throws IOException {
		Journey journey = fixture.resourceJourney("golden/golden.journey");

		String json = fixture.generateText(journey, "json", JsonReport.FILE);

		// Conversion: baseline 1.2, target 2.0; Students: share 12.5
		assertTrue(json.contains("\"target\": 2.0,"), "2.0 keeps its decimal, as a number");
		assertTrue(json.contains("\"share\": 12.5,"));
		JsonNode conversion = MAPPER.readTree(json).get("kpis").get(0);
		assertTrue(conversion.get("baseline").isNumber());
		assertEquals("count(order_placed) / count(product_viewed)", conversion.get("formula").asText());
	}

	@Test
	void committedSchemaIsAValidDraft2020Schema() throws IOException {
		JsonNode schema = readSchema();
		JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
		JsonSchema metaSchema = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);

		Set<ValidationMessage> errors = metaSchema.validate(schema);

		assertTrue(errors.isEmpty(), () -> "The schema breaks the 2020-12 meta-schema: " + errors);
		assertEquals(JsonReport.SCHEMA_ID, schema.get("$id").asText(), "generated files name the schema by its $id");
	}

	@Test
	void schemaIsPackagedWithTheLanguage() throws IOException {
		try (InputStream packaged = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
			assertNotNull(packaged, JsonReport.SCHEMA_RESOURCE + " is not on org.journey.dsl's class path");
			assertArrayEquals(Files.readAllBytes(Repository.root().resolve(SCHEMA_FILE)), packaged.readAllBytes());
		}
	}

	/** One test per example journey: its JSON validates against the committed schema. */
	@TestFactory
	Stream<DynamicTest> everyExamplesJsonValidatesAgainstTheSchema() throws IOException {
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(readSchema(), CONFIG);
		return fixture.exampleJourneys().stream().map(journey -> DynamicTest.dynamicTest(journey.getName(), () -> {
			JsonNode json = MAPPER.readTree(fixture.generateText(journey, "json", JsonReport.FILE));

			Set<ValidationMessage> errors = schema.validate(json);

			assertTrue(errors.isEmpty(), () -> errors.stream().map(ValidationMessage::toString).collect(Collectors.joining("\n")));
			assertEquals(journey.getPhases().size(), json.get("phases").size(), "every phase");
		}));
	}

	/** The golden file with actuals (see ActualsReportGoldenTest) follows the schema, actuals included. */
	@Test
	void aJourneyWithActualsValidatesAgainstTheSchema() throws IOException {
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(readSchema(), CONFIG);
		JsonNode json = MAPPER.readTree(Golden.file("actuals/golden.PassJourney/journey.json").toFile());

		Set<ValidationMessage> errors = schema.validate(json);

		assertTrue(errors.isEmpty(), () -> errors.stream().map(ValidationMessage::toString).collect(Collectors.joining("\n")));
		assertEquals(JsonReport.FORMAT_VERSION_WITH_ACTUALS, json.get("formatVersion").asText());
		assertEquals(4, json.get("actuals").get("kpis").size());
		ObjectNode broken = (ObjectNode) json.deepCopy();
		((ObjectNode) broken.get("actuals").get("kpis").get(0)).put("status", "great");
		assertEquals(1, schema.validate(broken).size(), "the schema checks the actuals too");
	}

	@Test
	void hostileTextsRoundTripExactly() throws IOException {
		Journey journey = fixture.parseJourney(HostileModel.text());

		String text = fixture.generateText(journey, "json", JsonReport.FILE);

		JsonNode json = MAPPER.readTree(text);
		assertEquals(HostileModel.JOURNEY_TITLE, json.get("title").asText());
		JsonNode firstTouchpoint = json.get("phases").get(0).get("touchpoints").get(0);
		assertEquals(HostileModel.FIRST_TOUCHPOINT_TITLE, firstTouchpoint.get("title").asText(), "not neutralised: JSON is data");
		assertEquals(HostileModel.FIRST_TOUCHPOINT_OWNER, firstTouchpoint.get("owner").asText());
		List<String> strings = new ArrayList<>();
		collectStrings(json, strings);
		for (String hostile : HostileModel.TEXTS) {
			assertTrue(strings.contains(hostile), () -> "not found exactly in the JSON: " + MAPPER.valueToTree(hostile));
		}
		Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(readSchema(), CONFIG).validate(json);
		assertTrue(errors.isEmpty(), () -> "hostile texts are still valid: " + errors);
	}

	@Test
	void sameInputGivesIdenticalBytesWhateverTheLocaleAndTimeZone() throws Exception {
		Map<String, byte[]> first = generateExamples();
		Map<String, byte[]> second = generateExamples();
		Map<String, byte[]> elsewhere = JourneyFixture.withLocaleAndTimeZone(Locale.forLanguageTag("nb-NO"),
				TimeZone.getTimeZone("America/St_Johns"), this::generateExamples);

		assertEquals(first.keySet(), second.keySet());
		assertEquals(first.keySet(), elsewhere.keySet());
		for (String journey : first.keySet()) {
			assertArrayEquals(first.get(journey), second.get(journey), "generated twice: " + journey);
			assertArrayEquals(first.get(journey), elsewhere.get(journey), "another locale and time zone: " + journey);
		}
		String anyJson = new String(first.values().iterator().next(), StandardCharsets.UTF_8);
		assertFalse(anyJson.contains("\r"), "\\n line ends on every platform");
	}

	private Map<String, byte[]> generateExamples() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Journey journey : fixture.exampleJourneys()) {
			files.put(journey.getName(), fixture.generate(journey, "json").get(JsonReport.FILE));
		}
		return files;
	}

	private static JsonNode readSchema() {
		try {
			return MAPPER.readTree(Repository.root().resolve(SCHEMA_FILE).toFile());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void collectStrings(JsonNode node, List<String> strings) {
		if (node.isTextual()) {
			strings.add(node.asText());
		}
		node.forEach(child -> collectStrings(child, strings));
	}
}
