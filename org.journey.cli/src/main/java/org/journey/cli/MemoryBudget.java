package org.journey.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.journey.dsl.resource.JourneyResource;

/**
 * Refuses, before reading, models that cannot fit in the memory this JVM may use, with a message
 * saying how much they need, instead of an OutOfMemoryError half-way through. The 16 MB file limit
 * ({@link JourneyResource#MAX_FILE_BYTES}) is sized for a build's usual heap; a JVM started with
 * less (-Xmx256m) gets a limit relative to its own.
 */
final class MemoryBudget {

	/**
	 * Memory a model holds per byte of its text, read, validated and generated (the benchmark: 591
	 * MiB after GC for 7.9 MB, about 75), rounded up for the garbage collector's headroom.
	 */
	static final long BYTES_OF_MEMORY_PER_BYTE_OF_TEXT = 80;

	private MemoryBudget() {
	}

	static void check(List<Path> files, Function<Path, String> display) throws IOException {
		long text = 0;
		Path largest = null;
		for (Path file : files) {
			long size = Files.size(file);
			if (size > JourneyResource.MAX_FILE_BYTES) {
				continue; // not read; the resource reports it as too large
			}
			text += size;
			if (largest == null || size > Files.size(largest)) {
				largest = file;
			}
		}
		long needed = text * BYTES_OF_MEMORY_PER_BYTE_OF_TEXT;
		long available = Runtime.getRuntime().maxMemory();
		if (needed > available) {
			throw new IOException("the models are too large for this Java's memory: " + (text >> 20) + " MB of text"
					+ " (the largest file " + display.apply(largest) + ") need about " + (needed >> 20) + " MB, and Java may use "
					+ (available >> 20) + " MB. Give it more (JOURNEY_JAVA_OPTS=-Xmx" + gigabytesFor(needed)
					+ "g), or split the files.");
		}
	}

	private static long gigabytesFor(long bytes) {
		return Math.max(1, (bytes + (1L << 30) - 1) >> 30);
	}
}
