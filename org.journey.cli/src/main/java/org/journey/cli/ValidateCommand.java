package org.journey.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.diagnostics.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Checks .journey files (folders are searched recursively) and prints every problem as path:line:column: severity: message [code].",
		footer = { "", "Examples:", "  journey validate examples/", "  journey validate --werror --sarif build/journey.sarif models/",
				"  journey validate --format json shop.journey" })
final class ValidateCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to validate.")
	private List<Path> paths;

	@Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private Format format;

	@Option(names = "--sarif", paramLabel = "FILE", description = "Also write the problems as SARIF 2.1.0 to FILE, for code-scanning dashboards.")
	private Path sarif;

	@Option(names = "--werror", description = "Treat warnings as errors: exit 1 if there is any warning.")
	private boolean warningsAreErrors;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		Workspace workspace = Workspace.load(JourneyCli.injector(), paths);
		List<Problem> problems = workspace.validate();
		Report report = new Report(workspace.resources().size(), problems);
		if (format == Format.json) {
			out.println(Report.json(report));
		} else {
			problems.forEach(problem -> out.println(colour(problem)));
			out.println(report.summary());
		}
		if (sarif != null) {
			Sarif.write(sarif, problems);
		}
		boolean failed = report.errors() > 0 || warningsAreErrors && report.warnings() > 0;
		return failed ? JourneyCli.MODEL_ERRORS : JourneyCli.OK;
	}

	private static String colour(Problem problem) {
		String line = problem.toLine();
		return switch (problem.severity()) {
		case ERROR -> Terminal.paint(line, "31");
		case WARNING -> Terminal.paint(line, "33");
		default -> line;
		};
	}

	/** The outcome of a validation: files checked and problems by severity. */
	record Report(int files, List<Problem> problems) {

		long count(Severity severity) {
			return problems.stream().filter(p -> p.severity() == severity).count();
		}

		long errors() {
			return count(Severity.ERROR);
		}

		long warnings() {
			return count(Severity.WARNING);
		}

		String summary() {
			return files + (files == 1 ? " file" : " files") + " checked: " + errors() + plural(errors(), " error")
					+ ", " + warnings() + plural(warnings(), " warning") + ", " + count(Severity.INFO)
					+ plural(count(Severity.INFO), " info") + ".";
		}

		private static String plural(long n, String word) {
			return n == 1 || word.endsWith("info") ? word : word + "s";
		}

		static String json(Report report) {
			return Json.write(java.util.Map.of(
					"files", report.files(),
					"errors", report.errors(),
					"warnings", report.warnings(),
					"infos", report.count(Severity.INFO),
					"problems", report.problems().stream().map(p -> {
						var entry = new java.util.LinkedHashMap<String, Object>();
						entry.put("file", p.file());
						entry.put("line", p.line());
						entry.put("column", p.column());
						entry.put("severity", p.severityWord());
						entry.put("message", p.message());
						entry.put("code", p.code());
						return entry;
					}).toList()));
		}
	}
}
