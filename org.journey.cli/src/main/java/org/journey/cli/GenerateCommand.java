package org.journey.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.util.CancelIndicator;
import org.journey.dsl.generator.GeneratorTargets;
import org.journey.dsl.generator.GeneratorWarnings;
import org.journey.dsl.generator.JourneyGeneratorContext;
import org.journey.dsl.generator.report.portfolio.Portfolio;
import org.journey.dsl.generator.report.portfolio.PortfolioIndex;
import org.journey.dsl.generator.tracking.DbtNames;
import org.journey.dsl.generator.tracking.SnowplowSchemas;
import org.journey.dsl.generator.tracking.TrackingBaseline;
import org.journey.dsl.generator.tracking.TrackingOverrides;
import org.journey.dsl.generator.tracking.TrackingSettings;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.MeasurementsException;
import org.journey.dsl.map.MeasurementsFolder;
import org.journey.dsl.scoping.JourneyScopeProvider;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Generates reports and tracking configurations for every journey, each in a folder named after it below --out, and with the html or markdown target a portfolio index of all journeys (index.html, index.md) at the root of --out. Refuses models with errors.",
		footer = { "", "Examples:", "  journey generate examples/ --out build/journeys",
				"  journey generate shop.journey --out out --target html,markdown",
				"  journey generate models/ --out out --target ga4,gtm --measurement-id G-1A2B3C4D5E",
				"  journey generate models/ --out out --target html,markdown,json --measurements build/measure",
				"  journey generate models/ --out out --watch" })
final class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders with .journey files.")
	private List<Path> paths;

	@Option(names = { "-o", "--out" }, required = true, paramLabel = "DIR", description = "The folder to write into; nothing is written outside it.")
	private Path out;

	@Option(names = { "-t", "--target" }, split = ",", paramLabel = "TARGET",
			description = "Targets to generate, comma-separated, or 'all' (default). Known: html, markdown, csv, json, ga4, gtm, segment, snowplow, mixpanel, dbt.")
	private List<String> targets = new ArrayList<>(List.of("all"));

	@Option(names = "--measurement-id", paramLabel = "ID", description = "GA4 measurement ID, instead of the model's tracking block.")
	private String measurementId;

	@Option(names = "--snowplow-vendor", paramLabel = "VENDOR", description = "Snowplow (Iglu) vendor, instead of the model's tracking block.")
	private String vendor;

	@Option(names = "--gtm-container", paramLabel = "NAME", description = "GTM container name, instead of the model's tracking block.")
	private String containerName;

	@Option(names = "--dbt-events-model", paramLabel = "MODEL", description = "dbt model with one row per event, instead of the model's tracking block.")
	private String eventsModel;

	@Option(names = "--dbt-entity", paramLabel = "COLUMN", description = "dbt entity column (the user id), instead of the model's tracking block.")
	private String entity;

	@Option(names = "--dbt-timestamp", paramLabel = "COLUMN", description = "dbt event time column, instead of the model's tracking block.")
	private String timestamp;

	@Option(names = "--measurements", paramLabel = "DIR",
			description = "The folder 'journey measure --out' wrote (DIR/<package>.<Journey>/measurements.json): the reports show the actuals beside the plan. A journey it has no file for is generated without them, with a warning.")
	private Path measurements;

	@Option(names = "--baseline", paramLabel = "DIR|REV",
			description = "Version the Snowplow schemas and Segment rules against what was published before: DIR, a folder an earlier 'journey generate' wrote (its schemas keep their versions), or REV, a revision of the git repository the models are in, whose models are generated first (their schemas taken as 1-0-0). A changed schema gets the next SchemaVer version beside the published ones.")
	private String baseline;

	@Option(names = "--force",
			description = "Generate every journey, also those whose output is up to date (by default a journey whose files, the files they depend on, the options and the tool did not change since the last run into --out is skipped).")
	private boolean force;

	@Option(names = "--threads", paramLabel = "N",
			description = "Generate on N threads (default: one per core, or the system property journey.threads). The output is the same whatever N.")
	private Integer threads;

	@Option(names = "--watch", description = "Keep running and regenerate whenever a .journey file changes (Ctrl+C stops).")
	private boolean watch;

	@Override
	public Integer call() throws Exception {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter stderr = spec.commandLine().getErr();
		if (!targets.contains("all")) {
			// unknown names are a usage error before anything is read
			JourneyCli.injector().getInstance(GeneratorTargets.class).named(targets);
		}
		checkTrackingOptions();
		if (threads != null && threads < 1) {
			throw new ParameterException(spec.commandLine(), "--threads " + threads + " is not valid: give 1 or more.");
		}
		int code = generateOnce(stdout, stderr);
		if (!watch) {
			return code;
		}
		watchAndRegenerate(stdout, stderr);
		return JourneyCli.OK;
	}

	/**
	 * The options that replace tracking settings are held to the rules the model's own settings are
	 * (TrackingValidator): a dbt name goes unquoted into SQL and YAML, a vendor names Iglu folders.
	 */
	private void checkTrackingOptions() {
		checkOption("--dbt-events-model", eventsModel, DbtNames.SETTING, "a lower-case snake_case dbt model name (letters, digits, '_')");
		checkOption("--dbt-entity", entity, DbtNames.SETTING, "a lower-case snake_case column name (letters, digits, '_')");
		checkOption("--dbt-timestamp", timestamp, DbtNames.SETTING, "a lower-case snake_case column name (letters, digits, '_')");
		checkOption("--snowplow-vendor", vendor, SnowplowSchemas.VENDOR,
				"an Iglu vendor: letters, digits, '-' and '_' in parts separated by single dots, usually a reversed domain such as com.example");
	}

	private void checkOption(String option, String value, java.util.regex.Pattern rule, String expected) {
		if (value != null && !rule.matcher(value).matches()) {
			throw new ParameterException(spec.commandLine(),
					option + " '" + Terminal.escape(value) + "' is not valid: give " + expected + ".");
		}
	}

	int generateOnce(PrintWriter stdout, PrintWriter stderr) throws IOException {
		Workspace workspace = Workspace.load(JourneyCli.injector(), paths, threadCount());
		List<Problem> errors = workspace.validate(threadCount()).stream().filter(p -> p.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(problem -> stderr.println(problem.toLine()));
			stderr.println("journey: nothing generated: fix the " + errors.size() + (errors.size() == 1 ? " error" : " errors")
					+ " above first.");
			stderr.flush();
			return JourneyCli.MODEL_ERRORS;
		}
		MeasurementsFolder measured = measurements == null ? null : new MeasurementsFolder(measurements);
		if (measured != null && !readMeasurements(workspace, measured, stderr)) {
			return JourneyCli.USAGE_OR_IO;
		}
		TrackingBaseline published;
		try {
			published = baseline == null ? TrackingBaseline.NONE : readBaseline();
		} catch (IOException | IllegalArgumentException e) {
			stderr.println("journey: --baseline " + baseline + ": " + e.getMessage());
			stderr.flush();
			return JourneyCli.USAGE_OR_IO;
		}
		attachOverrides(workspace);
		GeneratorWarnings warnings = GeneratorWarnings.attach(workspace.resourceSet());
		OutputFolder folder = new OutputFolder(out);
		// a run killed while writing (kill -9) leaves its temporary files; they are never the user's
		AtomicFiles.removeLeftovers(out.toAbsolutePath().normalize());
		// with a baseline the output depends on another tree or folder too: generated every time
		UpToDateJourneys upToDate = new UpToDateJourneys(workspace.resources().values(),
				JourneyCli.injector().getInstance(JourneyScopeProvider.class), optionsFingerprint(), measured,
				force || baseline != null);
		JourneyGeneratorContext context = new JourneyGeneratorContext(targets.contains("all") ? null : targets, measured,
				CancelIndicator.NullImpl).withBaseline(published).withUpToDateCheck(upToDate);
		generate(workspace, folder, context, Terminal.interactive() && workspace.resources().size() > 10 ? stderr : null,
				threadCount());
		// the index needs every journey at once, which only the run over the whole workspace has
		PortfolioIndex.write(Portfolio.mapsOf(workspace.resources().values(), measured), targets, folder);
		Set<Path> written = new LinkedHashSet<>(folder.written());
		written.removeIf(path -> path.getFileName().toString().equals(UpToDateJourneys.STAMP));
		written.forEach(path -> stdout.println("wrote " + workspace.display(path)));
		if (upToDate.skipped() > 0) {
			stdout.println(upToDate.skipped() + (upToDate.skipped() == 1 ? " journey was" : " journeys were")
					+ " up to date and not generated again (--force generates them, and repeats their generator warnings).");
		}
		stdout.println(written.size() + (written.size() == 1 ? " file" : " files") + " generated into "
				+ workspace.display(out) + ".");
		stdout.flush();
		// after the list of files, where a reader of a long run still sees them
		// sorted by place: several threads report them in an order that depends on timing
		workspace.problemsOf(warnings.warnings()).stream().sorted(inWorkspaceOrder(workspace)).forEach(problem -> stderr.println(problem.toLine()));
		stderr.flush();
		return JourneyCli.OK;
	}

	/** The options a journey's output depends on, one per line. */
	private String optionsFingerprint() {
		return String.join("\n", "targets " + targets, "measurement-id " + measurementId, "snowplow-vendor " + vendor,
				"gtm-container " + containerName, "dbt-events-model " + eventsModel, "dbt-entity " + entity,
				"dbt-timestamp " + timestamp, "measurements " + (measurements == null ? "none" : "given"), "baseline " + baseline);
	}

	/** By file (in the order the workspace lists them), then line and column; then message. */
	private static Comparator<Problem> inWorkspaceOrder(Workspace workspace) {
		List<String> files = workspace.resources().keySet().stream().map(workspace::display).toList();
		return Comparator.<Problem>comparingInt(problem -> files.indexOf(problem.file()) < 0 ? files.size() : files.indexOf(problem.file()))
				.thenComparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column)
				.thenComparing(Problem::message);
	}

	private void attachOverrides(Workspace workspace) {
		TrackingOverrides.attach(workspace.resourceSet(), new TrackingOverrides(
				new TrackingSettings(measurementId, containerName, vendor, eventsModel, entity, timestamp)));
	}

	/** The thread count: --threads, else the system property journey.threads, else one per core. */
	private int threadCount() {
		return threads != null ? threads : Workspace.defaultThreads();
	}

	/**
	 * Runs the generator over every file of the workspace; with {@code progress}, says how far it is.
	 * Files are generated on {@code threadCount} threads, one file per task (a file's journeys share
	 * its caches, which are not made for several threads), and written in the workspace's order, so
	 * the output and the list of written files do not depend on the thread count or timing.
	 */
	private static void generate(Workspace workspace, OutputFolder folder, GeneratorContext context, PrintWriter progress,
			int threadCount) {
		IGenerator2 generator = JourneyCli.injector().getInstance(IGenerator2.class);
		List<Resource> resources = new ArrayList<>(workspace.resources().values());
		int threadsUsed = Math.min(threadCount, resources.size());
		ExecutorService pool = threadsUsed <= 1 ? null : Executors.newFixedThreadPool(threadsUsed, task -> {
			Thread thread = new Thread(task, "journey-generate");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<BufferedFiles>> generated = new ArrayList<>();
			for (Resource resource : resources) {
				Callable<BufferedFiles> task = () -> {
					BufferedFiles files = new BufferedFiles(folder);
					generator.beforeGenerate(resource, files, context);
					generator.doGenerate(resource, files, context);
					generator.afterGenerate(resource, files, context);
					return files;
				};
				// one thread: each file is written as soon as it is generated, as before
				generated.add(pool == null ? CompletableFuture.completedFuture(callNow(task)) : pool.submit(task));
				if (pool == null) {
					writeNext(generated, folder, progress, resources.size());
				}
			}
			while (pool != null && !generated.isEmpty()) {
				writeNext(generated, folder, progress, resources.size());
			}
		} finally {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
		if (progress != null) {
			progress.println();
		}
	}

	private static void writeNext(List<Future<BufferedFiles>> generated, OutputFolder folder, PrintWriter progress, int total) {
		resultOf(generated.remove(0)).writeTo(folder);
		if (progress != null) {
			progress.print("\rgenerating " + (total - generated.size()) + "/" + total);
			progress.flush();
		}
	}

	private static <T> T callNow(Callable<T> task) {
		try {
			return task.call();
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The task's result; its exception as the generator threw it, so the command reports it as before. */
	private static <T> T resultOf(Future<T> future) {
		try {
			return Parallel.resultOf(future);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * What was published before: a folder an earlier run wrote, or the Snowplow and Segment output of
	 * the models at a git revision (the same paths, read with JGit), generated into a temporary folder.
	 */
	private TrackingBaseline readBaseline() throws IOException {
		Path folder = Path.of(baseline);
		if (Files.isDirectory(folder)) {
			return TrackingBaseline.read(folder);
		}
		Workspace old;
		// the repository the models are in, found from the first of them
		try (GitTrees trees = GitTrees.open(paths.get(0))) {
			old = Workspace.loadContents(JourneyCli.injector(), trees.files(trees.commit(baseline), trees.relative(paths), baseline));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("no such folder, and not a git revision either ("
					+ e.getMessage().replaceFirst("^--git: ", "") + ")", e);
		}
		List<Problem> errors = old.validate().stream().filter(p -> p.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException("the models at " + baseline + " have " + errors.size()
					+ (errors.size() == 1 ? " error" : " errors") + " (the first: " + errors.get(0).toLine()
					+ "); give a revision whose models are valid, or a folder an earlier generate wrote");
		}
		attachOverrides(old);
		GeneratorWarnings.attach(old.resourceSet());
		Path generated = Files.createTempDirectory("journey-baseline");
		try {
			generate(old, new OutputFolder(generated),
					new JourneyGeneratorContext(List.of("snowplow", "segment"), CancelIndicator.NullImpl), null, threadCount());
			return TrackingBaseline.read(generated);
		} finally {
			try (Stream<Path> walk = Files.walk(generated)) {
				walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/**
	 * Reads every journey's measurements before anything is written, so that a broken file stops the
	 * run with its problem rather than after half the reports; a journey without a file is the
	 * generator's warning. Returns whether all files that are there could be read.
	 */
	private boolean readMeasurements(Workspace workspace, MeasurementsFolder measured, PrintWriter stderr) {
		if (!Files.isDirectory(measured.folder())) {
			stderr.println("journey: --measurements " + measured.folder() + ": no such folder. Give the folder that "
					+ "'journey measure --out DIR' wrote, with DIR/<package>.<Journey>/measurements.json in it.");
			stderr.flush();
			return false;
		}
		List<String> problems = new ArrayList<>();
		for (Resource resource : workspace.resources().values()) {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
				continue;
			}
			for (Journey journey : model.getElements().stream().filter(Journey.class::isInstance).map(Journey.class::cast)
					.toList()) {
				try {
					measured.actualsOf(JourneyMapBuilder.qualifiedName(journey));
				} catch (MeasurementsException e) {
					problems.add(e.getMessage());
				}
			}
		}
		if (problems.isEmpty()) {
			return true;
		}
		problems.forEach(problem -> stderr.println("journey: " + problem));
		stderr.println("journey: nothing generated: the measurements above cannot be read. Measure again with "
				+ "'journey measure ... --out " + measured.folder() + "', or leave out --measurements.");
		stderr.flush();
		return false;
	}

	private void watchAndRegenerate(PrintWriter stdout, PrintWriter stderr) throws IOException, InterruptedException {
		try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
			for (Path folder : foldersToWatch()) {
				folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
						StandardWatchEventKinds.ENTRY_DELETE);
			}
			stdout.println("watching for changes (Ctrl+C stops)");
			stdout.flush();
			while (!Thread.currentThread().isInterrupted()) {
				WatchKey key = watcher.take();
				boolean journeyChanged = key.pollEvents().stream()
						.anyMatch(event -> event.context().toString().endsWith(Workspace.EXTENSION));
				key.reset();
				if (journeyChanged) {
					// editors save in several steps; let them finish before reading
					TimeUnit.MILLISECONDS.sleep(200);
					drain(watcher);
					try {
						generateOnce(stdout, stderr);
					} catch (IOException | RuntimeException e) {
						stderr.println("journey: " + JourneyCli.describe(e));
						stderr.flush();
					}
				}
			}
		}
	}

	private static void drain(WatchService watcher) {
		WatchKey key;
		while ((key = watcher.poll()) != null) {
			key.pollEvents();
			key.reset();
		}
	}

	private List<Path> foldersToWatch() throws IOException {
		Set<Path> folders = new LinkedHashSet<>();
		for (Path path : paths) {
			Path absolute = path.toAbsolutePath().normalize();
			if (Files.isDirectory(absolute)) {
				try (Stream<Path> walk = Files.walk(absolute)) {
					walk.filter(Files::isDirectory).filter(dir -> !dir.startsWith(out.toAbsolutePath().normalize()))
							.forEach(folders::add);
				}
			} else {
				folders.add(absolute.getParent());
			}
		}
		return new ArrayList<>(folders);
	}
}
