package org.journey.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.journey.dsl.journey.Journey;
import org.journey.measure.simulate.EventFormat;
import org.journey.measure.simulate.JourneyFunnel;
import org.journey.measure.simulate.Simulation;
import org.journey.measure.simulate.SimulationSummary;
import org.journey.measure.simulate.SimulationSummary.JourneyCounts;
import org.journey.measure.simulate.SimulationSummary.PhaseCount;
import org.journey.measure.simulate.Simulator;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
		description = { "Writes a synthetic event log that follows the models: test data for journey measure, whose answers the model knows.",
				"",
				"Each of the --users customers (u1, u2, ...) enters every journey's first phase and moves on to each next phase "
						+ "with the modelled conversion: a phase's volume over the volume of the nearest earlier phase with one. "
						+ "A phase without a volume keeps everyone who reached the phase before (conversion 100%%).",
				"",
				"In each phase they reach, customers use one of its touchpoints with events, and each other one with a 50%% chance; "
						+ "a touchpoint used emits each of its events once, with the tracking plan's names and typed properties "
						+ "(required ones always, optional ones 70%% of the time). Phases are a day apart on average "
						+ "(exponential waits), events within a phase ten minutes; every event falls in the window.",
				"",
				"The same models, users and seed give the same file, byte for byte. Events are written customer by customer." },
		footer = { "", "Formats (--format, or the --out file's extension .jsonl, .csv, .parquet):",
				"  jsonl, csv, parquet    event_name, user_id, timestamp (UTC), properties (JSON)",
				"  ga4-jsonl, ga4-parquet the GA4 BigQuery export: event_name, user_pseudo_id,",
				"                         user_id, event_timestamp (microseconds), event_params",
				"", "Examples:", "  journey simulate shop.journey --users 10000 --seed 1 --out events.jsonl",
				"  journey simulate models/ --users 500000 --out events.parquet --days 14",
				"  journey simulate shop.journey --users 5000 --format ga4-parquet --out ga4.pq" })
final class SimulateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders with .journey files.")
	private List<Path> paths;

	@Option(names = "--users", required = true, paramLabel = "N", description = "Customers entering each journey (at least 1).")
	private long users;

	@Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
	private long seed;

	@Option(names = { "-o", "--out" }, required = true, paramLabel = "FILE", description = "The file to write; replaced whole, never left half-written.")
	private Path out;

	@Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, csv, parquet, ga4-jsonl or ga4-parquet (default: from the --out extension).")
	private String format;

	@Option(names = "--from", paramLabel = "DATE", converter = IsoDate.class,
			description = "First day of the window, yyyy-mm-dd, UTC (default: 2026-01-01).")
	private LocalDate from = Simulation.DEFAULT_FROM;

	@Option(names = "--days", paramLabel = "D", description = "Length of the window in days (default: ${DEFAULT-VALUE}).")
	private int days = Simulation.DEFAULT_DAYS;

	@Option(names = "--journey", paramLabel = "NAME", description = "Simulate only this journey (default: every journey in PATH).")
	private String journeyName;

	@Override
	public Integer call() throws IOException {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter stderr = spec.commandLine().getErr();
		if (users < 1) {
			throw new ParameterException(spec.commandLine(), "--users must be at least 1, not " + users);
		}
		if (days < 1) {
			throw new ParameterException(spec.commandLine(), "--days must be at least 1, not " + days);
		}
		EventFormat eventFormat = format();
		Workspace workspace = Workspace.load(JourneyCli.injector(), paths);
		List<Problem> errors = workspace.validate().stream().filter(p -> p.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(problem -> stderr.println(problem.toLine()));
			stderr.println("journey: nothing simulated: fix the " + errors.size() + (errors.size() == 1 ? " error" : " errors")
					+ " above first.");
			stderr.flush();
			return JourneyCli.MODEL_ERRORS;
		}
		List<JourneyFunnel> funnels = journeys(workspace);
		if (funnels.isEmpty()) {
			stderr.println("journey: nothing simulated: " + (journeyName == null ? "no journey in " + paths
					: "no journey named " + journeyName + " in " + paths) + ".");
			stderr.flush();
			return JourneyCli.USAGE_OR_IO;
		}
		SimulationSummary summary;
		try {
			summary = Simulator.simulate(funnels, new Simulation(users, seed, from, days, eventFormat), out);
		} catch (FileSystemException e) {
			throw new IOException("cannot write " + workspace.display(out) + ": " + reason(e), e);
		}
		stdout.println("wrote " + workspace.display(out) + ": " + summary.events() + " events of " + summary.users()
				+ (summary.users() == 1 ? " user" : " users") + " (" + eventFormat.id() + ", seed " + seed + ", " + from
				+ " + " + days + (days == 1 ? " day" : " days") + ")");
		for (JourneyCounts journey : summary.journeys()) {
			stdout.println("journey " + journey.journey() + ":");
			long previous = -1;
			for (PhaseCount phase : journey.phases()) {
				stdout.println("  " + line(phase, previous));
				previous = phase.users();
			}
		}
		stdout.flush();
		return JourneyCli.OK;
	}

	private static String line(PhaseCount phase, long previous) {
		StringBuilder line = new StringBuilder(phase.phase()).append(": ").append(phase.users())
				.append(phase.users() == 1 ? " user" : " users");
		if (previous >= 0) {
			line.append(String.format(Locale.ROOT, ", %.1f%% of the phase before (modelled %.1f%%)",
					previous == 0 ? 0.0 : 100.0 * phase.users() / previous, 100.0 * phase.conversion()));
		}
		if (phase.volume() != null) {
			line.append(", volume ").append(phase.volume());
		}
		if (!phase.tracked()) {
			line.append(" (no touchpoint emits events: not visible in the log)");
		}
		return line.toString();
	}

	private EventFormat format() {
		if (format != null) {
			return EventFormat.named(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
					"unknown --format " + format + "; known: " + EventFormat.knownNames()));
		}
		return EventFormat.ofFile(out).orElseThrow(() -> new ParameterException(spec.commandLine(),
				"cannot tell the format from " + out.getFileName() + ": name a .jsonl, .csv or .parquet file, or give --format ("
						+ EventFormat.knownNames() + ")"));
	}

	private List<JourneyFunnel> journeys(Workspace workspace) {
		List<JourneyFunnel> funnels = new ArrayList<>();
		for (Resource resource : workspace.resources().values()) {
			if (resource.getContents().isEmpty()) {
				continue;
			}
			for (Journey journey : EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Journey.class)) {
				if (journeyName == null || journeyName.equals(journey.getName())) {
					funnels.add(JourneyFunnel.of(journey));
				}
			}
		}
		return funnels;
	}

	private static String reason(FileSystemException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied (" + e.getFile() + ")";
		}
		if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
			// what createDirectories reports when a folder on the way is a file
			return e.getFile() + " is a file, not a folder";
		}
		return e.getReason() != null ? e.getReason() + " (" + e.getFile() + ")" : e.getClass().getSimpleName() + " " + e.getFile();
	}

	static final class IsoDate implements ITypeConverter<LocalDate> {
		@Override
		public LocalDate convert(String value) {
			try {
				return LocalDate.parse(value);
			} catch (DateTimeParseException e) {
				throw new TypeConversionException("'" + value + "' is not a date: write yyyy-mm-dd, e.g. 2026-03-01");
			}
		}
	}
}
