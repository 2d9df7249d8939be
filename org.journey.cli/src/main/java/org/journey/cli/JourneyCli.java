package org.journey.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;

import org.journey.dsl.JourneyStandaloneSetup;

import com.google.inject.Injector;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The journey command with all its subcommands, as help lists them; {@link #main} and {@link #run}
 * build only the one a command line names (see {@link JourneyCommand}).
 * Exit codes: 0 ok, 1 model errors (or differences for format --check), 2 usage or I/O errors, 3 changes
 * found that diff --fail-on names.
 */
@Command(subcommands = { ValidateCommand.class, GenerateCommand.class, DiffCommand.class, MeasureCommand.class, SimulateCommand.class,
		FormatCommand.class, NewCommand.class, LspCommand.class, CommandLine.HelpCommand.class })
public final class JourneyCli extends JourneyCommand {

	public static final int OK = 0;
	public static final int MODEL_ERRORS = 1;
	public static final int USAGE_OR_IO = 2;
	/** journey diff found changes that its --fail-on option names. */
	public static final int CHANGES_FOUND = 3;

	private static Injector injector;

	public static void main(String[] args) {
		Locales.relaunchUnlessFileNamesAreUtf8(args).ifPresent(System::exit);
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		System.exit(run(out, err, args));
	}

	/** Runs the command line with these streams; the entry point for tests. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = commandLine(args);
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

	/**
	 * The command line with only the subcommand that the first argument names, or, when it names
	 * none (help, an option, a typo), with all of them, so that help and picocli's suggestions see
	 * every command.
	 */
	public static CommandLine commandLine(String... args) {
		Callable<Integer> named = args.length == 0 ? null : subcommand(args[0]);
		if (named == null) {
			return new CommandLine(new JourneyCli());
		}
		CommandLine commandLine = new CommandLine(new JourneyCommand());
		commandLine.addSubcommand(args[0], named);
		return commandLine;
	}

	/**
	 * The subcommand of this name, built alone: picocli reads a command's annotations and the types
	 * of all its options when it is added, and the other commands' (git, DuckDB, Jackson, the
	 * generator) would cost a short {@code journey validate} a good part of its start. A switch, not
	 * a map of constructor references, so that the other commands' classes are not even loaded. The
	 * same commands as the annotation above (a test holds them equal).
	 */
	static Callable<Integer> subcommand(String name) {
		return switch (name) {
		case "validate" -> new ValidateCommand();
		case "generate" -> new GenerateCommand();
		case "diff" -> new DiffCommand();
		case "measure" -> new MeasureCommand();
		case "simulate" -> new SimulateCommand();
		case "format" -> new FormatCommand();
		case "new" -> new NewCommand();
		case "lsp" -> new LspCommand();
		default -> null;
		};
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
