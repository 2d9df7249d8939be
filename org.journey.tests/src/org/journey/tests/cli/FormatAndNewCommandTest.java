package org.journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.journey.cli.JourneyCli;
import org.journey.tests.support.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatAndNewCommandTest {

	@TempDir
	Path folder;

	@Test
	void checkListsUnformattedFilesAndChangesNothing() throws IOException {
		Path messy = folder.resolve("messy.journey");
		String text = "segment   S {share 10%}\n";
		Files.writeString(messy, text);

		CliRunner.Result result = CliRunner.run("format", "--check", folder.toString());

		assertEquals(JourneyCli.MODEL_ERRORS, result.exitCode());
		assertTrue(result.out().contains("messy.journey"), result.out());
		assertEquals(text, Files.readString(messy));
	}

	@Test
	void checkPrintsOnlyTheNamesOfTheFilesThatDifferOnePerLine() throws IOException {
		Files.writeString(folder.resolve("messy.journey"), "segment   S {share 10%}\n");
		Files.writeString(folder.resolve("tidy.journey"), "segment T {\n    share 10%\n}\n");

		CliRunner.Result result = CliRunner.run("format", "--check", folder.toString());

		// CI scripts parse this output: one path per line, no diff, no summary.
		assertEquals(folder.resolve("messy.journey") + System.lineSeparator(), result.out());
	}

	@Test
	void diffPrintsAUnifiedDiffWithAAndBPathsChangesNothingAndExitsOne() throws IOException {
		Path messy = folder.resolve("messy.journey");
		String text = "segment   S {share 10%}\n";
		Files.writeString(messy, text);

		CliRunner.Result result = CliRunner.run("format", "--diff", messy.toString());

		String path = headerPath(messy);
		assertEquals(lines("--- a/" + path, "+++ b/" + path, "@@ -1,1 +1,3 @@", "-segment   S {share 10%}", "+segment S {",
				"+    share 10%", "+}"), result.out());
		assertEquals(JourneyCli.MODEL_ERRORS, result.exitCode());
		assertEquals(text, Files.readString(messy));
	}

	@Test
	void diffShowsEachChangeWithThreeLinesOfContext() throws IOException {
		Path file = folder.resolve("kpis.journey");
		Files.writeString(file, """
				kpi Conversion {
				    unit percent
				    baseline 1.2
				    target 2.0
				    source Analytics
				}

				kpi Returns {
				    unit   percent
				}

				source Analytics
				""");

		CliRunner.Result result = CliRunner.run("format", "--check", "--diff", file.toString());

		String path = headerPath(file);
		// An empty line of context is a single space, the prefix of an unchanged line.
		assertEquals(lines("--- a/" + path, "+++ b/" + path, "@@ -6,7 +6,7 @@", " }", " ", " kpi Returns {",
				"-    unit   percent", "+    unit percent", " }", " ", " source Analytics"), result.out());
		assertEquals(JourneyCli.MODEL_ERRORS, result.exitCode());
	}

	@Test
	void diffMarksALastLineWithoutNewlineAsDiffDoes() throws IOException {
		Path file = folder.resolve("last.journey");
		Files.writeString(file, "segment S");

		CliRunner.Result result = CliRunner.run("format", "--diff", file.toString());

		String path = headerPath(file);
		assertEquals(lines("--- a/" + path, "+++ b/" + path, "@@ -1,1 +1,1 @@", "-segment S", "\\ No newline at end of file",
				"+segment S"), result.out());
	}

	@Test
	void diffOfFormattedFilesPrintsNothingAndExitsZero() throws IOException {
		Path tidy = folder.resolve("tidy.journey");
		Files.writeString(tidy, "segment T {\n    share 10%\n}\n");

		CliRunner.Result result = CliRunner.run("format", "--diff", folder.toString());

		assertEquals("", result.out());
		assertEquals(JourneyCli.OK, result.exitCode());
	}

	@Test
	void formatRewritesIntoTheCanonicalLayoutOnce() throws IOException {
		Path messy = folder.resolve("messy.journey");
		Files.writeString(messy, "segment   S {share 10%}\n");

		CliRunner.Result first = CliRunner.run("format", messy.toString());
		CliRunner.Result second = CliRunner.run("format", "--check", messy.toString());

		assertEquals(JourneyCli.OK, first.exitCode());
		assertEquals("segment S {\n    share 10%\n}\n", Files.readString(messy));
		assertEquals(JourneyCli.OK, second.exitCode(), second.out());
	}

	@Test
	void fileWithSyntaxErrorsIsLeftAlone() throws IOException {
		Path broken = folder.resolve("broken.journey");
		Files.writeString(broken, "segment S {");

		CliRunner.Result result = CliRunner.run("format", broken.toString());

		assertEquals(JourneyCli.MODEL_ERRORS, result.exitCode());
		assertTrue(result.err().contains("not formatted: it has syntax errors"), result.err());
		assertEquals("segment S {", Files.readString(broken));
	}

	static Stream<Arguments> modelsAndLanguages() {
		return Stream.of("eight-phases", "twelve-steps", "funnel", "five-steps")
				.flatMap(model -> Stream.of("en", "da", "nb").map(language -> Arguments.of(model, language)));
	}

	@ParameterizedTest
	@MethodSource("modelsAndLanguages")
	void newCreatesAFileThatValidatesCleanAndIsFormatted(String model, String language) throws IOException {
		Path file = folder.resolve("starter.journey");

		CliRunner.Result created = CliRunner.run("new", "Køb af maleri", "--model", model, "--language", language, "-o",
				file.toString());
		CliRunner.Result validated = CliRunner.run("validate", file.toString());
		CliRunner.Result formatted = CliRunner.run("format", "--check", file.toString());

		assertEquals(JourneyCli.OK, created.exitCode(), created.err());
		assertTrue(validated.out().contains("1 file checked: 0 errors, 0 warnings, 0 info."), validated.out());
		assertEquals(JourneyCli.OK, formatted.exitCode(), formatted.out());
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("model " + model));
	}

	@Test
	void newRefusesToOverwriteAFile() throws IOException {
		Path file = folder.resolve("existing.journey");
		Files.writeString(file, "segment Mine\n");

		CliRunner.Result result = CliRunner.run("new", "X", "--model", "funnel", "-o", file.toString());

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertEquals("segment Mine\n", Files.readString(file));
	}

	@Test
	void newRejectsAnUnknownModel() {
		CliRunner.Result result = CliRunner.run("new", "X", "--model", "seven-steps", "-o", folder.resolve("x.journey").toString());

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().contains("choose one of eight-phases, twelve-steps, funnel, five-steps"), result.err());
	}

	/** The path as the diff headers show it after a/ and b/: relative, with forward slashes. */
	private static String headerPath(Path file) {
		String absolute = file.toAbsolutePath().normalize().toString().replace('\\', '/');
		return absolute.replaceFirst("^/+", "");
	}

	private static String lines(String... lines) {
		return String.join(System.lineSeparator(), lines) + System.lineSeparator();
	}
}
