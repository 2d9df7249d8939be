package org.journey.tests.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.journey.tests.robustness.OutputFileSafetyTest.MODEL;
import static org.journey.tests.support.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.journey.cli.JourneyCli;
import org.journey.dsl.resource.JourneyResource;
import org.journey.tests.support.CliRunner;
import org.journey.tests.support.TestFiles;
import org.journey.tests.support.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Command lines a tester (or an attacker's model) would try: paths that are not models, a FIFO,
 * files over the size limit or not UTF-8, control characters and Jinja in the model, option
 * values that would reach SQL. Each gets a clear message and its exit code, never a trace, a hang
 * or live code in an output.
 */
class HostileCommandLineTest {

	@TempDir
	Path folder;

	@Test
	void aPathWithoutTheJourneyExtensionIsAClearMessage() throws IOException {
		Path notes = write("notes.txt", MODEL);

		Result run = run("validate", notes.toString());

		assertEquals(JourneyCli.USAGE_OR_IO, run.exitCode());
		assertEquals("journey: " + notes + " is not a .journey file; name .journey files or folders\n", run.err());
		CliRunner.assertNoStackTrace(run);
	}

	/** Today's code blocks forever reading the FIFO; the timeout turns that hang into a failure. */
	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aFifoNamedOnTheCommandLineIsRefusedWithoutBlocking() throws Exception {
		Path fifo = folder.resolve("pipe.journey");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

		Result validation = run("validate", fifo.toString());
		Result formatting = run("format", fifo.toString());

		assertEquals(JourneyCli.USAGE_OR_IO, validation.exitCode());
		assertEquals("journey: " + fifo + " is not a regular file; name .journey files or folders\n", validation.err());
		assertEquals(validation, formatting);
	}

	@Test
	void formatOnAFileOverTheSizeLimitSaysWhyItIsNotFormatted() throws IOException {
		// given a file just over the limit
		Path file = folder.resolve("huge.journey");
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] segment = "segment S%07d { share 0%% }\n".formatted(0).getBytes(UTF_8);
			for (int i = 0; i <= JourneyResource.MAX_FILE_BYTES / segment.length; i++) {
				out.write("segment S%07d { share 0%% }\n".formatted(i).getBytes(UTF_8));
			}
		}

		Result run = run("format", file.toString());

		assertEquals(JourneyCli.MODEL_ERRORS, run.exitCode(), run.err());
		assertTrue(run.err().startsWith(file + ": not formatted: This file is larger than " + (JourneyResource.MAX_FILE_BYTES >> 20)
				+ " MB, too large to read"), run.err());
		CliRunner.assertNoStackTrace(run);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Buying\\npaintings|Buying\\x0Apaintings", "Buying\\rpaintings|Buying\\x0Dpaintings",
			"Buying\\u001b[2Jpaintings|Buying\\x1B[2Jpaintings" })
	void newRefusesANameWithALineBreakOrAControlCharacter(String written, String shown) {
		String name = written.replace("\\n", "\n").replace("\\r", "\r").replace("\\u001b", "\u001b");
		Path file = folder.resolve("new.journey");

		Result run = run("new", name, "--model", "funnel", "-o", file.toString());

		assertEquals(JourneyCli.USAGE_OR_IO, run.exitCode());
		assertTrue(run.err().startsWith("the journey's NAME '" + shown
				+ "' must be one line of text, without line breaks or other control characters\n"), run.err());
		assertFalse(Files.exists(file));
	}

	@Test
	void invalidUtf8InsideAStringIsAPositionedErrorOfValidateAndFormat() throws IOException {
		// given a Latin-1 'ø' (one byte 0xF8) inside a title, where the parser would take any character
		byte[] latin1 = OutputFileSafetyTest.UNFORMATTED.replace("\"Find it\"", "\"Find the køb\"")
				.getBytes(StandardCharsets.ISO_8859_1);
		Path file = folder.resolve("latin1.journey");
		Files.write(file, latin1);
		String expected = file + ":22:34: error: This file is not UTF-8: byte 0xF8 at byte offset 319 is not a UTF-8 character"
				+ " (a file saved as Latin-1 or Windows-1252?). Save the file as UTF-8. [journey.invalid-utf8]";

		Result validation = run("validate", file.toString());
		Result formatting = run("format", file.toString());

		assertEquals(JourneyCli.MODEL_ERRORS, validation.exitCode(), validation.out());
		assertEquals(List.of(expected, "1 file checked: 1 error, 0 warnings, 0 info."), validation.out().lines().toList());
		assertEquals(JourneyCli.MODEL_ERRORS, formatting.exitCode(), formatting.err());
		assertEquals(List.of(expected, file + ": not formatted: it is not UTF-8"), formatting.err().lines().toList());
		assertTrue(java.util.Arrays.equals(latin1, Files.readAllBytes(file)), "format changed the file");
	}

	@Test
	void controlCharactersFromTheModelAreEscapedInTerminalOutput() throws IOException {
		// given a measurement ID that clears the screen, sets the window title, colours and reverses text
		String hostile = "\u001b[2J\u001b]0;owned\u0007\u001b[32mOK\u009b\u007f\u202e";
		Path file = write("shop.journey", MODEL + "tracking { ga4-measurement-id \"" + hostile + "\" }\n");

		Result run = run("validate", file.toString());

		assertEquals(JourneyCli.OK, run.exitCode(), run.out());
		assertTrue(run.out().contains("'\\x1B[2J\\x1B]0;owned\\x07\\x1B[32mOK\\x9B\\x7F\\u202E' does not look like a GA4 measurement ID"),
				run.out());
		assertTrue(run.out().chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c == 0x202e), run.out());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"--dbt-timestamp|ts; drop table x|a lower-case snake_case column name (letters, digits, '_')",
			"--dbt-entity|user_id) or (1=1|a lower-case snake_case column name (letters, digits, '_')",
			"--dbt-events-model|events') }}{{ env_var('HOME')|a lower-case snake_case dbt model name (letters, digits, '_')",
			"--snowplow-vendor|com/../../etc|an Iglu vendor: letters, digits, '-' and '_' in parts separated by single dots, usually a reversed domain such as com.example",
			"--snowplow-vendor|com..example|an Iglu vendor: letters, digits, '-' and '_' in parts separated by single dots, usually a reversed domain such as com.example" })
	void anInvalidTrackingOptionIsAUsageErrorAndNothingIsWritten(String option, String value, String expected) throws IOException {
		Path model = write("shop.journey", MODEL);
		Path out = folder.resolve("out");

		Result run = run("generate", model.toString(), "--out", out.toString(), option, value);

		assertEquals(JourneyCli.USAGE_OR_IO, run.exitCode(), run.err());
		assertTrue(run.err().startsWith(option + " '" + value + "' is not valid: give " + expected + ".\n"), run.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void jinjaInTitlesAndDescriptionsReachesDbtAsTextNotAsJinja() throws IOException {
		// given a KPI title and description and a journey title that dbt would run as Jinja
		String model = MODEL.replace("kpi Sales \"Sales\" {", "kpi Sales \"{{ env_var('HOME') }} {% raw %} {# c #}\" {\n    description \"{{ 7*7 }}\"")
				.replace("journey Buying \"Buying\"", "journey Buying \"Buying {{ target.name }}\"");
		Path out = folder.resolve("out");

		Result run = run("generate", write("shop.journey", model).toString(), "--out", out.toString(), "--target", "dbt");

		// then each opening delimiter is a Jinja expression printing it: dbt renders the text back to itself
		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		JsonNode yaml = new YAMLMapper().readTree(out.resolve("dbt/buying_semantic_layer.yml").toFile());
		JsonNode metric = yaml.get("metrics").get(0);
		assertEquals("{{ '{{' }} env_var('HOME') }} {{ '{%' }} raw %} {{ '{#' }} c #} (Buying)",
				metric.get("label").asText());
		assertTrue(metric.get("description").asText().startsWith("{{ '{{' }} 7*7 }}. Formula: "), metric.get("description").asText());
		assertEquals("Tracked events of the journey \"Buying {{ '{{' }} target.name }}\", one row per event. Generated by Journey"
				+ " from the KPI formulas.", yaml.get("semantic_models").get(0).get("description").asText());
	}

	@Test
	void ga4CsvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
		// given event and parameter descriptions starting with each character that starts a formula
		String model = MODEL.replace("event viewed {", "event viewed \"=HYPERLINK(1)\" {")
				.replace("id: string required", "id: string required \"+1\", a: string \"-1\", b: string \"@SUM(1)\", c: string \"\\tx\"")
				.replace("event paid {", "event paid \"\\r=1\" {");
		Path out = folder.resolve("out");

		Result run = run("generate", write("shop.journey", model).toString(), "--out", out.toString(), "--target", "ga4");

		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		String csv = Files.readString(out.resolve("shop.Buying/tracking/ga4-measurement-plan.csv"), UTF_8);
		List<String> cells;
		try (Stream<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.replace("\uFEFF", ""))).stream()) {
			cells = records.flatMap(CSVRecord::stream).toList();
		}
		assertTrue(cells.containsAll(List.of("'=HYPERLINK(1)", "'+1", "'-1", "'@SUM(1)", "'\tx", "'\r=1")), cells.toString());
		assertTrue(cells.stream().noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0), cells.toString());
	}

	private Path write(String name, String text) throws IOException {
		return TestFiles.write(folder, name, text);
	}
}
