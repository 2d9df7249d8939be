package org.journey.tests.support;

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
}
