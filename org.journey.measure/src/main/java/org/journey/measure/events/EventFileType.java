package org.journey.measure.events;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** How an event file is stored, told by its extension. */
public enum EventFileType {
	/** One JSON object per line: .jsonl, .ndjson, .json. */
	JSON_LINES,
	/** Comma-separated with a header row: .csv. */
	CSV,
	PARQUET;

	public static Optional<EventFileType> of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
			return Optional.of(JSON_LINES);
		}
		if (name.endsWith(".csv")) {
			return Optional.of(CSV);
		}
		if (name.endsWith(".parquet")) {
			return Optional.of(PARQUET);
		}
		return Optional.empty();
	}
}
