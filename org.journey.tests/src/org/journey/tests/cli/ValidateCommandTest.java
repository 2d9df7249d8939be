package org.journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.journey.cli.JourneyCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.journey.tests.support.Repository;
import org.journey.tests.support.CliRunner;

/** journey validate, run through the CLI's entry point. Reads examples/ (journey.repository.root). */
class ValidateCommandTest {

	static final Path EXAMPLES = Repository.path("examples");

	@TempDir
	Path folder;

	private Path file(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void examplesAreValid() {
		CliRunner.Result result = CliRunner.run("validate", EXAMPLES.toString());

		assertEquals(JourneyCli.OK, result.exitCode(), result.out() + result.err());
		assertTrue(result.out().contains("6 files checked: 0 errors, 0 warnings, 0 info."), result.out());
	}

	/**
	 * The shared library alone: its KPIs count events that only the journeys importing it emit.
	 * That is no error of the library; the warnings say to validate it with its journeys.
	 */
	@Test
	void sharedLibraryValidatedAloneWarnsThatItsEventsComeFromTheJourneys() {
		Path library = EXAMPLES.resolve("shared").resolve("library.journey");

		CliRunner.Result result = CliRunner.run("validate", library.toString());

		assertEquals(JourneyCli.OK, result.exitCode(), result.out() + result.err());
		List<String> lines = result.out().lines().toList();
		assertTrue(lines.stream().anyMatch(line -> line.contains(": warning: No touchpoint in the files checked emits an event"
				+ " named 'purchase'. A library's KPIs count the events of the journeys that use it: validate the library"
				+ " together with them (journey validate <folder>/), or correct the name. [journey.unknown-event]")), result.out());
		assertTrue(lines.get(lines.size() - 1).startsWith("1 file checked: 0 errors, "), result.out());
	}

	@Test
	void problemsArePrintedWithLineColumnSeverityAndCode() throws IOException {
		Path model = file("bad.journey", "segment S\njourney J {\n    for S\n    phase P {\n        feeling 5\n    }\n}\n");

		CliRunner.Result result = CliRunner.run("validate", model.toString());

		assertEquals(JourneyCli.MODEL_ERRORS, result.exitCode());
		List<String> lines = result.out().lines().toList();
		assertTrue(lines.contains(model + ":5:17: error: Feeling 5 is off the scale: use -2 (very negative) to +2 (very positive)."
				+ " [journey.feeling-out-of-range]"), result.out());
		assertTrue(lines.contains(model + ":4:11: warning: Phase 'P' has no touchpoint: where does the customer meet you here?"
				+ " Add one, e.g. touchpoint Website { channel web }. [journey.phase-without-touchpoint]"), result.out());
		assertEquals("1 file checked: 1 error, 1 warning, 1 info.", lines.get(lines.size() - 1));
	}

	@Test
	void warningsFailOnlyWithWerror() throws IOException {
		Path model = file("warn.journey", "goal G\n");

		assertEquals(JourneyCli.OK, CliRunner.run("validate", model.toString()).exitCode());
		assertEquals(JourneyCli.MODEL_ERRORS, CliRunner.run("validate", "--werror", model.toString()).exitCode());
	}

	@Test
	void jsonFormatIsMachineReadable() throws IOException {
		Path model = file("bad.journey", "journey J { phase P { customer-goal \"x\" feeling 9 touchpoint T } }\n");

		CliRunner.Result result = CliRunner.run("validate", "--format", "json", model.toString());

		JsonNode report = new ObjectMapper().readTree(result.out());
		assertEquals(1, report.get("errors").asInt());
		JsonNode problem = report.get("problems").get(0);
		assertEquals("journey.feeling-out-of-range", problem.get("code").asText());
		assertEquals(1, problem.get("line").asInt());
		assertEquals(49, problem.get("column").asInt());
	}

	@Test
	void sarifLogListsEveryProblem() throws IOException {
		Path model = file("bad.journey", "journey J { phase P { customer-goal \"x\" feeling 9 touchpoint T } }\n");
		Path sarif = folder.resolve("out/journey.sarif");

		CliRunner.run("validate", "--sarif", sarif.toString(), model.toString());

		JsonNode log = new ObjectMapper().readTree(sarif.toFile());
		assertEquals("2.1.0", log.get("version").asText());
		JsonNode result = log.get("runs").get(0).get("results").get(0);
		assertEquals("journey.feeling-out-of-range", result.get("ruleId").asText());
		assertEquals("error", result.get("level").asText());
		JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
		assertEquals(Map.of("startLine", 1, "startColumn", 49),
				Map.of("startLine", region.get("startLine").asInt(), "startColumn", region.get("startColumn").asInt()));
	}

	@Test
	void missingPathIsAnIoErrorWithoutStackTrace() {
		CliRunner.Result result = CliRunner.run("validate", folder.resolve("nothere").toString());

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().startsWith("journey: no such file or folder: "), result.err());
		assertTrue(!result.err().contains("\tat "), result.err());
	}

	@Test
	void unknownOptionIsAUsageError() {
		CliRunner.Result result = CliRunner.run("validate", "--frobnicate", "x");

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().contains("Unknown option: '--frobnicate'"), result.err());
	}

	@Test
	void helpShowsExamplesAndExitCodes() {
		CliRunner.Result result = CliRunner.run("--help");

		assertEquals(JourneyCli.OK, result.exitCode());
		assertTrue(result.out().contains("Exit codes:"), result.out());
		assertTrue(result.out().contains("journey validate examples/"), result.out());
	}
}
