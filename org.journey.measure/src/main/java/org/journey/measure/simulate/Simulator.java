package org.journey.measure.simulate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.journey.measure.simulate.SimulationSummary.JourneyCounts;
import org.journey.measure.simulate.SimulationSummary.PhaseCount;

/**
 * Writes the synthetic event log of journeys: each of the {@code users} customers (u1, u2, ...)
 * walks each journey on their own random stream, derived from the seed, the journey's position and
 * the customer's number, so the file is the same bytes for the same models, users and seed.
 * Events are written customer by customer (each customer's in time order), never all held in
 * memory. The file appears whole or not at all: it is written next to its place and moved there.
 */
public final class Simulator {

	private Simulator() {
	}

	public static SimulationSummary simulate(List<JourneyFunnel> journeys, Simulation simulation, Path out)
			throws IOException {
		Path target = out.toAbsolutePath().normalize();
		if (Files.isDirectory(target)) {
			throw new IOException(out + " is a folder: --out names the file to write, e.g. " + out.resolve("events.jsonl"));
		}
		Files.createDirectories(target.getParent());
		Path temporary = besides(target, ".tmp");
		Path staged = null;
		try {
			SimulationSummary summary;
			if (simulation.format().parquet()) {
				staged = besides(target, ".staged");
				summary = writeEvents(journeys, simulation, staged, simulation.format() == EventFormat.GA4_PARQUET);
				if (simulation.format() == EventFormat.GA4_PARQUET) {
					ParquetCopy.ga4(staged, temporary);
				} else {
					ParquetCopy.plain(staged, temporary);
				}
			} else {
				summary = writeEvents(journeys, simulation, temporary, simulation.format() == EventFormat.GA4_JSONL);
			}
			move(temporary, target);
			return summary;
		} finally {
			Files.deleteIfExists(temporary);
			if (staged != null) {
				Files.deleteIfExists(staged);
			}
		}
	}

	/**
	 * The events as JSON lines (GA4 shaped or plain) or, for the plain table that is not JSON
	 * lines, CSV: Parquet is staged as JSON lines for GA4's nested parameters and as CSV for the
	 * plain table, which DuckDB reads fastest.
	 */
	private static SimulationSummary writeEvents(List<JourneyFunnel> journeys, Simulation simulation, Path file,
			boolean ga4) throws IOException {
		boolean csv = simulation.format() == EventFormat.CSV || simulation.format() == EventFormat.PARQUET;
		long events = 0;
		List<JourneyCounts> counts = new ArrayList<>();
		try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
				EventSink sink = csv ? new CsvSink(stream) : new JsonLinesSink(stream, ga4)) {
			for (int j = 0; j < journeys.size(); j++) {
				JourneyFunnel funnel = journeys.get(j);
				CustomerWalk walk = new CustomerWalk(funnel, simulation.windowStartMillis(), simulation.windowMillis());
				long[] reached = new long[funnel.steps().size()];
				for (long customer = 1; customer <= simulation.users(); customer++) {
					SplitMix random = SplitMix.forCustomer(simulation.seed(), j, customer);
					for (SimulatedEvent event : walk.walk("u" + customer, random, reached)) {
						sink.write(event);
						events++;
					}
				}
				List<PhaseCount> phases = new ArrayList<>();
				for (int p = 0; p < reached.length; p++) {
					JourneyFunnel.Step step = funnel.steps().get(p);
					phases.add(new PhaseCount(step.phase(), step.volume(), step.conversion(), reached[p],
							!step.tracked().isEmpty()));
				}
				counts.add(new JourneyCounts(funnel.name(), List.copyOf(phases)));
			}
		}
		return new SimulationSummary(events, simulation.users(), List.copyOf(counts));
	}

	/**
	 * A hidden file name next to the target that nothing else uses. Not Files.createTempFile: its
	 * files are readable by their owner only, and the log is moved into place with those rights.
	 */
	private static Path besides(Path target, String suffix) {
		return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
				+ Long.toUnsignedString(System.nanoTime(), 36) + suffix);
	}

	private static void move(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
