package org.journey.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The journey command without its subcommands: what {@link JourneyCli} adds to is its name, help
 * and exit codes. The command line adds to it the one subcommand that it runs, so that
 * {@code journey validate} does not build the others (picocli merges a subclass's {@code @Command}
 * with its superclass's, which is how {@link JourneyCli} lists them all for help).
 */
@Command(name = "journey", mixinStandardHelpOptions = true, versionProvider = JourneyCli.Version.class,
		description = "Customer-journey models: validate them, generate reports and tracking configurations, measure them on event data, simulate event logs, keep them formatted.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:the models have errors (or, for format --check and --diff, files are not formatted)",
				"2:wrong usage, or a file could not be read or written",
				"3:diff found changes that --fail-on names" },
		footer = { "", "Examples:", "  journey validate examples/", "  journey generate examples/ --out build/journeys",
				"  journey simulate shop.journey --users 10000 --seed 1 --out build/events.jsonl",
				"  journey measure shop.journey --events build/events.jsonl --out build/measure",
				"  journey diff --git main --fail-on breaking", "  journey format --check .", "  journey new \"Buying a painting\" --model eight-phases",
				"  journey lsp   (a language server on stdin/stdout, for any LSP editor)" })
class JourneyCommand implements Runnable {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
