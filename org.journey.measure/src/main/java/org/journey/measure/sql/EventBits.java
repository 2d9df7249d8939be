package org.journey.measure.sql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bit for each event name, so that a set of events is a few BIGINT masks: bit {@code i} of mask
 * {@code k} stands for the event numbered {@code k * 63 + i}, in the order given. The users table
 * ({@link MeasureQueries#users}) ORs the bits of each user's events; the users of any set of events
 * are then those whose masks meet the set's.
 */
public final class EventBits {

	/** Bits per mask: a BIGINT's, its sign bit left alone. */
	public static final int PER_MASK = 63;

	private final Map<String, Integer> bits = new LinkedHashMap<>();

	public EventBits(Collection<String> events) {
		events.forEach(event -> bits.putIfAbsent(event, bits.size()));
	}

	/** The events in bit order. */
	public List<String> events() {
		return List.copyOf(bits.keySet());
	}

	/** How many masks the events take. */
	public int maskCount() {
		return (bits.size() + PER_MASK - 1) / PER_MASK;
	}

	/** The bit of one event within its mask, or 0 for an event without a bit. */
	public long bit(String event) {
		Integer bit = bits.get(event);
		return bit == null ? 0 : 1L << (bit % PER_MASK);
	}

	/** The masks of a set of events; events without a bit (never seen) add nothing. */
	public long[] masks(Collection<String> events) {
		long[] masks = new long[maskCount()];
		for (String event : events) {
			Integer bit = bits.get(event);
			if (bit != null) {
				masks[bit / PER_MASK] |= 1L << (bit % PER_MASK);
			}
		}
		return masks;
	}
}
