package org.journey.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

import org.journey.dsl.JourneyStandaloneSetup;

import com.google.inject.Injector;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The journey command: validate, generate, measure, simulate, format and create .journey files outside the IDE.
 * Exit codes: 0 ok, 1 model errors (or differences for format --check), 2 usage or I/O errors, 3 changes
 * found that diff --fail-on names.
 */
@Command(name = "journey", mixinStandardHelpOptions = true, versionProvider = JourneyCli.Version.class,
		description = "Customer-journey models: validate them, generate reports and tracking configurations, measure them on event data, simulate event logs, keep them formatted.",
		subcommands = { ValidateCommand.class, GenerateCommand.class, DiffCommand.class, MeasureCommand.class, SimulateCommand.class, FormatCommand.class, NewCommand.class, LspCommand.class,
				CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:the models have errors (or, for format --check and --diff, files are not formatted)",
				"2:wrong usage, or a file could not be read or written",
				"3:diff found changes that --fail-on names" },
		footer = { "", "Examples:", "  journey validate examples/", "  journey generate examples/ --out build/journeys",
				"  journey simulate shop.journey --users 10000 --seed 1 --out build/events.jsonl",
				"  journey measure shop.journey --events build/events.jsonl --out build/measure",
				"  journey diff --git main --fail-on breaking", "  journey format --check .", "  journey new \"Buying a painting\" --model eight-phases",
				"  journey lsp   (a language server on stdin/stdout, for any LSP editor)" })
public final class JourneyCli implements Runnable {

	public static final int OK = 0;
	public static final int MODEL_ERRORS = 1;
	public static final int USAGE_OR_IO = 2;
	/** journey diff found changes that its --fail-on option names. */
	public static final int CHANGES_FOUND = 3;

	private static Injector injector;

	@picocli.CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	public static void main(String[] args) {
		Locales.relaunchUnlessFileNamesAreUtf8(args).ifPresent(System::exit);
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		System.exit(run(out, err, args));
	}

	/** Runs the command line with these streams; the entry point for tests. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = new CommandLine(new JourneyCli());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExitCodeExceptionMapper(e -> USAGE_OR_IO);
		commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
			// messages may quote the model or a file name: each line of them escaped, the lines kept
			cmd.getErr().println("journey: " + String.join("\n", describe(exception).lines().map(Terminal::escape).toList()));
			cmd.getErr().flush();
			return USAGE_OR_IO;
		});
		int code;
		try {
			code = commandLine.execute(args);
		} catch (OutOfMemoryError e) {
			// the models are refused beforehand when they cannot fit (MemoryBudget); this is the rest
			err.println("journey: out of memory: Java may use " + (Runtime.getRuntime().maxMemory() >> 20)
					+ " MB. Give it more (JOURNEY_JAVA_OPTS=-Xmx2g), or split the models into smaller files.");
			code = USAGE_OR_IO;
		}
		out.flush();
		err.flush();
		return code;
	}

	static String describe(Exception exception) {
		if (exception instanceof NoSuchFileException missing) {
			return "no such file or folder: " + missing.getFile();
		}
		if (exception instanceof java.nio.file.InvalidPathException invalid) {
			// a name the locale's encoding cannot hold (LC_ALL=C and a non-ASCII name)
			return "cannot use the path " + invalid.getInput() + ": " + invalid.getReason() + " (file names are encoded as "
					+ System.getProperty("sun.jnu.encoding") + "; run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8)";
		}
		Throwable cause = exception;
		while (cause.getCause() != null && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

	/** The language's injector, created once per process. */
	static synchronized Injector injector() {
		if (injector == null) {
			injector = new JourneyStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static final class Version implements IVersionProvider {
		@Override
		public String[] getVersion() {
			String version = JourneyCli.class.getPackage().getImplementationVersion();
			return new String[] { "journey " + (version == null ? "development build" : version) };
		}
	}
}
