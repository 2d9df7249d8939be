package org.journey.benchmarks;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;

import org.journey.cli.JourneyCli;

/**
 * Runs the command line as {@code journey} does, then prints the heap's peak use: the sum of each
 * heap pool's peak, so an upper bound of what was live at once (garbage not yet collected included).
 */
public final class HeapProbe {

	static final String PREFIX = "peak heap MiB: ";

	private HeapProbe() {
	}

	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		int code = JourneyCli.run(out, err, args);
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		out.println(PREFIX + (peak >> 20));
		System.exit(code);
	}
}
