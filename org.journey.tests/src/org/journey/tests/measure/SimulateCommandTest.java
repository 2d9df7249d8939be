package org.journey.tests.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.journey.cli.JourneyCli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

	private record Result(int exitCode, String out, String err) {
	}

	@TempDir
	Path folder;

	private Path model;

	@BeforeEach
	void writeModel() throws IOException {
		model = folder.resolve("plakater.journey");
		Files.writeString(model, SimulationModel.TEXT);
	}

	private static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = JourneyCli.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Result(code, out.toString(), err.toString());
	}

	private List<Path> filesInFolder() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	@Test
	void writesTheLogAndSaysWhatItWrotePerPhase() throws IOException {
		Path out = folder.resolve("events.jsonl");

		Result result = run("simulate", model.toString(), "--users", "400", "--seed", "3", "--out", out.toString(),
				"--from", "2026-03-01", "--days", "14");

		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		long lines;
		try (Stream<String> rows = Files.lines(out)) {
			lines = rows.count();
		}
		assertTrue(result.out().contains(": " + lines + " events of 400 users (jsonl, seed 3, 2026-03-01 + 14 days)"),
				result.out());
		assertTrue(result.out().contains("journey PlakatKøb:"), result.out());
		assertTrue(result.out().contains("  Opdag: 400 users, volume 10000"), result.out());
		assertTrue(result.out().contains("  Overvej: 400 users, 100.0% of the phase before (modelled 100.0%)"), result.out());
		assertTrue(result.out().contains("(modelled 25.0%), volume 2500"), result.out());
		assertTrue(result.out().contains("(modelled 20.0%), volume 500"), result.out());
		assertEquals(List.of(out, model), filesInFolder(), "no temporary file is left behind");
	}

	@Test
	void theFormatComesFromTheExtensionOrTheOption() throws IOException {
		Path csv = folder.resolve("events.csv");
		Path ga4 = folder.resolve("export.json");

		Result fromExtension = run("simulate", model.toString(), "--users", "20", "--out", csv.toString());
		Result fromOption = run("simulate", model.toString(), "--users", "20", "--format", "ga4-jsonl", "--out", ga4.toString());

		assertEquals(JourneyCli.OK, fromExtension.exitCode(), fromExtension.err());
		assertTrue(Files.readString(csv).startsWith("event_name,user_id,timestamp,properties\n"));
		assertEquals(JourneyCli.OK, fromOption.exitCode(), fromOption.err());
		assertTrue(Files.readString(ga4).startsWith("{\"event_name\":"), Files.readString(ga4));
		assertTrue(Files.readString(ga4).contains("\"event_params\":[{\"key\":"));
	}

	@Test
	void aBadNumberOfUsersIsAUsageError() throws IOException {
		Path out = folder.resolve("events.jsonl");

		Result zero = run("simulate", model.toString(), "--users", "0", "--out", out.toString());
		Result text = run("simulate", model.toString(), "--users", "many", "--out", out.toString());

		assertEquals(JourneyCli.USAGE_OR_IO, zero.exitCode());
		assertTrue(zero.err().contains("--users must be at least 1, not 0"), zero.err());
		assertEquals(JourneyCli.USAGE_OR_IO, text.exitCode());
		assertTrue(text.err().contains("'many'"), text.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void anUnknownFormatOrAnUnknownExtensionIsAUsageError() {
		Result format = run("simulate", model.toString(), "--users", "5", "--format", "avro", "--out",
				folder.resolve("events.avro").toString());
		Result extension = run("simulate", model.toString(), "--users", "5", "--out", folder.resolve("events.txt").toString());

		assertEquals(JourneyCli.USAGE_OR_IO, format.exitCode());
		assertTrue(format.err().contains("unknown --format avro; known: jsonl, csv, parquet, ga4-jsonl, ga4-parquet"),
				format.err());
		assertEquals(JourneyCli.USAGE_OR_IO, extension.exitCode());
		assertTrue(extension.err().contains("cannot tell the format from events.txt"), extension.err());
	}

	@Test
	void aBadDateIsAUsageErrorThatShowsTheForm() {
		Result result = run("simulate", model.toString(), "--users", "5", "--from", "1/3/2026", "--out",
				folder.resolve("events.jsonl").toString());

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().contains("'1/3/2026' is not a date: write yyyy-mm-dd"), result.err());
	}

	@Test
	void anUnwritableOutIsAnIoErrorWithoutAStackTrace() throws IOException {
		// a path below a regular file cannot be created, whoever runs the test (root ignores permissions)
		Path file = folder.resolve("not-a-folder");
		Files.writeString(file, "x");
		Path out = file.resolve("events.jsonl");

		Result result = run("simulate", model.toString(), "--users", "5", "--out", out.toString());

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().startsWith("journey: cannot write "), result.err());
		assertTrue(result.err().contains("events.jsonl: "), result.err());
		assertTrue(result.err().contains("not-a-folder is a file, not a folder"), result.err());
		assertFalse(result.err().contains("\tat "), result.err());
	}

	@Test
	void aFolderAsOutIsRefused() throws IOException {
		Path out = Files.createDirectory(folder.resolve("logs"));

		Result result = run("simulate", model.toString(), "--users", "5", "--format", "jsonl", "--out", out.toString());

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().contains("is a folder: --out names the file to write"), result.err());
		assertTrue(Files.isDirectory(out));
	}

	@Test
	void aModelWithErrorsIsRefusedAndNothingIsWritten() throws IOException {
		Files.writeString(model, "journey J { phase P { feeling 9 touchpoint T } }\n");
		Path out = folder.resolve("events.jsonl");

		Result result = run("simulate", model.toString(), "--users", "5", "--out", out.toString());

		assertEquals(JourneyCli.MODEL_ERRORS, result.exitCode());
		assertTrue(result.err().contains("[journey.feeling-out-of-range]"), result.err());
		assertTrue(result.err().contains("nothing simulated"), result.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void anUnknownJourneyIsNamedInTheMessage() {
		Result result = run("simulate", model.toString(), "--users", "5", "--journey", "Køb", "--out",
				folder.resolve("events.jsonl").toString());

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().contains("no journey named Køb in"), result.err());
	}
}
