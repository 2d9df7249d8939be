package org.journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.journey.cli.JourneyCli;
import org.journey.cli.OutputFolder;
import org.journey.tests.support.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

	@TempDir
	Path folder;

	private static final String VALID = "package shop\n\nsegment S\n\njourney J {\n    for S\n    phase P {\n        customer-goal \"x\"\n        touchpoint T\n    }\n}\n";

	@Test
	void modelWithErrorsIsRefusedAndNothingIsWritten() throws IOException {
		Path model = folder.resolve("bad.journey");
		Files.writeString(model, "journey J { phase P { feeling 9 touchpoint T } }\n");
		Path out = folder.resolve("out");

		CliRunner.Result result = CliRunner.run("generate", model.toString(), "--out", out.toString());

		assertEquals(JourneyCli.MODEL_ERRORS, result.exitCode());
		assertTrue(result.err().contains("[journey.feeling-out-of-range]"), result.err());
		assertTrue(result.err().contains("nothing generated"), result.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void unknownTargetIsAUsageError() throws IOException {
		Path model = folder.resolve("ok.journey");
		Files.writeString(model, VALID);

		CliRunner.Result result = CliRunner.run("generate", model.toString(), "--out", folder.resolve("out").toString(),
				"--target", "pdf");

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().contains("Unknown target(s) pdf"), result.err());
	}

	@Test
	void everyFileLandsInTheJourneysFolderOrTheSharedDbtFolderBelowOut() throws IOException {
		Path model = folder.resolve("ok.journey");
		Files.writeString(model, VALID);
		Path out = folder.resolve("out");

		CliRunner.Result result = CliRunner.run("generate", model.toString(), "--out", out.toString());

		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		assertTrue(Files.isDirectory(out.resolve("shop.J")), result.out());
		try (Stream<Path> files = Files.walk(out)) {
			files.filter(Files::isRegularFile).forEach(file -> {
				// a dbt project is one namespace: its files are written for the project, in one folder;
				// the portfolio index of all journeys is the output's entry point, at its root
				assertTrue(file.startsWith(out.resolve("shop.J")) || file.startsWith(out.resolve("dbt"))
						|| file.equals(out.resolve("index.html")) || file.equals(out.resolve("index.md")), file.toString());
				assertFalse(file.getFileName().toString().endsWith(".tmp"), file.toString());
			});
		}
	}

	@Test
	void trackingSettingsCanBeOverriddenOnTheCommandLine() throws IOException {
		Path model = folder.resolve("ok.journey");
		Files.writeString(model, VALID.replace("touchpoint T", "touchpoint T { event shop_opened }")
				.replace("    for S\n", "    for S\n    pursues G\n")
				+ "\nkpi Opens { unit count baseline 1 target 10 formula count(shop_opened) }\n\ngoal G { kpis Opens }\n"
				+ "\ntracking {\n    ga4-measurement-id \"G-MODEL1234\"\n}\n");
		Path out = folder.resolve("out");

		CliRunner.Result result = CliRunner.run("generate", model.toString(), "--out", out.toString(), "--target",
				"gtm,snowplow,dbt", "--measurement-id", "G-CLI5678", "--snowplow-vendor", "com.cli",
				"--dbt-events-model", "fct_events");

		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		String container = Files.readString(out.resolve("shop.J/tracking/gtm-container.json"));
		assertTrue(container.contains("G-CLI5678") && !container.contains("G-MODEL1234"), container);
		assertTrue(Files.isRegularFile(out.resolve("shop.J/tracking/snowplow/schemas/com.cli/shop_opened/jsonschema/1-0-0")));
		Path semanticLayer = out.resolve("dbt/jx_semantic_layer.yml");
		assertTrue(Files.readString(semanticLayer).contains("ref('fct_events')"), semanticLayer.toString());
	}

	@Test
	void aJourneyWithoutMeasurementIdGeneratesWithAWarningAtTheJourneyNamingTheOptionsThatSetIt() throws IOException {
		Path model = folder.resolve("ok.journey");
		Files.writeString(model, VALID.replace("touchpoint T", "touchpoint T { event shop_opened }"));
		Path out = folder.resolve("out");

		CliRunner.Result result = CliRunner.run("generate", model.toString(), "--out", out.toString(), "--target", "gtm");

		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		List<String> warnings = result.err().lines().filter(line -> line.contains("[journey.generator.measurement-id-placeholder]"))
				.toList();
		assertEquals(1, warnings.size(), result.err());
		// the file as the command line shows paths: relative to the current folder when below it
		Path current = Path.of("").toAbsolutePath();
		Path file = model.toAbsolutePath().normalize();
		String shown = file.startsWith(current) ? current.relativize(file).toString() : file.toString();
		assertTrue(warnings.get(0).startsWith(shown + ":5:1: warning: Journey 'J' has no GA4 measurement ID"), warnings.get(0));
		assertTrue(warnings.get(0).endsWith(" [journey.generator.measurement-id-placeholder]")
				&& warnings.get(0).contains("--measurement-id") && warnings.get(0).contains("ga4-measurement-id"), warnings.get(0));
		assertTrue(Files.readString(out.resolve("shop.J/tracking/gtm-container.json")).contains("G-XXXXXXXXXX"));
	}

	@Test
	void aMeasurementIdOnTheCommandLineLeavesNothingToWarnAbout() throws IOException {
		Path model = folder.resolve("ok.journey");
		Files.writeString(model, VALID.replace("touchpoint T", "touchpoint T { event shop_opened }"));

		CliRunner.Result result = CliRunner.run("generate", model.toString(), "--out", folder.resolve("out").toString(),
				"--target", "gtm", "--measurement-id", "G-CLI5678");

		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		assertFalse(result.err().contains("measurement-id-placeholder"), result.err());
	}

	@Test
	void aNewDanishJourneyGetsSnowplowSchemasUnderItsPackageSpelledOut() throws IOException {
		Path model = folder.resolve("plakat.journey");
		CliRunner.run("new", "Plakat til væggen", "--model", "five-steps", "--language", "da", "-o", model.toString());
		Path out = folder.resolve("out");

		CliRunner.Result result = CliRunner.run("generate", model.toString(), "--out", out.toString(), "--target", "snowplow");

		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		assertEquals("", result.err(), "no warning: the package gives a vendor");
		assertTrue(result.out().contains("2 files generated"), result.out());
		assertTrue(Files.isRegularFile(out.resolve(
				"plakattilvæggen.PlakatTilVæggen/tracking/snowplow/schemas/plakattilvaeggen/journey_started/jsonschema/1-0-0")),
				result.out());
	}

	@Test
	void aPackageThatGivesNoVendorIsAWarningThatSaysHowToSetOne() throws IOException {
		Path model = folder.resolve("ok.journey");
		Files.writeString(model, VALID.replace("package shop", "package łŋ").replace("touchpoint T", "touchpoint T { event shop_opened }"),
				StandardCharsets.UTF_8);
		Path out = folder.resolve("out");

		CliRunner.Result result = CliRunner.run("generate", model.toString(), "--out", out.toString(), "--target", "snowplow");

		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		assertTrue(result.out().contains("0 files generated"), result.out());
		assertTrue(result.err().contains("[journey.generator.snowplow-no-vendor]") && result.err().contains("--snowplow-vendor"),
				result.err());
	}

	@Test
	void journeyNamesCannotCarryPathsOutOfTheOutputFolder() throws IOException {
		// a name is letters, digits and '_': path separators and ".." are syntax errors
		Path model = folder.resolve("evil.journey");
		Files.writeString(model, "package ..\n\njourney ../../etc { phase P { touchpoint T } }\n");
		Path out = folder.resolve("out");

		CliRunner.Result result = CliRunner.run("generate", model.toString(), "--out", out.toString());

		assertEquals(JourneyCli.MODEL_ERRORS, result.exitCode());
		assertTrue(result.err().contains("[journey.syntax-error]"), result.err());
		assertFalse(Files.exists(out));
		assertFalse(Files.exists(folder.resolve("etc")));
	}

	@Test
	void outputFolderRefusesPathsThatLeaveIt() {
		OutputFolder out = new OutputFolder(folder.resolve("out"));

		assertThrows(IllegalArgumentException.class, () -> out.generateFile("../../etc/passwd", "x"));
		assertThrows(IllegalArgumentException.class, () -> out.generateFile("/etc/passwd", "x"));
		assertThrows(IllegalArgumentException.class, () -> out.generateFile("a/../../b", "x"));
		assertFalse(Files.exists(folder.resolve("etc")));
	}

	@Test
	void outputFolderReplacesFilesWholeAndLeavesNoTemporaryFiles() throws IOException {
		Path out = folder.resolve("out");
		OutputFolder first = new OutputFolder(out);
		first.generateFile("j/report.html", "old");

		new OutputFolder(out).generateFile("j/report.html", "new content");

		assertArrayEquals("new content".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("j/report.html")));
		try (Stream<Path> files = Files.list(out.resolve("j"))) {
			assertEquals(1, files.count());
		}
	}

	@Test
	void interruptedWriteLeavesThePreviousFileIntact() throws IOException {
		Path out = folder.resolve("out");
		new OutputFolder(out).generateFile("j/report.html", "previous report");
		java.io.InputStream failsHalfway = new java.io.InputStream() {
			private int sent;

			@Override
			public int read() throws IOException {
				if (sent++ > 10) {
					throw new IOException("generation interrupted");
				}
				return 'x';
			}
		};

		assertThrows(RuntimeException.class, () -> new OutputFolder(out).generateFile("j/report.html", failsHalfway));

		assertEquals("previous report", Files.readString(out.resolve("j/report.html")));
		try (Stream<Path> files = Files.list(out.resolve("j"))) {
			assertEquals(1, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void watchRegeneratesWhenAJourneyFileChanges() throws Exception {
		Path models = Files.createDirectories(folder.resolve("models"));
		Path model = models.resolve("ok.journey");
		Files.writeString(model, VALID);
		Path out = folder.resolve("out");
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		PipedWriter pipe = new PipedWriter();
		PipedReader reader = new PipedReader(pipe, 1 << 16);
		Thread watcher = new Thread(() -> JourneyCli.run(new PrintWriter(pipe, true), new PrintWriter(new StringWriter()),
				"generate", models.toString(), "--out", out.toString(), "--watch"));
		Thread collector = new Thread(() -> {
			try {
				new java.io.BufferedReader(reader).lines().forEach(lines::add);
			} catch (java.io.UncheckedIOException watcherStopped) {
				// the pipe breaks when the interrupted watcher thread ends: that is the end of its output
			}
		});
		watcher.setDaemon(true);
		collector.setDaemon(true);
		watcher.start();
		collector.start();
		try {
			awaitLine(lines, "watching for changes");

			Files.writeString(model, VALID.replace("customer-goal \"x\"", "customer-goal \"changed\""));

			awaitLine(lines, "generated into");
		} finally {
			watcher.interrupt();
		}
	}

	private static void awaitLine(BlockingQueue<String> lines, String fragment) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			String line = lines.poll(1, TimeUnit.SECONDS);
			if (line != null && line.contains(fragment)) {
				return;
			}
		}
		throw new AssertionError("no line containing '" + fragment + "' within 30 s");
	}
}
