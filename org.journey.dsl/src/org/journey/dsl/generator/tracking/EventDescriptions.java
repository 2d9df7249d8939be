package org.journey.dsl.generator.tracking;

import java.util.List;
import java.util.stream.Collectors;

import org.journey.dsl.generator.tracking.TrackingPlan.EmittedAt;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;

/**
 * The description every tracking tool shows for an event: the modeller's own, else where the
 * journey emits it, so that nobody in GA4, Segment or Mixpanel meets an undocumented event.
 */
public final class EventDescriptions {

	private EventDescriptions() {
	}

	public static String of(TrackedEvent event) {
		if (event.description() != null && !event.description().isBlank()) {
			return event.description();
		}
		return emittedBy(event);
	}

	/** "Emitted by touchpoint Checkout in phase Buy and touchpoint Showroom in phase Buy". */
	public static String emittedBy(TrackedEvent event) {
		List<String> places = event.emittedAt().stream().map(EventDescriptions::place).distinct().toList();
		if (places.isEmpty()) {
			return "Event " + event.name();
		}
		return "Emitted by " + joinWithAnd(places);
	}

	/** The phases the event is emitted in, in plan order, each once; none for other journeys' touchpoints. */
	public static List<String> phases(TrackedEvent event) {
		return event.emittedAt().stream().map(EmittedAt::phase).filter(p -> p != null).distinct().toList();
	}

	private static String place(EmittedAt at) {
		String touchpoint = at.touchpoint() == null ? "an unnamed touchpoint" : "touchpoint " + at.touchpoint();
		return at.phase() == null ? touchpoint + " in another journey" : touchpoint + " in phase " + at.phase();
	}

	private static String joinWithAnd(List<String> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return parts.subList(0, parts.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
				+ parts.get(parts.size() - 1);
	}
}
