package org.journey.tests.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.journey.cli.JourneyCli;
import org.journey.tests.support.Repository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * journey measure --engine spark, Spark in local mode, against the embedded DuckDB engine on the
 * same data: both run the same SQL, so measurements.json must be the same bytes. One Spark
 * application serves every test (starting one takes seconds): the command line's Spark engine
 * finds it running and works in a session of its own.
 */
@Tag("slow")
class SparkMeasureTest {

	private static final Path RESOURCES = Path.of("resources", "measure");
	private static final String MASTER = "local[2]";

	private static SparkSession spark;

	@TempDir
	Path folder;

	record Run(int exitCode, String out, String err, Path outFolder) {

		String measurements(String journey) throws IOException {
			return Files.readString(outFolder.resolve(journey).resolve("measurements.json"));
		}
	}

	@BeforeAll
	static void startSpark() {
		spark = SparkSession.builder().master(MASTER).appName("journey tests").config("spark.ui.enabled", "false")
				.config("spark.sql.session.timeZone", "UTC")
				// the test data is small: planning, not data, is the time, and these settings halve it
				.config("spark.sql.shuffle.partitions", "1").config("spark.sql.adaptive.enabled", "false")
				.config("spark.sql.codegen.wholeStage", "false").getOrCreate();
	}

	@AfterAll
	static void stopSpark() {
		spark.stop();
	}

	@BeforeEach
	void copyResources() throws IOException {
		try (Stream<Path> files = Files.list(RESOURCES)) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
	}

	private Run cli(String outName, String... args) throws IOException {
		List<String> all = new ArrayList<>(List.of(args));
		Path out = folder.resolve(outName);
		if (all.get(0).equals("measure")) {
			all.addAll(List.of("--out", out.toString()));
		}
		StringWriter stdout = new StringWriter();
		StringWriter stderr = new StringWriter();
		int code = JourneyCli.run(new PrintWriter(stdout), new PrintWriter(stderr), all.toArray(String[]::new));
		return new Run(code, stdout.toString(), stderr.toString(), out);
	}

	/** Measures with DuckDB and with Spark; asserts both succeed and returns their measurements.json of the journey. */
	private List<String> bothEngines(String journey, List<String> models, String... options) throws IOException {
		List<String> duckdb = new ArrayList<>(List.of("measure"));
		duckdb.addAll(models);
		duckdb.addAll(List.of(options));
		List<String> sparkArgs = new ArrayList<>(duckdb);
		sparkArgs.addAll(List.of("--engine", "spark", "--master", MASTER));

		Run embedded = cli("duckdb", duckdb.toArray(String[]::new));
		Run onSpark = cli("spark", sparkArgs.toArray(String[]::new));

		assertEquals(JourneyCli.OK, embedded.exitCode(), embedded.err());
		assertEquals(JourneyCli.OK, onSpark.exitCode(), onSpark.err());
		assertEquals(embedded.out().replace(folder.resolve("duckdb").toString(), "OUT"),
				onSpark.out().replace(folder.resolve("spark").toString(), "OUT"));
		return List.of(embedded.measurements(journey), onSpark.measurements(journey));
	}

	@Test
	void handMadeJsonLinesMeasureTheSameOnBothEnginesWithHostileNamesInTheData() throws IOException {
		// events.jsonl has window edges, offsets, duplicates, users without id, malformed lines, a wrong
		// type and an event and a property named to break spliced SQL: it's; "quoted" -- and a'b; DROP TABLE
		List<String> measured = bothEngines("shop.Buying", List.of(folder.resolve("shop.journey").toString()), "--events",
				folder.resolve("events.jsonl").toString(), "--from", "2026-03-01", "--to", "2026-04-01");

		assertEquals(measured.get(0), measured.get(1));
		assertTrue(measured.get(1).contains("\"name\" : \"it's; \\\"quoted\\\" --\""), measured.get(1));
		assertTrue(measured.get(1).contains("\"malformedRows\" : 4"), measured.get(1));
	}

	@Test
	void ga4JsonLinesMeasureTheSameOnBothEngines() throws IOException {
		List<String> measured = bothEngines("shop.Buying", List.of(folder.resolve("shop.journey").toString()), "--events",
				folder.resolve("ga4.jsonl").toString());

		assertEquals(measured.get(0), measured.get(1));
		assertTrue(measured.get(1).contains("\"format\" : \"ga4\""), measured.get(1));
	}

	@Test
	void aSimulatedGa4ParquetLogOfAnExampleMeasuresTheSameOnBothEngines() throws IOException {
		Path root = Repository.root();
		List<String> models = List.of(root.resolve("examples/paintings").toString(), root.resolve("examples/shared").toString());
		// Parquet and GA4 here; plain JSON lines and GA4 JSON lines are the hand-made files above (a
		// model as large as this one is some 50 Spark queries: one format keeps the test short)
		for (String format : List.of("ga4-parquet")) {
			Path events = folder.resolve("events-" + format + (format.endsWith("parquet") ? ".parquet" : ".jsonl"));
			List<String> simulate = new ArrayList<>(List.of("simulate"));
			simulate.addAll(models);
			simulate.addAll(List.of("--users", "1000", "--seed", "16", "--format", format, "--out", events.toString()));
			Run simulated = cli("unused", simulate.toArray(String[]::new));
			assertEquals(JourneyCli.OK, simulated.exitCode(), simulated.err());

			List<String> measured = bothEngines("shop.paintings.PaintingsWebshop", models, "--events", events.toString());

			assertEquals(measured.get(0), measured.get(1), format);
			assertTrue(measured.get(1).contains("\"malformedRows\" : 0"), format + ": " + measured.get(1));
		}
	}

	@Test
	void csvOnSparkIsAUsageErrorThatSaysWhatToDo() throws IOException {
		Run run = cli("spark", "measure", folder.resolve("shop.journey").toString(), "--events",
				folder.resolve("events.csv").toString(), "--engine", "spark", "--master", MASTER);

		assertEquals(JourneyCli.USAGE_OR_IO, run.exitCode());
		assertTrue(run.err().contains("events.csv with --engine spark: Spark reads JSON lines and Parquet"), run.err());
		assertTrue(run.err().contains("convert it to Parquet"), run.err());
	}

	@Test
	void masterWithoutSparkAndAnUnknownEngineAreUsageErrors() throws IOException {
		String model = folder.resolve("shop.journey").toString();
		String events = folder.resolve("events.jsonl").toString();

		Run master = cli("a", "measure", model, "--events", events, "--master", "yarn");
		Run unknown = cli("b", "measure", model, "--events", events, "--engine", "hive");

		assertEquals(JourneyCli.USAGE_OR_IO, master.exitCode());
		assertEquals("journey: --master is for --engine spark; the duckdb engine runs in this process.\n", master.err());
		assertEquals(JourneyCli.USAGE_OR_IO, unknown.exitCode());
		assertEquals("journey: unknown engine 'hive': use duckdb or spark.\n", unknown.err());
	}
}
