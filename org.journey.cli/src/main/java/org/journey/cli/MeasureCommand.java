package org.journey.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.measure.JourneyMeasurer;
import org.journey.measure.Measurements;
import org.journey.measure.Measurements.EventsRead;
import org.journey.measure.Measurements.KpiMeasurement;
import org.journey.measure.Measurements.PhaseMeasurement;
import org.journey.measure.MeasurementsJson;
import org.journey.measure.Window;
import org.journey.measure.engine.EngineSettings;
import org.journey.measure.engine.EngineUnavailableException;
import org.journey.measure.engine.MeasurementEngine;
import org.journey.measure.engine.MeasurementEngines;
import org.journey.measure.events.EventFile;
import org.journey.measure.events.EventFiles;
import org.journey.measure.events.EventFormat;
import org.journey.measure.events.EventInputException;
import org.journey.measure.events.LoadedFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "measure", mixinStandardHelpOptions = true,
		description = { "Measures every journey on collected event data (embedded DuckDB, nothing to install; or Apache Spark with --engine spark): users per phase "
				+ "against the modelled volume, conversion between phases, each KPI's actual value against baseline and target, "
				+ "and tracking coverage. Writes DIR/<package>.<Journey>/measurements.json and prints a summary.",
				"The window is [--from, --to) in UTC: an event at --from counts, one at --to does not. Exact duplicates "
						+ "(same event, user, time and properties) count once; malformed rows are counted and listed, never measured." },
		footer = { "", "Event data: a plain table (event_name, user_id, timestamp, properties or one column per property) or a GA4 "
				+ "BigQuery export, as JSON lines (.jsonl, .ndjson, .json), CSV (.csv) or Parquet (.parquet).", "",
				"Examples:", "  journey measure shop.journey --events events.jsonl --out build/measure",
				"  journey measure models/ --events 'export/*.parquet' --format ga4 --from 2026-03-01 --to 2026-04-01 --out build/measure" })
final class MeasureCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders with .journey files.")
	private List<Path> paths;

	@Option(names = { "-e", "--events" }, required = true, paramLabel = "FILE|FOLDER|GLOB",
			description = "The event data: a file, a folder (its .jsonl, .ndjson, .json, .csv and .parquet files, recursively) or a glob such as 'data/*.parquet' (quote it).")
	private String events;

	@Option(names = "--format", paramLabel = "FORMAT", description = "plain or ga4; detected from each file's columns when not given.")
	private String format;

	@Option(names = "--from", paramLabel = "DATE", description = "First instant measured, inclusive: a date (midnight UTC) or an ISO-8601 time with offset. Default: the earliest event.")
	private String from;

	@Option(names = "--to", paramLabel = "DATE", description = "End of the window, exclusive: a date (midnight UTC, so --to 2026-04-01 ends with March 31) or an ISO-8601 time with offset. Default: after the latest event.")
	private String to;

	@Option(names = "--engine", paramLabel = "ENGINE", defaultValue = MeasurementEngines.DEFAULT,
			description = "duckdb (default: embedded, nothing to install) or spark (Apache Spark, for event data in a data lake; run with ./journey-spark, see README).")
	private String engine;

	@Option(names = "--master", paramLabel = "URL", description = "With --engine spark: where Spark runs: local[*] (default: this machine, every core), local[N], spark://HOST:7077 or yarn.")
	private String master;

	@Option(names = { "-o", "--out" }, required = true, paramLabel = "DIR", description = "The folder to write into; nothing is written outside it.")
	private Path out;

	@Override
	public Integer call() throws Exception {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter stderr = spec.commandLine().getErr();
		Optional<EventFormat> eventFormat = format == null ? Optional.empty() : Optional.of(EventFormat.named(format));
		Window window = new Window(Window.parse(from, "--from"), Window.parse(to, "--to"));
		if (master != null && !MeasurementEngines.SPARK.equalsIgnoreCase(engine)) {
			stderr.println("journey: --master is for --engine spark; the " + engine + " engine runs in this process.");
			stderr.flush();
			return JourneyCli.USAGE_OR_IO;
		}
		List<EventFile> files;
		try {
			files = EventFiles.resolve(events, Path.of(""));
		} catch (EventInputException e) {
			stderr.println("journey: " + e.getMessage());
			stderr.flush();
			return JourneyCli.USAGE_OR_IO;
		}
		// the engine starts and reads the events while the models are read and checked: neither needs the other
		EngineSettings settings = new EngineSettings(Optional.ofNullable(master));
		CompletableFuture<MeasurementEngine> opening = CompletableFuture.supplyAsync(() -> {
			try {
				return MeasurementEngines.open(engine, settings);
			} catch (EngineUnavailableException e) {
				throw new CompletionException(e);
			}
		});
		CompletableFuture<List<LoadedFile>> loading = opening.thenApply(measuring -> {
			try {
				return measuring.load(files, eventFormat);
			} catch (EventInputException e) {
				throw new CompletionException(e);
			}
		});
		try {
			Workspace workspace = Workspace.load(JourneyCli.injector(), paths);
			List<Problem> errors = workspace.validate().stream().filter(p -> p.severity() == Severity.ERROR).toList();
			if (!errors.isEmpty()) {
				errors.forEach(problem -> stderr.println(problem.toLine()));
				stderr.println("journey: nothing measured: fix the " + errors.size() + (errors.size() == 1 ? " error" : " errors")
						+ " above first.");
				stderr.flush();
				return JourneyCli.MODEL_ERRORS;
			}
			List<Journey> journeys = journeys(workspace);
			Set<String> modelledEvents = new LinkedHashSet<>();
			journeys.forEach(journey -> modelledEvents.addAll(JourneyMeasurer.eventNames(journey)));
			MeasurementEngine measuring = result(opening);
			List<Measurements.FileRead> read = result(loading).stream()
					.map(file -> new Measurements.FileRead(file.file(), file.type().name().toLowerCase(Locale.ROOT).replace('_', '-'),
							file.format().id(), file.rows()))
					.toList();
			JourneyMeasurer measurer = new JourneyMeasurer(measuring, window, read, modelledEvents);
			OutputFolder folder = new OutputFolder(out);
			printEvents(stdout, measurer.eventsRead(), window);
			for (Journey journey : journeys) {
				Measurements measurements = measurer.measure(journey);
				String file = measurements.qualifiedName() + "/" + MeasurementsJson.FILE_NAME;
				folder.generateFile(file, MeasurementsJson.write(measurements));
				printJourney(stdout, measurements);
				stdout.println("  wrote " + workspace.display(folder.resolve(file)));
			}
			if (journeys.isEmpty()) {
				stdout.println("no journeys in the models: nothing measured.");
			}
		} catch (EventInputException | EngineUnavailableException e) {
			stderr.println("journey: " + e.getMessage());
			stderr.flush();
			return JourneyCli.USAGE_OR_IO;
		} finally {
			// the engine closes once it has stopped reading, whatever happened meanwhile
			loading.handle((loaded, failure) -> loaded).join();
			opening.handle((measuring, failure) -> measuring).join();
			if (!opening.isCompletedExceptionally()) {
				opening.join().close();
			}
		}
		stdout.flush();
		return JourneyCli.OK;
	}

	private static List<Journey> journeys(Workspace workspace) {
		List<Journey> journeys = new ArrayList<>();
		for (Resource resource : workspace.resources().values()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				model.getElements().stream().filter(Journey.class::isInstance).map(Journey.class::cast).forEach(journeys::add);
			}
		}
		return journeys;
	}

	/** What the background work made, or the reason it could not. */
	private static <T> T result(CompletableFuture<T> work) throws EventInputException, EngineUnavailableException {
		try {
			return work.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof EventInputException input) {
				throw input;
			}
			if (e.getCause() instanceof EngineUnavailableException unavailable) {
				throw unavailable;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw e;
		}
	}

	private static void printEvents(PrintWriter out, EventsRead events, Window window) {
		out.println("window " + (window.from() == null ? "(open)" : window.from()) + " .. "
				+ (window.to() == null ? "(open)" : window.to()) + " UTC (from inclusive, to exclusive)");
		out.println(events.rowsRead() + " rows read from " + events.files().size() + (events.files().size() == 1 ? " file" : " files")
				+ ": " + events.events() + " events measured, " + events.users() + " users; " + events.malformedRows()
				+ " malformed, " + events.outsideWindow() + " outside the window, " + events.duplicates() + " duplicates counted once, "
				+ events.eventsWithoutUser() + " events without a user");
		events.firstMalformedRows().forEach(row -> out.println("  " + row.file() + ":" + row.row() + ": " + row.problem()));
		if (events.malformedRows() > events.firstMalformedRows().size()) {
			out.println("  ... and " + (events.malformedRows() - events.firstMalformedRows().size()) + " more malformed rows");
		}
	}

	private static void printJourney(PrintWriter out, Measurements m) {
		out.println();
		out.println(m.qualifiedName() + (m.title() == null ? "" : " \"" + m.title() + "\""));
		out.println("  phases: users / modelled volume, conversion from the previous phase / modelled");
		for (PhaseMeasurement phase : m.phases()) {
			out.println("    " + phase.name() + ": " + (phase.users() == null ? "not measured (no events)" : phase.users())
					+ " / " + (phase.modelledVolume() == null ? "-" : phase.modelledVolume())
					+ (phase.conversion() == null && phase.modelledConversion() == null ? ""
							: ", " + percent(phase.conversion()) + " / " + percent(phase.modelledConversion())));
		}
		if (!m.kpis().isEmpty()) {
			out.println("  KPIs: actual (baseline -> target)");
		}
		for (KpiMeasurement kpi : m.kpis()) {
			String unit = "percent".equals(kpi.unit()) ? "%" : "";
			out.println("    " + kpi.name() + ": " + value(kpi.actual(), unit) + " (" + value(kpi.baseline(), unit) + " -> "
					+ value(kpi.target(), unit) + ")" + (kpi.progress() == null ? "" : ", progress " + percent(kpi.progress().doubleValue()))
					+ ", " + kpi.status().replace('-', ' ') + (Boolean.TRUE.equals(kpi.onTrack()) ? ", on track"
							: Boolean.FALSE.equals(kpi.onTrack()) ? ", not on track" : ""));
		}
		Measurements.Coverage coverage = m.coverage();
		out.println("  coverage: " + coverage.modelledEventsNotSeen().size() + " modelled events never seen"
				+ (coverage.modelledEventsNotSeen().isEmpty() ? "" : " (" + String.join(", ", coverage.modelledEventsNotSeen()) + ")")
				+ ", " + coverage.unmodelledEventNames() + " event names not in the models, "
				+ coverage.propertyViolations().size() + " property violations");
	}

	private static String value(BigDecimal value, String unit) {
		return value == null ? "-" : value.toPlainString() + unit;
	}

	private static String percent(Double fraction) {
		return fraction == null ? "-" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
	}
}
