package org.journey.benchmarks;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.journey.cli.JourneyCli;
import org.journey.dsl.JourneyStandaloneSetup;

import com.google.inject.Injector;

/**
 * Parses, links and validates one synthetic workspace a few times and prints each stage's time: a
 * workload to run under a profiler, e.g.
 * {@code java -XX:StartFlightRecording=filename=check.jfr -cp ... org.journey.benchmarks.ProfileCheck 100000 5}.
 * With a third argument {@code generate}, each round is {@code journey generate} (all targets) of
 * the workspace in-process instead; with {@code every-core}, the command line's load and validate
 * on every core, then every target per file on every core, into memory.
 */
public final class ProfileCheck {

	private ProfileCheck() {
	}

	public static void main(String[] args) throws Exception {
		int lines = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		Path folder = Files.createTempDirectory("journey-profile");
		SyntheticWorkspace workspace = SyntheticWorkspace.generate(lines, 1 + Math.max(1, lines / 2_500));
		workspace.writeTo(folder);
		if (args.length > 2 && args[2].equals("generate")) {
			generateRounds(workspace, folder, rounds);
			return;
		}
		if (args.length > 2 && args[2].equals("every-core")) {
			everyCoreRounds(workspace, folder, rounds);
			return;
		}
		Injector injector = new JourneyStandaloneSetup().createInjectorAndDoEMFRegistration();
		for (int round = 0; round < rounds; round++) {
			Stages.OneThread checked = Stages.oneThread(injector, folder, workspace.files().keySet());
			System.out.printf(Locale.ROOT, "%,d lines: parse %d ms, link %d ms, validate %d ms (%d issues)%n", workspace.lines(),
					checked.parse() / 1_000_000, checked.link() / 1_000_000, checked.validate() / 1_000_000, checked.problems().size());
		}
	}

	private static void generateRounds(SyntheticWorkspace workspace, Path folder, int rounds) throws Exception {
		for (int round = 0; round < rounds; round++) {
			Path out = Files.createTempDirectory("journey-profile-out");
			StringWriter output = new StringWriter();
			long start = System.nanoTime();
			long cpuStart = processCpuNanos();
			int code = JourneyCli.run(new PrintWriter(output), new PrintWriter(output), "generate",
					folder.toString(), "--out", out.toString());
			// the CPU time too: on a machine others use, it moves less than the elapsed time
			System.out.printf(Locale.ROOT, "%,d lines: generate %d ms, %d ms of CPU (exit %d)%n", workspace.lines(),
					(System.nanoTime() - start) / 1_000_000, (processCpuNanos() - cpuStart) / 1_000_000, code);
			try (Stream<Path> walk = Files.walk(out)) {
				walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}

	/** The command line's load (parse and link) and validate on every core, then every target per file on every core, in memory. */
	private static void everyCoreRounds(SyntheticWorkspace workspace, Path folder, int rounds) throws Exception {
		Injector injector = new JourneyStandaloneSetup().createInjectorAndDoEMFRegistration();
		int threads = Runtime.getRuntime().availableProcessors();
		for (int round = 0; round < rounds; round++) {
			Stages.EveryCore run = Stages.everyCore(injector, folder, threads);
			System.out.printf(Locale.ROOT, "%,d lines on %d threads: parse + link %d ms, validate %d ms (%d problems), generate %d ms, all %d ms%n",
					workspace.lines(), threads, run.load() / 1_000_000, run.validate() / 1_000_000, run.problems().size(),
					run.generate() / 1_000_000, run.total() / 1_000_000);
		}
	}
}
