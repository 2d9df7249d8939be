package org.journey.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How fast {@code journey measure} reads simulated event logs: for each size (events) and format,
 * {@code journey simulate} writes a log of examples/paintings (with examples/shared), then
 * {@code ./journey measure} (embedded DuckDB) and, when it is built, {@code ./journey-spark measure
 * --engine spark --master local[*]} measure it, each in a new JVM under GNU time. Prints wall time,
 * CPU time (user + system, of the whole process tree) and peak resident memory (the JVM and DuckDB's
 * native memory), and the machine's load average before each run, since on a shared machine the
 * wall time is mostly waiting. Nothing is asserted: the figures are for people (README, "Measuring
 * journeys").
 * <p>
 * Arguments: the repository root, then optionally sizes (default 1000000,10000000), formats
 * (default parquet,jsonl) and engines (default duckdb,spark).
 */
public final class MeasureBenchmark {

	/** examples/paintings emits about 2.29 events per simulated customer (README, "Simulated event logs"). */
	private static final double EVENTS_PER_USER = 2.287;

	private final Path repository;
	private final Path work;

	private MeasureBenchmark(Path repository, Path work) {
		this.repository = repository;
		this.work = work;
	}

	public static void main(String[] args) throws Exception {
		Path repository = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		List<Long> sizes = (args.length > 1 ? Stream.of(args[1].split(",")) : Stream.of("1000000", "10000000"))
				.map(Long::parseLong).toList();
		List<String> formats = List.of((args.length > 2 ? args[2] : "parquet,jsonl").split(","));
		List<String> engines = List.of((args.length > 3 ? args[3] : "duckdb,spark").split(","));
		Path work = Files.createTempDirectory("journey-measure-benchmark");
		try {
			new MeasureBenchmark(repository, work).run(sizes, formats, engines);
		} finally {
			deleteRecursively(work);
		}
	}

	private void run(List<Long> sizes, List<String> formats, List<String> engines) throws Exception {
		System.out.printf(Locale.ROOT, "journey measure benchmark: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		boolean sparkBuilt = Files.isDirectory(repository.resolve("org.journey.measure.spark/target/spark-lib"));
		if (engines.contains("spark") && !sparkBuilt) {
			System.out.println("(spark left out: org.journey.measure.spark/target/spark-lib is missing; build it with"
					+ " mvn -B -DskipTests package -pl org.journey.measure.spark -am)");
		}
		System.out.println();
		System.out.println("| events | format | step | wall | CPU (user+sys) | peak memory (RSS) | load before |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (long events : sizes) {
			long users = Math.round(events / EVENTS_PER_USER);
			for (String format : formats) {
				Path log = work.resolve("events-" + events + "." + format);
				Timed simulated = timed(List.of(repository.resolve("journey").toString(), "simulate", "examples/paintings",
						"examples/shared", "--users", Long.toString(users), "--seed", "16", "--format", format, "--out",
						log.toString()));
				String wrote = simulated.output.lines().filter(line -> line.startsWith("wrote")).findFirst().orElse("?");
				print(events, format, "simulate (" + wrote.replaceAll("^wrote \\S+: (\\d+) events.*", "$1 events") + ", "
						+ Files.size(log) / 1_000_000 + " MB)", simulated);
				for (String engine : engines) {
					List<String> command = new ArrayList<>();
					if (engine.equals("spark")) {
						if (!sparkBuilt) {
							continue;
						}
						command.addAll(List.of(repository.resolve("journey-spark").toString(), "measure", "--engine", "spark",
								"--master", "local[*]"));
					} else {
						command.addAll(List.of(repository.resolve("journey").toString(), "measure"));
					}
					command.addAll(List.of("examples/paintings", "examples/shared", "--events", log.toString(), "--out",
							work.resolve("out-" + engine).toString()));
					Timed measured = timed(command);
					String summary = measured.output.lines().filter(line -> line.contains(" rows read from ")).findFirst()
							.orElse("failed: " + measured.output.lines().reduce((a, b) -> b).orElse(""));
					print(events, format, "measure, " + engine + " (" + summary.replaceAll(" rows read from .*: (\\d+) events measured.*", " rows, $1 events") + ")", measured);
				}
				Files.deleteIfExists(log);
			}
		}
	}

	private static void print(long events, String format, String step, Timed timed) {
		System.out.printf(Locale.ROOT, "| %,d | %s | %s | %.1f s | %.1f s | %d MB | %.1f |%n", events, format, step,
				timed.wallSeconds, timed.cpuSeconds, timed.peakKb / 1024, timed.loadBefore);
	}

	private record Timed(double wallSeconds, double cpuSeconds, long peakKb, double loadBefore, String output) {
	}

	/** Runs the command under GNU time (its figures on the last line of the output). */
	private Timed timed(List<String> command) throws IOException, InterruptedException {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Path output = Files.createTempFile(work, "run", ".log");
		List<String> withTime = new ArrayList<>(List.of("/usr/bin/time", "-f", "TIME %e %U %S %M"));
		withTime.addAll(command);
		Process process = new ProcessBuilder(withTime).directory(repository.toFile()).redirectErrorStream(true)
				.redirectOutput(output.toFile()).start();
		process.waitFor();
		String text = Files.readString(output, StandardCharsets.UTF_8);
		String[] figures = text.lines().filter(line -> line.startsWith("TIME ")).reduce((a, b) -> b)
				.orElseThrow(() -> new IllegalStateException("no figures from GNU time:\n" + text)).split(" ");
		return new Timed(Double.parseDouble(figures[1]), Double.parseDouble(figures[2]) + Double.parseDouble(figures[3]),
				Long.parseLong(figures[4]), load, text);
	}

	private static void deleteRecursively(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
