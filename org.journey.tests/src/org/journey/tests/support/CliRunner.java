package org.journey.tests.support;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.journey.cli.JourneyCli;

/** Runs the command line through its entry point, capturing what it prints. */
public final class CliRunner {

	public record Result(int exitCode, String out, String err) {
	}

	private CliRunner() {
	}

	public static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = JourneyCli.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Result(code, out.toString(), err.toString());
	}

	/** Bad input gets a message, never a stack trace: no "at" frame and no exception's name in what the run printed. */
	public static void assertNoStackTrace(Result run) {
		assertFalse((run.out() + run.err()).contains("\tat "), run.out() + run.err());
		assertFalse((run.out() + run.err()).contains("Exception"), run.out() + run.err());
	}
}
