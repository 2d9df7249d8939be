package org.journey.benchmarks;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.journey.cli.JourneyCli;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Runs the command line as {@code journey} does, then prints the heap's peak: the most the heap
 * held after a garbage collection (what was live, at most), since the peak of used heap mostly
 * says how long the collector waited.
 */
public final class HeapProbe {

	static final String PREFIX = "peak heap MiB after GC: ";

	private HeapProbe() {
	}

	public static void main(String[] args) {
		AtomicLong peakAfterGc = new AtomicLong();
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
							.from((CompositeData) notification.getUserData());
					long used = 0;
					for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
						used += pool.getValue().getUsed();
					}
					peakAfterGc.accumulateAndGet(used, Math::max);
				}
			}, null, null);
		}
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		int code = JourneyCli.run(out, err, args);
		long peakUsed = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peakUsed += pool.getPeakUsage().getUsed();
			}
		}
		// no collection at all: everything ever allocated fitted, so the used peak is the bound
		long peak = peakAfterGc.get() > 0 ? peakAfterGc.get() : peakUsed;
		out.println(PREFIX + (peak >> 20));
		System.exit(code);
	}
}
