package org.journey.tests.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.journey.cli.JourneyCli;
import org.journey.tests.support.ExternalTools;
import org.journey.tests.support.Repository;
import org.journey.tests.support.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a process of its own, where what matters is fixed when the JVM starts: the
 * locale (which gives Java its file-name encoding) and the heap. Each test starts
 * {@code java org.journey.cli.JourneyCli} with this test's class path and its own environment.
 */
@Slow
class CommandLineProcessTest {

	@TempDir
	Path folder;

	private record Exit(int code, String out, String err) {
	}

	@Test
	void underTheCLocaleTheDanishExampleIsGeneratedWithUtf8NamesAndContents() throws Exception {
		assertDanishExampleGeneratesAsUtf8(Map.of("LC_ALL", "C"));
	}

	@Test
	void underALatin1LocaleTheDanishExampleIsGeneratedWithUtf8NamesAndContents() throws Exception {
		// a Latin-1 locale of our own (LOCPATH), since few machines install one
		Path locales = Files.createDirectories(folder.resolve("locales"));
		Process localedef = new ProcessBuilder("localedef", "-i", "da_DK", "-f", "ISO-8859-1",
				locales.resolve("da_DK.ISO-8859-1").toString()).redirectErrorStream(true).start();
		localedef.getInputStream().readAllBytes();
		if (localedef.waitFor() != 0 || !Files.isDirectory(locales.resolve("da_DK.ISO-8859-1"))) {
			// the Latin-1 case needs glibc's locale sources; a machine without them skips it (CI fails),
			// the C locale case above still runs
			ExternalTools.unavailable("localedef could not make da_DK.ISO-8859-1: apt-get install -y locales (.ci/run does this)");
		}

		assertDanishExampleGeneratesAsUtf8(Map.of("LC_ALL", "da_DK.ISO-8859-1", "LOCPATH", locales.toString()));
	}

	private void assertDanishExampleGeneratesAsUtf8(Map<String, String> locale) throws Exception {
		Path out = folder.resolve("out");

		Exit exit = journey(locale, List.of(), "generate", Repository.path("examples/plakater").toString(), "--out", out.toString());

		assertEquals(JourneyCli.OK, exit.code(), exit.err());
		// (paths below the working folder, the test's, are printed relative to it)
		assertTrue(exit.out().contains("wrote out/shop.plakater.PlakatTilVæggen/touchpoints.csv"), exit.out());
		// the names as bytes on disk, read by ls, not by this JVM (whose own encoding is not the point)
		Process ls = new ProcessBuilder("ls", "-1", out.toString()).start();
		String names = new String(ls.getInputStream().readAllBytes(), UTF_8);
		assertEquals(0, ls.waitFor());
		assertEquals(List.of("dbt", "index.html", "index.md", "shop.plakater.PlakatTilVæggen"), names.lines().toList());
		try (var files = Files.list(out.resolve("shop.plakater.PlakatTilVæggen"))) {
			assertTrue(files.findAny().isPresent());
		}
		assertTrue(Files.readString(out.resolve("index.md"), UTF_8).contains("PlakatTilVæggen"));
	}

	@Test
	void aFileTooLargeForTheHeapIsAClearMessageNotAnOutOfMemoryError() throws Exception {
		// given a 15 MB file, under the 16 MB limit, and a JVM with a heap of 256 MB
		Path file = folder.resolve("large.journey");
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int i = 0; i <= 15 * (1 << 20) / 42; i++) {
				out.write("segment S%07d \"A segment\" { share 0%% }\n".formatted(i).getBytes(UTF_8));
			}
		}

		Exit exit = journey(Map.of(), List.of("-Xmx256m"), "validate", file.toString());

		// then it is refused before reading, with what it needs and how to give it
		assertEquals(JourneyCli.USAGE_OR_IO, exit.code(), exit.err());
		assertTrue(exit.err().startsWith("journey: the models are too large for this Java's memory: 15 MB of text (the largest file "
				+ "large.journey) need about 1200 MB, and Java may use "), exit.err());
		assertTrue(exit.err().contains("Give it more (JOURNEY_JAVA_OPTS=-Xmx2g), or split the files."), exit.err());
		assertFalse(exit.err().contains("\tat ") || exit.err().contains("OutOfMemoryError"), exit.err());
	}

	/** Runs the command line in a JVM of its own with the locale variables replaced by {@code environment}. */
	private Exit journey(Map<String, String> environment, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(JourneyCli.class.getName());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG") || name.equals("LOCPATH"));
		builder.environment().putAll(environment);
		Path out = folder.resolve("stdout");
		Path err = folder.resolve("stderr");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		int code = process.waitFor();
		return new Exit(code, Files.readString(out, UTF_8), Files.readString(err, UTF_8));
	}
}
