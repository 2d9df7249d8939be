package org.journey.tests.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.journey.tests.support.CliRunner.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.journey.cli.JourneyCli;
import org.journey.dsl.resource.JourneyResource;
import org.journey.tests.support.CliRunner;
import org.journey.tests.support.TestFiles;
import org.journey.tests.support.Slow;
import org.journey.tests.support.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files as they come from other tools and other hands, read through the command line as CI does:
 * line endings of every platform, tabs, NUL bytes, malformed UTF-8, names of 10,000 characters,
 * files of 50 MB. Each gives correct output or a clear, positioned message; none a stack trace,
 * a stack overflow or an out-of-memory error. (In-memory parsing of random bytes, a BOM,
 * truncations and deep nesting: parser/BadInputTest and parser/DeepNestingTest.)
 */
class HostileInputTest {

	private static final String MODEL = """
			package shop

			segment Buyers "Buyers" { share 50% }

			kpi Sales "Sales" {
			    unit count
			    baseline 10
			    target 20
			    formula count(paid) / count(viewed)
			}

			goal More { kind new-sales kpis Sales }

			journey Buying "Buying" {
			    for Buyers
			    pursues More
			    phase Look {
			        customer-goal "Find it"
			        volume 100
			        touchpoint Page { channel web online serves Buyers event viewed { id: string required } }
			    }
			    phase Pay {
			        customer-goal "Pay"
			        volume 50
			        touchpoint Checkout { channel web online serves Buyers event paid { amount: number } }
			    }
			}
			""";

	@TempDir
	Path folder;


	@Test
	void everyPlatformsLineEndingsGiveTheSameProblemsAtTheSameLinesAndTheSameOutput() throws IOException {
		// given the model with a mistake on line 18 (feeling 9), saved with \n, \r\n and \r
		String broken = MODEL.replace("customer-goal \"Find it\"", "customer-goal \"Find it\" feeling 9");
		Map<String, String> endings = Map.of("lf", "\n", "crlf", "\r\n", "cr", "\r");
		Map<String, String> problems = new TreeMap<>();
		Map<String, Map<String, String>> outputs = new TreeMap<>();
		for (Map.Entry<String, String> ending : endings.entrySet()) {
			Path file = write(ending.getKey() + "/shop.journey", broken.replace("\n", ending.getValue()));
			Path clean = write(ending.getKey() + "-clean/shop.journey", MODEL.replace("\n", ending.getValue()));

			// when each is validated, and the clean one generated
			Result validation = run("validate", file.toString());
			Result generation = run("generate", clean.toString(), "--out", folder.resolve("out-" + ending.getKey()).toString());

			assertEquals(JourneyCli.MODEL_ERRORS, validation.exitCode(), validation.out());
			assertEquals(JourneyCli.OK, generation.exitCode(), generation.err());
			problems.put(ending.getKey(), validation.out().replace(file.toString(), "shop.journey"));
			outputs.put(ending.getKey(), contents(folder.resolve("out-" + ending.getKey())));
		}

		// then the problem is on line 18 whatever the line ending, and the generated files are the same bytes
		assertTrue(problems.get("lf").contains("shop.journey:18:"), problems.get("lf"));
		assertEquals(problems.get("lf"), problems.get("crlf"));
		assertEquals(problems.get("lf"), problems.get("cr"));
		assertFalse(outputs.get("lf").isEmpty());
		assertEquals(outputs.get("lf"), outputs.get("crlf"));
		assertEquals(outputs.get("lf"), outputs.get("cr"));
	}

	@Test
	void tabsIndentAsWellAsSpacesAndCountAsOneColumn() throws IOException {
		String tabbed = MODEL.replace("    ", "\t");
		Path file = write("tabs.journey", tabbed.replace("volume 50", "volume 50 feeling 9"));

		Result run = run("validate", file.toString());

		// "\t\tvolume 50 feeling " is 20 characters: the 9 is in column 21
		assertEquals(JourneyCli.MODEL_ERRORS, run.exitCode());
		assertTrue(run.out().contains("tabs.journey:24:21: error"), run.out());
		assertTrue(run.out().contains("1 error, 0 warnings"), run.out());
	}

	@ParameterizedTest
	@ValueSource(strings = { "segment Buyers\u0000 \"Buyers\"", "\u0000package shop", "segment Buyers \"Buy\u0000ers\"" })
	void nulBytesAreAPositionedErrorOrKeptText(String replacement) throws IOException {
		// given a NUL byte between tokens, at the start of the file, or inside a string
		String text = MODEL.replaceFirst(replacement.contains("package") ? "package shop" : "segment Buyers \"Buyers\"", replacement);
		Path file = write("nul.journey", text);

		Result run = run("validate", file.toString());

		if (replacement.contains("\"Buy\u0000ers\"")) {
			// a NUL inside a string is text like any other
			assertEquals(JourneyCli.OK, run.exitCode(), run.out());
		} else {
			int line = replacement.contains("package") ? 1 : 3;
			assertEquals(JourneyCli.MODEL_ERRORS, run.exitCode(), run.out());
			assertTrue(run.out().contains("nul.journey:" + line + ":"), run.out());
		}
		CliRunner.assertNoStackTrace(run);
	}

	@Test
	void malformedUtf8IsReadAsReplacementCharactersWithAPositionedError() throws IOException {
		// given a Latin-1 file (the 'ø' is one byte 0xF8, not UTF-8) where a name is expected
		byte[] latin1 = MODEL.replace("segment Buyers", "segment Købere").replace("for Buyers", "for Købere")
				.replace("serves Buyers", "serves Købere").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		Path file = folder.resolve("latin1.journey");
		Files.write(file, latin1);

		Result run = run("validate", file.toString());

		assertEquals(JourneyCli.MODEL_ERRORS, run.exitCode(), run.out());
		assertTrue(run.out().contains("latin1.journey:3:10: error"), run.out());
		CliRunner.assertNoStackTrace(run);
	}

	@Test
	void tenThousandCharacterNamesAndTextsAreReadValidatedAndGenerated() throws IOException {
		// given names and texts of 10,000 characters (the journey's name stays short: it names a folder)
		String longName = "Segment" + "x".repeat(10_000 - "Segment".length());
		String longText = "word ".repeat(2_000);
		Path file = write("long.journey", MODEL.replace("Buyers", longName).replace("\"Find it\"", "\"" + longText + "\""));

		Result validation = run("validate", file.toString());
		Result generation = run("generate", file.toString(), "--out", folder.resolve("out").toString());

		assertEquals(JourneyCli.OK, validation.exitCode(), validation.out());
		assertEquals(JourneyCli.OK, generation.exitCode(), generation.err());
		assertTrue(Files.readString(folder.resolve("out/shop.Buying/journey-map.html")).contains(longName));
	}

	@Test
	void journeyNameTooLongForAFileNameIsAClearErrorWithoutAStackTrace() throws IOException {
		// given a journey whose name (the name of its output folder) is longer than file systems allow
		Path file = write("long.journey", MODEL.replace("journey Buying", "journey Buying" + "x".repeat(10_000)));

		Result run = run("generate", file.toString(), "--out", folder.resolve("out").toString());

		assertEquals(JourneyCli.USAGE_OR_IO, run.exitCode(), run.err());
		assertTrue(run.err().startsWith("journey: cannot write "), run.err());
		CliRunner.assertNoStackTrace(run);
	}

	@Test
	@Slow
	void fiftyMegabyteFileIsOneClearErrorNotAnOutOfMemoryError() throws IOException {
		// given a 50 MB file of valid segments (the limit keeps the model within a build's memory)
		Path file = folder.resolve("huge.journey");
		byte[] segment = "segment S%07d \"A segment\" { share 0%% }\n".formatted(0).getBytes(UTF_8);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int i = 0; i < 50 * (1 << 20) / segment.length + 1; i++) {
				out.write("segment S%07d \"A segment\" { share 0%% }\n".formatted(i).getBytes(UTF_8));
			}
		}
		assertTrue(Files.size(file) > 50L << 20);

		Result run = run("validate", file.toString());

		// then it is refused with one error at its start that says why and what to do
		assertEquals(JourneyCli.MODEL_ERRORS, run.exitCode(), run.out());
		assertTrue(run.out().contains("huge.journey:1:1: error: This file is larger than " + (JourneyResource.MAX_FILE_BYTES >> 20)
				+ " MB"), run.out());
		assertTrue(run.out().contains("Split it into several files") && run.out().contains("[journey.file-too-large]"), run.out());
		assertTrue(run.out().contains("1 error, 0 warnings"), run.out());
	}

	private Path write(String name, String text) throws IOException {
		return TestFiles.write(folder, name, text);
	}


	/** Every file below the folder, by relative path, as text. */
	private static Map<String, String> contents(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString(), Files.readString(file, UTF_8));
			}
		}
		return files;
	}
}
