package org.journey.measure.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.measure.simulate.JourneyFunnel.Step;
import org.journey.measure.simulate.JourneyFunnel.UsedTouchpoint;
import org.journey.measure.simulate.SimulatedEvent.Property;

/**
 * One customer's way through a journey: how far they get, which touchpoints they use and the
 * events those emit, timed inside the window. A customer is at most a few hundred events, so
 * their events are built in memory and laid into the window as a whole; the log of all
 * customers is streamed.
 */
final class CustomerWalk {

	/** The chance that a customer in a phase also uses each of its other tracked touchpoints. */
	static final double OTHER_TOUCHPOINT_CHANCE = 0.5;
	/** The chance that an optional property is sent. */
	static final double OPTIONAL_PROPERTY_CHANCE = 0.7;
	/** Mean waiting time from one phase to the next: a day, so conversions "within 7 days" mostly hold. */
	static final double MEAN_MILLIS_BETWEEN_PHASES = 24 * 3600 * 1000.0;
	/** Mean waiting time between two events of one phase: ten minutes. */
	static final double MEAN_MILLIS_WITHIN_PHASE = 10 * 60 * 1000.0;

	private final JourneyFunnel funnel;
	/** Each phase's tracked touchpoints, looked up once rather than for every customer. */
	private final List<List<UsedTouchpoint>> tracked;
	private final long windowStart;
	private final long windowMillis;

	CustomerWalk(JourneyFunnel funnel, long windowStart, long windowMillis) {
		this.funnel = funnel;
		this.tracked = funnel.steps().stream().map(Step::tracked).toList();
		this.windowStart = windowStart;
		this.windowMillis = windowMillis;
	}

	/** The customer's events in time order, and how many phases they reached (added to {@code reached}). */
	List<SimulatedEvent> walk(String userId, SplitMix random, long[] reached) {
		String pseudoId = Long.toString(Math.floorMod(random.nextLong(), 9_000_000_000L) + 1_000_000_000L);
		List<TrackedEvent> events = new ArrayList<>();
		List<Double> delays = new ArrayList<>();
		for (int phase = 0; phase < funnel.steps().size(); phase++) {
			Step step = funnel.steps().get(phase);
			// the first phase is every customer's; the conversion is only drawn for later ones
			if (phase > 0 && !random.chance(step.conversion())) {
				break;
			}
			reached[phase]++;
			boolean firstInPhase = true;
			for (UsedTouchpoint touchpoint : used(tracked.get(phase), random)) {
				for (TrackedEvent event : touchpoint.events()) {
					delays.add(events.isEmpty() ? 0.0
							: random.exponential(firstInPhase ? MEAN_MILLIS_BETWEEN_PHASES : MEAN_MILLIS_WITHIN_PHASE));
					events.add(event);
					firstInPhase = false;
				}
			}
		}
		long[] times = timesInWindow(delays, random);
		List<SimulatedEvent> simulated = new ArrayList<>(events.size());
		for (int i = 0; i < events.size(); i++) {
			TrackedEvent event = events.get(i);
			simulated.add(new SimulatedEvent(event.name(), userId, pseudoId, times[i], properties(event, random)));
		}
		return simulated;
	}

	/**
	 * One tracked touchpoint always (a customer who reached a phase shows in it), each other one
	 * by chance; in model order.
	 */
	private static List<UsedTouchpoint> used(List<UsedTouchpoint> tracked, SplitMix random) {
		if (tracked.isEmpty()) {
			return tracked;
		}
		int certain = random.nextInt(tracked.size());
		List<UsedTouchpoint> used = new ArrayList<>();
		for (int i = 0; i < tracked.size(); i++) {
			if (i == certain || random.chance(OTHER_TOUCHPOINT_CHANCE)) {
				used.add(tracked.get(i));
			}
		}
		return used;
	}

	/**
	 * Strictly increasing times, at least a millisecond apart, all inside the window: the waits are
	 * shrunk when together they would not fit, and the customer's start is drawn where the whole
	 * walk fits.
	 */
	private long[] timesInWindow(List<Double> delays, SplitMix random) {
		long[] times = new long[delays.size()];
		if (times.length == 0) {
			return times;
		}
		double total = delays.stream().mapToDouble(Double::doubleValue).sum();
		double room = windowMillis - 1 - times.length;
		double scale = total > room * 0.9 ? room * 0.9 / total : 1.0;
		long[] offsets = new long[times.length];
		long offset = 0;
		for (int i = 0; i < times.length; i++) {
			offset += i == 0 ? 0 : Math.max(1, (long) (delays.get(i) * scale));
			offsets[i] = offset;
		}
		long latestStart = Math.max(0, windowMillis - 1 - offset);
		long start = windowStart + (long) (random.nextDouble() * latestStart);
		for (int i = 0; i < times.length; i++) {
			times[i] = start + offsets[i];
		}
		return times;
	}

	private static List<Property> properties(TrackedEvent event, SplitMix random) {
		List<Property> properties = new ArrayList<>(event.properties().size());
		for (TrackedProperty property : event.properties()) {
			if (property.required() || random.chance(OPTIONAL_PROPERTY_CHANCE)) {
				properties.add(new Property(property.name(), value(property, random)));
			}
		}
		return properties;
	}

	/**
	 * A value of the property's type. Strings named like identifiers are unique-looking ids,
	 * other strings one of five values (so {@code distinct(e.p)} has something to count); numbers
	 * are amounts with two decimals, integers small counts.
	 */
	static Object value(TrackedProperty property, SplitMix random) {
		return switch (property.type()) {
		case "number" -> Math.round((1 + random.nextDouble() * 499) * 100) / 100.0;
		case "integer" -> (long) (1 + random.nextInt(10));
		case "boolean" -> random.chance(0.5);
		default -> property.name().toLowerCase(Locale.ROOT).endsWith("id")
				? property.name() + "-" + Long.toHexString(random.nextLong() >>> 16)
				: property.name() + "-" + (1 + random.nextInt(5));
		};
	}
}
