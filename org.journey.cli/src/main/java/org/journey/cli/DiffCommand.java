package org.journey.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.xtext.diagnostics.Severity;
import org.journey.dsl.diff.ModelComparison;
import org.journey.dsl.diff.ModelDiff;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Compares two versions of .journey models by meaning: elements added, removed, changed (property, old -> new),"
				+ " moved to another phase or probably renamed, and each journey's tracked events, classified as SchemaVer does"
				+ " (MODEL breaking, REVISION, ADDITION) with what that means for GA4, GTM, Segment, Snowplow, Mixpanel and dbt.",
				"Comments and layout are no change." },
		footer = { "", "Examples:", "  journey diff old/ new/", "  journey diff --git HEAD examples/",
				"  journey diff --git main..feature --format markdown", "  journey diff --git origin/main --fail-on breaking" })
final class DiffCommand implements Callable<Integer> {

	enum Format {
		text, markdown, json
	}

	enum FailOn {
		breaking, any
	}

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", arity = "0..*",
			description = "Without --git: OLD and NEW, each a file or folder. With --git: the files or folders to compare (default: the whole repository).")
	private List<Path> paths = new ArrayList<>();

	@Option(names = "--git", paramLabel = "REV|A..B",
			description = "Compare the work tree with revision REV, or revision A with revision B, in the git repository of the current folder.")
	private String git;

	@Option(names = "--repository", paramLabel = "DIR",
			description = "With --git: the repository holding DIR instead of the current folder's.")
	private Path repository;

	@Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private Format format;

	@Option(names = "--fail-on", paramLabel = "breaking|any",
			description = "Exit " + JourneyCli.CHANGES_FOUND + " when a tracked event changed in a breaking way (SchemaVer MODEL), or on any change.")
	private FailOn failOn;

	/** One side of the comparison: its loaded files and how to call it. */
	private record Side(Workspace workspace, String label) {
	}

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Side old;
		Side now;
		if (git == null) {
			if (paths.size() != 2) {
				throw new ParameterException(spec.commandLine(),
						"diff takes OLD and NEW (two files or folders), or --git REV [PATH...]; got " + paths.size() + " path(s)");
			}
			old = new Side(Workspace.load(JourneyCli.injector(), List.of(paths.get(0))), paths.get(0).toString());
			now = new Side(Workspace.load(JourneyCli.injector(), List.of(paths.get(1))), paths.get(1).toString());
		} else {
			try (GitTrees trees = GitTrees.open(repository == null ? Path.of("") : repository)) {
				List<String> inside = trees.relative(paths);
				int range = git.indexOf("..");
				if (range >= 0) {
					String a = git.substring(0, range);
					String b = git.substring(range + 2);
					if (a.isEmpty() || b.isEmpty() || b.startsWith(".")) {
						throw new IllegalArgumentException("--git takes REV or A..B, not '" + git + "'");
					}
					old = revision(trees, a, inside);
					now = revision(trees, b, inside);
				} else {
					old = revision(trees, git, inside);
					for (Path path : paths) {
						if (!Files.exists(path)) {
							throw new NoSuchFileException(path.toString(), null, "no such file or folder");
						}
					}
					now = new Side(Workspace.load(JourneyCli.injector(), trees.workTreeFiles(inside)), "work tree");
				}
			}
		}
		if (hasErrors(old, err) | hasErrors(now, err)) {
			return JourneyCli.MODEL_ERRORS;
		}
		ModelDiff diff = ModelComparison.compare(old.workspace().resources().values(), now.workspace().resources().values());
		boolean failed = failOn == FailOn.any && !diff.isEmpty() || failOn == FailOn.breaking && diff.isBreaking();
		switch (format) {
		case text -> out.print(DiffReport.text(diff, old.label(), now.label(), Terminal.colour()));
		case markdown -> out.print(DiffReport.markdown(diff, old.label(), now.label()));
		case json -> out.println(DiffReport.json(diff, old.label(), now.label(), failOn == null ? null : failOn.name(), failed));
		}
		if (failed && format != Format.json) {
			err.println("journey diff: " + (failOn == FailOn.any ? "the models changed" : "a tracked event changed in a breaking way (SchemaVer MODEL)")
					+ " and --fail-on " + failOn + " is set");
		}
		return failed ? JourneyCli.CHANGES_FOUND : JourneyCli.OK;
	}

	private Side revision(GitTrees trees, String revision, List<String> inside) throws IOException {
		RevCommit commit = trees.commit(revision);
		return new Side(Workspace.loadContents(JourneyCli.injector(), trees.files(commit, inside, revision)), revision);
	}

	/** Prints the errors of one side, as validate does, and says whether there were any. */
	private static boolean hasErrors(Side side, PrintWriter err) {
		List<Problem> errors = side.workspace().validate().stream().filter(p -> p.severity() == Severity.ERROR).toList();
		if (errors.isEmpty()) {
			return false;
		}
		errors.forEach(problem -> err.println(Terminal.paint(problem.toLine(), "31")));
		err.println("journey diff: " + side.label() + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
				+ "; diff compares models free of errors (journey validate shows every problem)");
		return true;
	}
}
