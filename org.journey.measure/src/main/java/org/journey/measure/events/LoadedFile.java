package org.journey.measure.events;

/** A file an engine read: its name, how it is stored, the format it was read as, and its rows (lines, records). */
public record LoadedFile(String file, EventFileType type, EventFormat format, long rows) {
}
