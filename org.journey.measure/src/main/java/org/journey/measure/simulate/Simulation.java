package org.journey.measure.simulate;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What to simulate: how many customers enter each journey, the seed, and the window their events
 * fall in: {@code days} whole UTC days from the start of {@code from}, end exclusive.
 */
public record Simulation(long users, long seed, LocalDate from, int days, EventFormat format) {

	/** A fixed default start, not today: the same command gives the same file on any day. */
	public static final LocalDate DEFAULT_FROM = LocalDate.of(2026, 1, 1);
	public static final int DEFAULT_DAYS = 30;

	public Simulation {
		if (users < 1) {
			throw new IllegalArgumentException("the number of users must be at least 1, not " + users);
		}
		if (days < 1) {
			throw new IllegalArgumentException("the window must be at least 1 day, not " + days);
		}
	}

	long windowStartMillis() {
		return from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

	long windowMillis() {
		return days * 24L * 3600 * 1000;
	}
}
