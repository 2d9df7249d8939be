package org.journey.measure.simulate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The shapes a simulated log is written in: the plain event table in three formats, and the GA4 export in two. */
public enum EventFormat {

	JSONL("jsonl", ".jsonl"),
	CSV("csv", ".csv"),
	PARQUET("parquet", ".parquet"),
	GA4_JSONL("ga4-jsonl", null),
	GA4_PARQUET("ga4-parquet", null);

	private final String id;
	private final String extension;

	EventFormat(String id, String extension) {
		this.id = id;
		this.extension = extension;
	}

	public String id() {
		return id;
	}

	public boolean ga4() {
		return this == GA4_JSONL || this == GA4_PARQUET;
	}

	public boolean parquet() {
		return this == PARQUET || this == GA4_PARQUET;
	}

	/** The format named on the command line, e.g. {@code ga4-parquet}. */
	public static Optional<EventFormat> named(String name) {
		return Arrays.stream(values()).filter(f -> f.id.equals(name.toLowerCase(Locale.ROOT))).findFirst();
	}

	/** The plain-table format a file's extension implies; GA4 shapes are only ever chosen by name. */
	public static Optional<EventFormat> ofFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(f -> f.extension != null && name.endsWith(f.extension)).findFirst();
	}

	public static String knownNames() {
		return Arrays.stream(values()).map(EventFormat::id).collect(Collectors.joining(", "));
	}
}
