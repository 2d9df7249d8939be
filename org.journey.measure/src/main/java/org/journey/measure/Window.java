package org.journey.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The time window measured: events at or after {@code from} and strictly before {@code to}, in
 * UTC; either end may be open (null). A date means its midnight UTC, so {@code --from 2026-03-01
 * --to 2026-04-01} is all of March.
 */
public record Window(Instant from, Instant to) {

	public static final Window ALL = new Window(null, null);

	public Window {
		if (from != null && to != null && !from.isBefore(to)) {
			throw new IllegalArgumentException("the window is empty: --from " + from + " is not before --to " + to + ".");
		}
	}

	/** A date (2026-03-01, midnight UTC) or an ISO-8601 time with an offset (2026-03-01T12:00:00+01:00); null stays null. */
	public static Instant parse(String text, String option) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
		} catch (DateTimeParseException notADate) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException(option + " '" + text
						+ "' is neither a date (2026-03-01, midnight UTC) nor a time with an offset (2026-03-01T12:00:00Z).");
			}
		}
	}

	public long fromMicros() {
		return from == null ? Long.MIN_VALUE : micros(from);
	}

	public long toMicros() {
		return to == null ? Long.MAX_VALUE : micros(to);
	}

	private static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
	}
}
