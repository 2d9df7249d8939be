package org.journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.journey.cli.JourneyCli;
import org.journey.tests.support.Repository;
import org.journey.tests.support.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code journey generate --measurements DIR}: the whole chain on an example (simulate, measure,
 * generate), a journey the folder has no file for, a broken file, a folder that is not there.
 */
class GenerateWithMeasurementsTest {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final Path ACTUALS = Path.of("resources", "golden", "actuals");

	@TempDir
	Path folder;

	@Test
	void simulatedEventsMeasuredShowInTheReports() throws IOException {
		// given: a small simulated log of the paintings example, measured
		String paintings = Repository.path("examples/paintings").toString();
		String shared = Repository.path("examples/shared").toString();
		Path events = folder.resolve("events.jsonl");
		Path measure = folder.resolve("measure");
		Path out = folder.resolve("out");
		CliRunner.Result simulated = CliRunner.run("simulate", paintings, shared, "--users", "200", "--seed", "5", "--out",
				events.toString());
		assertEquals(JourneyCli.OK, simulated.exitCode(), simulated.err());
		CliRunner.Result measured = CliRunner.run("measure", paintings, shared, "--events", events.toString(), "--out",
				measure.toString());
		assertEquals(JourneyCli.OK, measured.exitCode(), measured.err());

		// when
		CliRunner.Result generated = CliRunner.run("generate", paintings, shared, "--out", out.toString(), "--target",
				"html,markdown,json", "--measurements", measure.toString());

		// then: every measured journey's reports carry its actuals, the JSON exactly the measured numbers
		assertEquals(JourneyCli.OK, generated.exitCode(), generated.err());
		assertFalse(generated.err().contains("measurements-missing"), generated.err());
		int journeys = 0;
		try (Stream<Path> measuredFolders = Files.list(measure)) {
			for (Path journeyFolder : measuredFolders.filter(Files::isDirectory).toList()) {
				journeys++;
				JsonNode measurements = MAPPER.readTree(journeyFolder.resolve("measurements.json").toFile());
				Path reports = out.resolve(journeyFolder.getFileName());
				JsonNode actuals = MAPPER.readTree(reports.resolve("journey.json").toFile()).get("actuals");
				assertEquals(measurements.get("events").get("users"), actuals.get("users"));
				assertEquals(measurements.get("phases").size(), actuals.get("phases").size());
				for (int i = 0; i < measurements.get("phases").size(); i++) {
					assertEquals(measurements.get("phases").get(i).get("users"), actuals.get("phases").get(i).get("users"));
				}
				for (int i = 0; i < measurements.get("kpis").size(); i++) {
					assertEquals(measurements.get("kpis").get(i).get("status"), actuals.get("kpis").get(i).get("status"));
				}
				String html = Files.readString(reports.resolve("journey-map.html"));
				assertTrue(html.contains("<section class=\"report-section\" id=\"tracking\">"), "tracking coverage section");
				String markdown = Files.readString(reports.resolve("journey-map.md"));
				assertTrue(markdown.contains("## Tracking coverage"), markdown);
			}
		}
		assertTrue(journeys > 0, "measure wrote no journey: " + measured.out());
	}

	@Test
	void aJourneyWithoutMeasurementsIsGeneratedAndWarnedAbout() throws IOException {
		// given: the measured journey, and one more in a second file that the folder has no file for
		Path measured = folder.resolve("pass.journey");
		Files.copy(ACTUALS.resolve("actuals.journey"), measured);
		Path unmeasured = folder.resolve("other.journey");
		Files.writeString(unmeasured, "package golden\n\njourney Unmeasured {\n    phase P {\n        customer-goal \"x\"\n"
				+ "        touchpoint T\n    }\n}\n");

		// when
		CliRunner.Result result = CliRunner.run("generate", measured.toString(), unmeasured.toString(), "--out",
				folder.resolve("out").toString(), "--target", "json", "--measurements",
				ACTUALS.resolve("measurements").toString());

		// then
		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		assertTrue(result.err().contains(":3:1: warning: No measurements of journey 'Unmeasured' in "), result.err());
		assertTrue(result.err().contains("[journey.generator.measurements-missing]"), result.err());
		assertFalse(MAPPER.readTree(folder.resolve("out/golden.Unmeasured/journey.json").toFile()).has("actuals"));
		assertTrue(MAPPER.readTree(folder.resolve("out/golden.PassJourney/journey.json").toFile()).has("actuals"));
	}

	@Test
	void aBrokenFileStopsTheRunBeforeAnythingIsWritten() throws IOException {
		// given
		Path model = folder.resolve("pass.journey");
		Files.copy(ACTUALS.resolve("actuals.journey"), model);
		Path measurements = folder.resolve("measure");
		Path file = measurements.resolve("golden.PassJourney").resolve("measurements.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, Files.readString(ACTUALS.resolve("measurements/golden.PassJourney/measurements.json"))
				.replace("\"users\": 1000", "\"users\": \"many\""));
		Path out = folder.resolve("out");

		// when
		CliRunner.Result result = CliRunner.run("generate", model.toString(), "--out", out.toString(), "--measurements",
				measurements.toString());

		// then
		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().startsWith("journey: " + file + ": events.users: expected a whole number of 0 or more, "
				+ "found \"many\"\n"), result.err());
		assertTrue(result.err().contains("nothing generated"), result.err());
		assertFalse(result.err().contains("Exception"), result.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void aMeasurementsFolderThatIsNotThereIsAUsageError() throws IOException {
		Path model = folder.resolve("pass.journey");
		Files.copy(ACTUALS.resolve("actuals.journey"), model);

		CliRunner.Result result = CliRunner.run("generate", model.toString(), "--out", folder.resolve("out").toString(),
				"--measurements", folder.resolve("nowhere").toString());

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().startsWith("journey: --measurements " + folder.resolve("nowhere") + ": no such folder."),
				result.err());
		assertFalse(Files.exists(folder.resolve("out")));
	}
}
