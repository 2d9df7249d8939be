package org.journey.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.validation.Issue;
import org.journey.cli.JourneyCli;
import org.journey.dsl.JourneyStandaloneSetup;
import org.journey.dsl.generator.GeneratorTargets;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;

import com.google.inject.Injector;

/**
 * Measures Journey on synthetic workspaces of growing size and prints one table: per stage and
 * size the time, lines/s, MB/s and the scaling ratio time(10 N) / time(N). Nothing is asserted:
 * the figures are for people (README, "Performance"). Run it with {@code org.journey.benchmarks/run}
 * from the repository root after {@code mvn -B -DskipTests package}.
 *
 * <p>In-process stages are warm: the JVM has run the whole pipeline a few times first, and each
 * stage reports its best of several runs (three, two at 200,000 lines). The CLI stages start a new JVM per run through the
 * {@code ./journey} launcher, as a user or CI does.
 */
public final class Benchmark {

	private static final int[] SIZES = { 1_000, 10_000, 100_000, 200_000 };
	private static final int LINES_PER_FILE = 2_500;

	private final Injector injector = new JourneyStandaloneSetup().createInjectorAndDoEMFRegistration();
	private final Path repository;
	private final Path work;
	/** stage, then size, to milliseconds */
	private final Map<String, Map<Integer, Double>> times = new LinkedHashMap<>();
	private final Map<Integer, SyntheticWorkspace> workspaces = new LinkedHashMap<>();
	private final List<String> notes = new ArrayList<>();

	private Benchmark(Path repository, Path work) {
		this.repository = repository;
		this.work = work;
	}

	public static void main(String[] args) throws Exception {
		Path repository = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		Path work = Files.createTempDirectory("journey-benchmark");
		try {
			new Benchmark(repository, work).run();
		} finally {
			deleteRecursively(work);
		}
	}

	private void run() throws Exception {
		System.out.printf(Locale.ROOT, "Journey benchmark: %d cores, load average %.2f, Java %s, max heap %d MiB%n",
				Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		for (int size : SIZES) {
			SyntheticWorkspace workspace = SyntheticWorkspace.generate(size, 1 + Math.max(1, size / LINES_PER_FILE));
			workspace.writeTo(folder(size));
			workspaces.put(size, workspace);
		}
		warmUp();
		for (int size : SIZES) {
			progress(String.format(Locale.ROOT, "in-process stages, %,d lines", size));
			// best of three: one run of a stage moves by a third with the garbage collector's timing
			measureInProcess(size, size <= 100_000 ? 3 : 2);
		}
		for (int size : SIZES) {
			progress(String.format(Locale.ROOT, "command line in a new JVM, %,d lines", size));
			measureCli(size);
		}
		progress("command line validate of a small workspace");
		measureSmallValidate();
		print();
	}

	private static void progress(String what) {
		System.err.printf(Locale.ROOT, "... %s (load average %.2f)%n", what,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private void warmUp() throws Exception {
		progress("warming up on 10,000 lines");
		for (int i = 0; i < 2; i++) {
			pipeline(10_000, false);
		}
	}

	private void measureInProcess(int size, int repeats) throws Exception {
		for (int i = 0; i < repeats; i++) {
			pipeline(size, true);
		}
		for (int i = 0; i < repeats; i++) {
			record("full pipeline, both cores (in memory)", size, pipelineOnEveryCore(size));
		}
		for (int i = 0; i < repeats; i++) {
			Path out = work.resolve("out-" + size);
			record("CLI generate all, in-process (warm)", size, generateInProcess(size, out));
			// the same again into the same folder: every journey is up to date, nothing is generated
			record("CLI generate all, in-process, no change (warm)", size, generateInProcess(size, out));
			deleteRecursively(out);
		}
	}

	private long generateInProcess(int size, Path out) {
		StringWriter output = new StringWriter();
		long start = System.nanoTime();
		int code = JourneyCli.run(new PrintWriter(output), new PrintWriter(output), "generate", folder(size).toString(), "--out",
				out.toString());
		long took = System.nanoTime() - start;
		check(code == 0, "generate failed: " + output);
		return took;
	}

	/** Parse, link, validate and every target, each timed on its own; keeps the best time per stage. */
	private void pipeline(int size, boolean record) throws IOException {
		// as the command line does: an index of the loaded files before linking (counted as linking)
		Stages.OneThread checked = Stages.oneThread(injector, folder(size), workspaces.get(size).files().keySet());
		List<Resource> resources = checked.resources();
		List<Issue> problems = checked.problems();
		check(problems.stream().noneMatch(p -> p.getSeverity() != Severity.INFO), "the synthetic workspace is not clean: " + problems);
		if (record) {
			record("parse", size, checked.parse());
			record("link", size, checked.link());
			record("validate", size, checked.validate());
			record("parse + link + validate", size, checked.parse() + checked.link() + checked.validate());
		}

		long mapStart = System.nanoTime();
		List<JourneyRun> runs = new ArrayList<>();
		for (Resource resource : resources) {
			for (Object element : ((Model) resource.getContents().get(0)).getElements()) {
				if (element instanceof Journey journey) {
					runs.add(JourneyRun.of(journey));
				}
			}
		}
		long mapped = System.nanoTime();
		// built here, as the generator builds it once per journey, so that no target's time includes it
		runs.forEach(JourneyRun::trackingPlan);
		long planned = System.nanoTime();
		long generating = planned - mapStart;
		if (record) {
			record("journey map (shared by reports)", size, mapped - mapStart);
			record("tracking plan (shared by tracking targets)", size, planned - mapped);
		}
		for (ReportTarget target : injector.getInstance(GeneratorTargets.class).all()) {
			InMemoryFileSystemAccess files = new InMemoryFileSystemAccess();
			long targetStart = System.nanoTime();
			for (JourneyRun run : runs) {
				target.generate(run, files);
			}
			long took = System.nanoTime() - targetStart;
			generating += took;
			if (record) {
				record("target " + target.name(), size, took);
			}
		}
		if (record) {
			record("all targets", size, generating);
			record("full pipeline (parse ... all targets, in memory)", size,
					checked.parse() + checked.link() + checked.validate() + generating);
		}
	}

	/** {@link Stages#everyCore}: the time from reading the first byte to the last target's output. */
	private long pipelineOnEveryCore(int size) throws Exception {
		Stages.EveryCore run = Stages.everyCore(injector, folder(size), Runtime.getRuntime().availableProcessors());
		check(run.problems().stream().allMatch(p -> p.severity() == Severity.INFO), "the synthetic workspace is not clean");
		check(run.filesGenerated() > 0, "nothing was generated");
		return run.total();
	}

	private void measureCli(int size) throws Exception {
		Path out = work.resolve("cli-out-" + size);
		// the first run of a new jar starts making the class-data sharing archive: not what users see
		launch(List.of("validate", folder(1_000).toString()), List.of());
		awaitStartupArchive();
		Result generate = launch(List.of("generate", folder(size).toString(), "--out", out.toString()), List.of());
		check(generate.code == 0, "journey generate failed: " + generate.output);
		record("CLI generate all, new JVM (cold)", size, generate.nanos);
		deleteRecursively(out);

		// peak heap: the same run with a probe that reads the JVM's memory pools before it exits
		Result probe = launch(List.of("generate", folder(size).toString(), "--out", out.toString()),
				List.of("-Xmx1g", "-cp", jar().toString() + java.io.File.pathSeparator + ownClasses(), HeapProbe.class.getName()));
		if (probe.code != 0) {
			notes.add(String.format(Locale.ROOT, "%,d lines: journey generate does not fit in -Xmx1g (exit %d)", size, probe.code));
		} else {
			String peak = probe.output.lines().filter(l -> l.startsWith(HeapProbe.PREFIX)).findFirst().orElseThrow();
			times.computeIfAbsent("peak heap after GC, CLI generate all, -Xmx1g", k -> new LinkedHashMap<>()).put(size,
					Double.parseDouble(peak.substring(HeapProbe.PREFIX.length()).trim()));
		}
		deleteRecursively(out);
	}

	private void measureSmallValidate() throws Exception {
		Path small = work.resolve("small");
		SyntheticWorkspace smallWorkspace = SyntheticWorkspace.generate(200, 2);
		smallWorkspace.writeTo(small);
		launch(List.of("validate", small.toString()), List.of());
		awaitStartupArchive();
		List<Long> runs = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			Result result = launch(List.of("validate", small.toString()), List.of());
			check(result.code == 0, "journey validate failed: " + result.output);
			runs.add(result.nanos);
		}
		runs.sort(null);
		notes.add(String.format(Locale.ROOT,
				"CLI validate of a small workspace (%d files, %d lines), new JVM via ./journey: median %.0f ms, best %.0f ms of 7 runs",
				smallWorkspace.files().size(), smallWorkspace.lines(), runs.get(3) / 1e6, runs.get(0) / 1e6));
	}

	/**
	 * Waits until the launcher's training run (started in the background by the first run after a
	 * build) has written its class-data archive: measured while it runs, a command would compete
	 * with it for the cores, and would start without the archive users have from then on.
	 */
	private void awaitStartupArchive() throws Exception {
		Path archives = repository.resolve("org.journey.cli/target/start-up");
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline) {
			if (Files.isDirectory(archives)) {
				try (Stream<Path> files = Files.list(archives)) {
					List<Path> all = files.toList();
					boolean training = all.stream().anyMatch(file -> file.getFileName().toString().endsWith(".training"));
					boolean made = all.stream().anyMatch(file -> file.getFileName().toString().endsWith(".jsa")
							&& file.toFile().lastModified() >= jar().toFile().lastModified());
					if (made && !training) {
						return;
					}
				}
			}
			Thread.sleep(500);
		}
		notes.add("the launcher's class-data archive was not made within 3 minutes: the CLI figures are without it");
	}

	private record Result(int code, long nanos, String output) {
	}

	/**
	 * Runs the {@code ./journey} launcher (its JVM options and class-data sharing archive), or,
	 * with {@code javaOptions}, java itself with those options and the arguments.
	 */
	private Result launch(List<String> arguments, List<String> javaOptions) throws Exception {
		List<String> command = new ArrayList<>();
		if (javaOptions.isEmpty()) {
			command.add(repository.resolve("journey").toString());
		} else {
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(javaOptions);
		}
		command.addAll(arguments);
		Path log = work.resolve("launch.log");
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("timed out: " + command);
		}
		long took = System.nanoTime() - start;
		return new Result(process.exitValue(), took, Files.readString(log, StandardCharsets.UTF_8));
	}

	private Path jar() {
		return repository.resolve("org.journey.cli/target/journey.jar");
	}

	private static String ownClasses() throws Exception {
		return Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
	}

	private Path folder(int size) {
		return work.resolve("workspace-" + size);
	}

	private void record(String stage, int size, long nanos) {
		times.computeIfAbsent(stage, k -> new LinkedHashMap<>()).merge(size, nanos / 1e6, Math::min);
	}

	private void print() {
		System.out.println();
		System.out.print("workspaces:");
		workspaces.forEach((size, w) -> System.out.printf(Locale.ROOT, "  %,d lines / %,d files / %.1f MB;", w.lines(),
				w.files().size(), w.bytes() / 1e6));
		System.out.println();
		System.out.println();
		StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-50s", "stage (ms; lines/s; MB/s)"));
		for (int size : SIZES) {
			header.append(String.format(Locale.ROOT, " | %29s", String.format(Locale.ROOT, "%,d lines", size)));
		}
		header.append(" | ratio 10k/1k | ratio 100k/10k | ratio 200k/100k");
		System.out.println(header);
		System.out.println("-".repeat(header.length()));
		for (Map.Entry<String, Map<Integer, Double>> stage : times.entrySet()) {
			boolean heap = stage.getKey().startsWith("peak heap");
			StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-50s", stage.getKey()));
			for (int size : SIZES) {
				Double value = stage.getValue().get(size);
				if (value == null) {
					row.append(String.format(Locale.ROOT, " | %29s", "-"));
				} else if (heap) {
					row.append(String.format(Locale.ROOT, " | %29s", String.format(Locale.ROOT, "%.0f MiB", value)));
				} else {
					SyntheticWorkspace workspace = workspaces.get(size);
					double seconds = Math.max(value, 0.001) / 1e3;
					row.append(String.format(Locale.ROOT, " | %29s", String.format(Locale.ROOT, "%,.0f ms; %,.0f/s; %.1f MB/s", value,
							workspace.lines() / seconds, workspace.bytes() / 1e6 / seconds)));
				}
			}
			row.append(String.format(Locale.ROOT, " | %12s | %14s | %15s", ratio(stage.getValue(), 1_000, 10_000),
					ratio(stage.getValue(), 10_000, 100_000), ratio(stage.getValue(), 100_000, 200_000)));
			System.out.println(row);
		}
		System.out.println();
		System.out.println("ratios: time(larger) / time(smaller) scaled to ten times the lines, so 10 is linear"
				+ " (100k -> 200k: time(200k) / time(100k) x 10 / (lines(200k) / lines(100k))).");
		Map<Integer, Double> parse = times.get("parse");
		Map<Integer, Double> full = times.get("full pipeline (parse ... all targets, in memory)");
		Map<Integer, Double> everyCore = times.getOrDefault("full pipeline, both cores (in memory)", Map.of());
		for (int size : SIZES) {
			if (parse != null && full != null && parse.get(size) != null && full.get(size) != null) {
				if (everyCore.get(size) != null) {
					System.out.printf(Locale.ROOT, "%,d lines: full pipeline = %.1f x bare parse (%.0f ms / %.0f ms, every core); ", size,
							everyCore.get(size) / parse.get(size), everyCore.get(size), parse.get(size));
				}
				System.out.printf(Locale.ROOT, "%,d lines: full pipeline = %.1f x bare parse (%.0f ms / %.0f ms, one thread)", size,
						full.get(size) / parse.get(size), full.get(size), parse.get(size));
				Double generate = times.getOrDefault("CLI generate all, in-process (warm)", Map.of()).get(size);
				if (generate != null) {
					System.out.printf(Locale.ROOT, "; journey generate = %.1f x bare parse (%.0f ms, every core, writes files)",
							generate / parse.get(size), generate);
				}
				System.out.println();
			}
		}
		notes.forEach(System.out::println);
		System.out.printf(Locale.ROOT, "load average at the end: %.2f (%d cores)%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
	}

	/** time(large) / time(small), scaled to exactly 10x the lines (the generator lands near, not on, each size). */
	private String ratio(Map<Integer, Double> values, int small, int large) {
		Double a = values.get(small);
		Double b = values.get(large);
		if (a == null || b == null || a <= 0) {
			return "-";
		}
		double linesFactor = (double) workspaces.get(large).lines() / workspaces.get(small).lines();
		return String.format(Locale.ROOT, "%.1f", b / a * 10 / linesFactor);
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

	private static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
