package org.journey.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.journey.dsl.formatting2.JourneyDocumentFormatter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "format", mixinStandardHelpOptions = true,
		description = "Rewrites .journey files in the one canonical layout. With --check, only lists the files that are not formatted (exit 1 if any), for CI; with --diff, shows how they differ.",
		footer = { "", "Examples:", "  journey format models/", "  journey format --check .",
				"  journey format --diff models/   (a unified diff, as gofmt -d)" })
final class FormatCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to format.")
	private List<Path> paths;

	@Option(names = "--check", description = "Change nothing; list the files that differ from the canonical layout and exit 1 if any does.")
	private boolean check;

	// Explicit rather than the default on a terminal: --check prints the same thing wherever it
	// runs, so what a person sees is what CI parses.
	@Option(names = "--diff", description = "Change nothing; print a unified diff (--- a/FILE, +++ b/FILE) from each file to its canonical layout and exit 1 if any differs. Coloured on a terminal.")
	private boolean diff;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Workspace workspace = Workspace.load(JourneyCli.injector(), paths);
		JourneyDocumentFormatter formatter = JourneyCli.injector().getInstance(JourneyDocumentFormatter.class);
		int differing = 0;
		int unreadable = 0;
		for (Map.Entry<Path, Resource> entry : workspace.resources().entrySet()) {
			XtextResource resource = (XtextResource) entry.getValue();
			// a file's name as printed: a name with control characters must not drive the terminal
			String name = Terminal.escape(workspace.display(entry.getKey()));
			var encoding = workspace.encodingProblemOf(entry.getKey());
			if (encoding.isPresent()) {
				err.println(encoding.get().toLine());
				err.println(name + ": not formatted: it is not UTF-8");
				unreadable++;
				continue;
			}
			String refusal = formatter.refusal(resource);
			if (refusal != null) {
				// a file too large to read has no parse result, only the error that says so
				String why = resource.getParseResult() == null && !resource.getErrors().isEmpty()
						? resource.getErrors().get(0).getMessage()
						: refusal;
				err.println(name + ": not formatted: " + Terminal.escape(why) + " (run journey validate " + name + ")");
				unreadable++;
				continue;
			}
			String current = Files.readString(entry.getKey(), StandardCharsets.UTF_8);
			String formatted = LineEndings.like(current, formatter.format(resource));
			if (current.equals(formatted)) {
				continue;
			}
			differing++;
			if (diff) {
				UnifiedDiff.painted(UnifiedDiff.between(name, current, formatted)).forEach(out::println);
			} else if (check) {
				out.println(name);
			} else {
				replace(entry.getKey(), formatted);
				out.println("formatted " + name);
			}
		}
		if (check && !diff && differing > 0 && Terminal.interactive()) {
			// A hint for the person at the terminal, on stderr: the list on stdout stays as CI reads it.
			err.println(differing + (differing == 1 ? " file is" : " files are")
					+ " not formatted: journey format --diff shows how, journey format rewrites them.");
		}
		out.flush();
		err.flush();
		if (unreadable > 0 || (check || diff) && differing > 0) {
			return JourneyCli.MODEL_ERRORS;
		}
		return JourneyCli.OK;
	}

	/** Writes the file a link points to, not over the link: the link is how the user keeps the file elsewhere. */
	private static void replace(Path file, String text) throws IOException {
		AtomicFiles.write(file.toRealPath(), text.getBytes(StandardCharsets.UTF_8));
	}
}
