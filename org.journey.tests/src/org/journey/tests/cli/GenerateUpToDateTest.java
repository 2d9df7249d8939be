package org.journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.journey.cli.JourneyCli;
import org.journey.tests.support.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code journey generate} skips a journey whose inputs did not change since the last run into the
 * same --out: its files, the files it depends on, the options. {@code --force} generates it anyway,
 * and a missing output file makes it generated again.
 */
class GenerateUpToDateTest {

	private static final String LIBRARY = """
			package lib

			segment Buyers { share 60% }
			""";

	private static final String SHOP = """
			package shop
			import lib.*

			journey Buying {
			    for Buyers
			    phase Attract {
			        customer-goal "Get inspired"
			        touchpoint Ad { channel social serves Buyers }
			    }
			}
			""";

	private static final String SOLO = """
			package other

			segment Walkers

			journey Solo {
			    for Walkers
			    phase Stroll {
			        customer-goal "Look around"
			        touchpoint Window
			    }
			}
			""";

	/** Long ago: a file that still has this time was not written again. */
	private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

	@TempDir
	Path folder;

	private Path models;
	private Path out;

	@BeforeEach
	void firstRun() throws IOException {
		models = Files.createDirectories(folder.resolve("models"));
		out = folder.resolve("out");
		Files.writeString(models.resolve("lib.journey"), LIBRARY);
		Files.writeString(models.resolve("shop.journey"), SHOP);
		Files.writeString(models.resolve("solo.journey"), SOLO);
		CliRunner.Result first = generate();
		assertFalse(first.out().contains("up to date"), first.out());
		assertTrue(Files.isRegularFile(out.resolve("shop.Buying/.journey-generated")), first.out());
		assertFalse(first.out().contains(".journey-generated"), "the stamps are not listed: " + first.out());
		ageEveryFile();
	}

	@Test
	void unchangedJourneysAreSkippedAndTheirFilesLeftUntouched() throws IOException {
		CliRunner.Result again = generate();

		assertTrue(again.out().contains("2 journeys were up to date and not generated again (--force generates them, and repeats their generator warnings)."),
				again.out());
		assertFalse(again.out().contains("shop.Buying"), again.out());
		assertFalse(again.out().contains("other.Solo"), again.out());
		assertEquals(List.of(), filesNewerThanOld("shop.Buying"));
		assertEquals(List.of(), filesNewerThanOld("other.Solo"));
	}

	@Test
	void aChangedFileRegeneratesItsJourneyOnly() throws IOException {
		Files.writeString(models.resolve("shop.journey"), SHOP.replace("Get inspired", "Get ideas"));

		CliRunner.Result again = generate();

		assertTrue(again.out().contains("1 journey was up to date"), again.out());
		assertTrue(again.out().contains("shop.Buying/"), again.out());
		assertFalse(again.out().contains("other.Solo/"), again.out());
		assertFalse(filesNewerThanOld("shop.Buying").isEmpty());
		assertEquals(List.of(), filesNewerThanOld("other.Solo"));
	}

	@Test
	void aChangedFileThatTheJourneyReferencesRegeneratesIt() throws IOException {
		Files.writeString(models.resolve("lib.journey"), LIBRARY.replace("share 60%", "share 70%"));

		CliRunner.Result again = generate();

		assertTrue(again.out().contains("shop.Buying/"), again.out());
		assertFalse(again.out().contains("other.Solo/"), "Solo does not use the library: " + again.out());
		assertTrue(again.out().contains("1 journey was up to date"), again.out());
	}

	@Test
	void aChangedOptionRegeneratesEveryJourney() throws IOException {
		CliRunner.Result again = generate("--measurement-id", "G-1A2B3C4D5E");

		assertFalse(again.out().contains("up to date"), again.out());
		assertTrue(again.out().contains("shop.Buying/"), again.out());
		assertTrue(again.out().contains("other.Solo/"), again.out());
	}

	@Test
	void forceRegeneratesEveryJourney() throws IOException {
		CliRunner.Result again = generate("--force");

		assertFalse(again.out().contains("up to date"), again.out());
		assertTrue(again.out().contains("shop.Buying/"), again.out());
		assertTrue(again.out().contains("other.Solo/"), again.out());
	}

	@Test
	void aDeletedOutputFileRegeneratesItsJourney() throws IOException {
		Path report = out.resolve("shop.Buying/journey-map.md");
		assertTrue(Files.isRegularFile(report), "the markdown map is at " + report);
		Files.delete(report);

		CliRunner.Result again = generate();

		assertTrue(Files.isRegularFile(report));
		assertTrue(again.out().contains("1 journey was up to date"), again.out());
		assertEquals(List.of(), filesNewerThanOld("other.Solo"));
	}

	@Test
	void anOutputFileChangedByHandRegeneratesItsJourney() throws IOException {
		Path report = out.resolve("shop.Buying/journey-map.md");
		String generated = Files.readString(report);
		Files.writeString(report, "edited by hand\n");

		generate();

		assertEquals(generated, Files.readString(report));
	}

	private CliRunner.Result generate(String... options) {
		List<String> args = new java.util.ArrayList<>(List.of("generate", models.toString(), "--out", out.toString()));
		args.addAll(List.of(options));
		CliRunner.Result result = CliRunner.run(args.toArray(String[]::new));
		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		return result;
	}

	private void ageEveryFile() throws IOException {
		try (Stream<Path> walk = Files.walk(out)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				Files.setLastModifiedTime(file, OLD);
			}
		}
	}

	/** The files below the journey's folder written since {@link #ageEveryFile()}. */
	private List<Path> filesNewerThanOld(String journeyFolder) throws IOException {
		try (Stream<Path> walk = Files.walk(out.resolve(journeyFolder))) {
			return walk.filter(Files::isRegularFile).filter(file -> {
				try {
					return !Files.getLastModifiedTime(file).equals(OLD);
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
		}
	}
}
