package org.journey.measure.events;

import java.nio.file.Path;

/**
 * One file of event data: where it is, the name messages and measurements.json call it by (as the
 * user wrote it, relative to the current folder when below it), and how it is stored.
 */
public record EventFile(Path path, String displayName, EventFileType type) {
}
