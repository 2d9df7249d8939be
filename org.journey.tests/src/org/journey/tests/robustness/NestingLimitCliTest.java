package org.journey.tests.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.journey.tests.support.CliRunner.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.journey.cli.JourneyCli;
import org.journey.dsl.parser.FormulaNesting;
import org.journey.tests.support.TestFiles;
import org.journey.tests.support.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formulas nested deep, through the command line: at the limit they validate and format; the
 * depths that crashed {@code format} with a StackOverflowError (1,500 to 2,200 levels) are one
 * positioned error from {@code validate} and a one-line refusal from {@code format}.
 */
class NestingLimitCliTest {

	private static final String EVENTS = "journey J {\n    phase P {\n        touchpoint T {\n            event clicked\n        }\n    }\n}\n\n";

	@TempDir
	Path folder;


	@Test
	void aFormulaAtTheLimitIsFormatted() throws IOException {
		int parentheses = FormulaNesting.MAX_DEPTH - 1; // and count's own
		Path file = write("at-limit.journey", EVENTS + "kpi K {\n  formula " + "( ".repeat(parentheses) + "count(clicked)"
				+ " )".repeat(parentheses) + "\n}\n");

		Result run = run("format", file.toString());

		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		assertEquals(EVENTS + "kpi K {\n    formula " + "(".repeat(parentheses) + "count(clicked)" + ")".repeat(parentheses) + "\n}\n",
				Files.readString(file, UTF_8));
	}

	@Test
	void formulasThatCrashedTheFormatterAreOneErrorAndARefusal() throws IOException {
		for (int parentheses : new int[] { FormulaNesting.MAX_DEPTH, 1_500, 2_200 }) {
			String text = EVENTS + "kpi K {\n    formula " + "(".repeat(parentheses) + "count(clicked)" + ")".repeat(parentheses) + "\n}\n";
			Path file = write("deep.journey", text);
			String error = "Parentheses nest " + (parentheses + 1) + " levels deep here; at most 200 are read. Simplify the"
					+ " formula: a KPI formula needs a few levels at most.";

			Result validation = run("validate", file.toString());
			Result check = run("format", "--check", file.toString());
			Result format = run("format", file.toString());

			assertEquals(JourneyCli.MODEL_ERRORS, validation.exitCode(), validation.out() + validation.err());
			assertEquals(file + ":10:" + ("    formula ".length() + parentheses + "count(".length()) + ": error: " + error + " [journey.nesting-too-deep]",
					validation.out().lines().findFirst().orElseThrow());
			for (Result refused : new Result[] { check, format }) {
				assertEquals(JourneyCli.MODEL_ERRORS, refused.exitCode(), refused.err());
				assertEquals(file + ": not formatted: " + error + " (run journey validate " + file + ")\n", refused.err());
				assertFalse((refused.out() + refused.err()).contains("\tat "), refused.err());
			}
			assertEquals(text, Files.readString(file, UTF_8), "left as it was");
		}
	}

	private Path write(String name, String text) throws IOException {
		return TestFiles.write(folder, name, text);
	}

}
