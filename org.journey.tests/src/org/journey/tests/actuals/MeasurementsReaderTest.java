package org.journey.tests.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.journey.dsl.map.Actuals;
import org.journey.dsl.map.Actuals.KpiActual;
import org.journey.dsl.map.Actuals.KpiStatus;
import org.journey.dsl.map.Actuals.PhaseActual;
import org.journey.dsl.map.Actuals.PropertyViolation;
import org.journey.dsl.map.Actuals.ViolationKind;
import org.journey.dsl.map.MeasurementsException;
import org.journey.dsl.map.MeasurementsFolder;
import org.journey.dsl.map.MeasurementsReader;
import org.journey.tests.support.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * {@link MeasurementsReader} on the hand-written measurements of the actuals golden model, and on
 * broken copies of it: every problem names the file and the JSON path.
 */
class MeasurementsReaderTest {

	static final Path MEASUREMENTS = Path.of("resources", "golden", "actuals", "measurements");
	static final Path FILE = MEASUREMENTS.resolve("golden.PassJourney").resolve("measurements.json");
	private static final ObjectMapper MAPPER = new ObjectMapper();

	@TempDir
	Path folder;

	@Test
	void theHandWrittenFileFollowsThePublishedSchema() throws IOException {
		// given
		var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
				MAPPER.readTree(Repository.path("docs/measurements.schema.json").toFile()),
				SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

		// when
		Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(FILE.toFile()));

		// then
		assertTrue(errors.isEmpty(), () -> "the test's measurements break the schema: " + errors);
	}

	@Test
	void readsPhasesKpisAndCoverage() throws IOException {
		// when
		Actuals actuals = read(Files.readString(FILE));

		// then
		assertEquals("2026-03-01T00:00:00Z", actuals.from());
		assertEquals("2026-04-01T00:00:00Z", actuals.to());
		assertEquals(6570, actuals.events());
		assertEquals(1000, actuals.users());
		assertEquals(List.of("Attract", "Interest", "Convert", "Support"),
				actuals.phases().stream().map(PhaseActual::name).toList());
		PhaseActual interest = actuals.phase("Interest").orElseThrow();
		assertEquals(2000L, interest.modelledVolume());
		assertEquals(120L, interest.users());
		assertEquals(0.25, interest.modelledConversion());
		assertEquals(0.3, interest.conversion());
		assertEquals(130, interest.touchpoints().get(0).events());
		PhaseActual support = actuals.phase("Support").orElseThrow();
		assertNull(support.users(), "no event of the phase seen: no users, not zero");
		assertNull(support.modelledVolume());

		KpiActual trialToPass = actuals.kpi("TrialToPass").orElseThrow();
		assertEquals(new BigDecimal("6.75"), trialToPass.actual());
		assertEquals(new BigDecimal("-0.7666666666666667"), trialToPass.progress(), "decimals kept as written");
		assertEquals(KpiStatus.OFF_TRACK, trialToPass.status());
		assertEquals(Boolean.FALSE, trialToPass.onTrack());
		KpiActual wait = actuals.kpi("HotlineWait").orElseThrow();
		assertNull(wait.actual());
		assertNull(wait.onTrack());
		assertEquals(KpiStatus.NO_DATA, wait.status());
		assertTrue(actuals.kpi("NoSuchKpi").isEmpty());

		assertEquals(List.of("complaint_filed"), actuals.coverage().modelledEventsNotSeen());
		assertEquals(3, actuals.coverage().unmodelledEventNames());
		assertEquals("page_view", actuals.coverage().unmodelledEvents().get(0).name());
		PropertyViolation missing = actuals.coverage().propertyViolations().get(1);
		assertEquals(new PropertyViolation("trial_started", "rider_id", ViolationKind.MISSING_REQUIRED, "string", 3,
				"events/2026-03.jsonl", 18, null), missing);
		assertFalse(actuals.coverage().clean());
	}

	@Test
	void notJsonNamesTheFileAndTheLine() {
		MeasurementsException e = assertThrows(MeasurementsException.class, () -> read("{\n  \"$schema\": oops\n}"));

		assertEquals("m.json", e.file());
		assertTrue(e.getMessage().startsWith("m.json: not JSON: "), e.getMessage());
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
	}

	@Test
	void anEmptyFileIsAProblem() {
		MeasurementsException e = assertThrows(MeasurementsException.class, () -> read(""));

		assertEquals("m.json: empty: expected the JSON object journey measure writes", e.getMessage());
	}

	@Test
	void anotherFileThanMeasurementsIsAProblemAtSchema() throws IOException {
		ObjectNode json = golden();
		json.put("$schema", "https://www.journey.org/dsl/schema/journey-1.schema.json");

		MeasurementsException e = assertThrows(MeasurementsException.class, () -> read(json.toString()));

		assertTrue(e.problem().startsWith("$schema: expected \"" + MeasurementsReader.SCHEMA_ID + "\""), e.problem());
	}

	@Test
	void aNewerMajorVersionIsAProblem() throws IOException {
		ObjectNode json = golden();
		json.put("formatVersion", "2.0");

		MeasurementsException e = assertThrows(MeasurementsException.class, () -> read(json.toString()));

		assertTrue(e.problem().startsWith("formatVersion: expected a version 1.x, found \"2.0\""), e.problem());
	}

	@Test
	void aMissingKeyIsNamedByItsPath() throws IOException {
		ObjectNode json = golden();
		((ObjectNode) json.get("phases").get(2)).remove("users");

		MeasurementsException e = assertThrows(MeasurementsException.class, () -> read(json.toString()));

		assertEquals("phases[2].users: missing (every key of the schema is always present, null where there is no value)",
				e.problem());
	}

	@Test
	void aWrongTypeIsNamedWithWhatWasFound() throws IOException {
		ObjectNode json = golden();
		((ObjectNode) json.get("phases").get(1).get("touchpoints").get(0)).put("events", "many");

		MeasurementsException e = assertThrows(MeasurementsException.class, () -> read(json.toString()));

		assertEquals("phases[1].touchpoints[0].events: expected a whole number of 0 or more, found \"many\"", e.problem());
	}

	@Test
	void aNegativeCountIsAProblem() throws IOException {
		ObjectNode json = golden();
		((ObjectNode) json.get("events")).put("users", -1);

		MeasurementsException e = assertThrows(MeasurementsException.class, () -> read(json.toString()));

		assertEquals("events.users: expected a whole number of 0 or more, found -1", e.problem());
	}

	@Test
	void anUnknownStatusIsAProblem() throws IOException {
		ObjectNode json = golden();
		((ObjectNode) json.get("kpis").get(0)).put("status", "great");

		MeasurementsException e = assertThrows(MeasurementsException.class, () -> read(json.toString()));

		assertEquals("kpis[0].status: expected one of target-met, improving, off-track, no-target, no-data, found \"great\"",
				e.problem());
	}

	@Test
	void aWindowThatIsNoDateTimeIsAProblem() throws IOException {
		ObjectNode json = golden();
		((ObjectNode) json.get("window")).put("from", "March");

		MeasurementsException e = assertThrows(MeasurementsException.class, () -> read(json.toString()));

		assertEquals("window.from: expected a date-time such as 2026-03-01T00:00:00Z, or null, found \"March\"",
				e.problem());
	}

	@Test
	void theFileOfAnotherJourneyIsAProblem() throws IOException {
		MeasurementsException e = assertThrows(MeasurementsException.class,
				() -> MeasurementsReader.read(Files.newInputStream(FILE), "m.json", "golden.Other"));

		assertEquals("qualifiedName: the file measures journey golden.PassJourney, not golden.Other: each journey's "
				+ "file belongs in the folder named after it", e.problem());
	}

	@Test
	void keysALaterMinorVersionAddsAreIgnored() throws IOException {
		ObjectNode json = golden();
		json.put("formatVersion", "1.7");
		json.put("somethingNew", true);

		Actuals actuals = read(json.toString());

		assertEquals(4, actuals.phases().size());
	}

	@Test
	void theFolderFindsEachJourneyByItsQualifiedNameAndHasNothingForOthers() {
		MeasurementsFolder measurements = new MeasurementsFolder(MEASUREMENTS);

		assertEquals(4, measurements.actualsOf("golden.PassJourney").orElseThrow().kpis().size());
		assertTrue(measurements.actualsOf("golden.Unmeasured").isEmpty());
		assertEquals(MEASUREMENTS.resolve("golden.Unmeasured").resolve("measurements.json"),
				measurements.fileOf("golden.Unmeasured"));
	}

	@Test
	void theFolderNamesTheBrokenFile() throws IOException {
		Path file = folder.resolve("golden.PassJourney").resolve("measurements.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "[1, 2]");

		MeasurementsException e = assertThrows(MeasurementsException.class,
				() -> new MeasurementsFolder(folder).actualsOf("golden.PassJourney"));

		assertEquals(file.toString(), e.file());
		assertEquals("the file: expected a JSON object, found an array [1,2]", e.problem());
	}

	private static ObjectNode golden() throws IOException {
		return (ObjectNode) MAPPER.readTree(FILE.toFile());
	}

	private static Actuals read(String json) throws IOException {
		return MeasurementsReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "m.json", null);
	}
}
