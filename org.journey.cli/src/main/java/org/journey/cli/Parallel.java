package org.journey.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Work on the files of a workspace spread over threads, with results in the files' order, so
 * that what a command prints and writes never depends on the thread count or timing.
 */
final class Parallel {

	/** What is done per item; may fail with an IOException, which {@link #map} rethrows. */
	interface Task<T, R> {
		R apply(T item) throws IOException;
	}

	private Parallel() {
	}

	/**
	 * The results of {@code task} for each item, in the items' order, computed on up to
	 * {@code threads} threads (on the calling thread when one is enough). The first item's failure,
	 * in the items' order, is rethrown as it was thrown.
	 */
	static <T, R> List<R> map(List<T> items, int threads, Task<T, R> task) throws IOException {
		int used = Math.min(threads, items.size());
		List<R> results = new ArrayList<>(items.size());
		if (used <= 1) {
			for (T item : items) {
				results.add(task.apply(item));
			}
			return results;
		}
		ExecutorService pool = Executors.newFixedThreadPool(used, work -> {
			Thread thread = new Thread(work, "journey-worker");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<R>> futures = new ArrayList<>(items.size());
			for (T item : items) {
				futures.add(pool.submit(() -> task.apply(item)));
			}
			for (Future<R> future : futures) {
				results.add(resultOf(future));
			}
			return results;
		} finally {
			pool.shutdownNow();
		}
	}

	/** {@link #map} of work that reads and writes no files. */
	static <T, R> List<R> mapUnchecked(List<T> items, int threads, Function<T, R> task) {
		try {
			return map(items, threads, task::apply);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The task's result; its exception as the task threw it. */
	static <R> R resultOf(Future<R> future) throws IOException {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while working on the files", e);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}
}
