package org.journey.measure.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlanBuilder;
import org.journey.dsl.generator.tracking.TrackingSettings;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Touchpoint;

/**
 * What the simulator needs of a journey: its phases in order, each with the conversion from the
 * phase before (read from the {@code volume}s as the report's funnel reads them), and the events
 * each touchpoint emits, named and typed as the tracking plan has them.
 * <p>
 * The conversion into a phase with a volume is its volume over the volume of the nearest earlier
 * phase with one (at most 1: a funnel that grows cannot be walked by the same customers). A phase
 * without a volume, and the first phase with one, keep everyone who reached the phase before
 * (conversion 1), so the phases with volumes follow the modelled funnel exactly.
 */
public record JourneyFunnel(String name, String title, List<Step> steps) {

	/** A phase: its modelled volume (null when the model gives none) and its conversion from the previous phase. */
	public record Step(String phase, String title, Long volume, double conversion, List<UsedTouchpoint> touchpoints) {

		/** The touchpoints that emit at least one event: the ones a customer's visit can be seen in. */
		public List<UsedTouchpoint> tracked() {
			return touchpoints.stream().filter(t -> !t.events().isEmpty()).toList();
		}
	}

	/** A touchpoint and the events it emits, in model order, each with the plan's merged properties. */
	public record UsedTouchpoint(String name, List<TrackedEvent> events) {
	}

	public static JourneyFunnel of(Journey journey) {
		TrackingPlan plan = TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
		Map<String, TrackedEvent> byName = new LinkedHashMap<>();
		plan.events().forEach(event -> byName.put(event.name(), event));
		List<Step> steps = new ArrayList<>();
		Long previousVolume = null;
		for (Phase phase : journey.getPhases()) {
			Long volume = phase.getVolume();
			double conversion = 1.0;
			if (volume != null) {
				if (previousVolume != null) {
					conversion = previousVolume == 0 ? 0.0 : Math.min(1.0, (double) volume / previousVolume);
				}
				previousVolume = volume;
			}
			List<UsedTouchpoint> touchpoints = new ArrayList<>();
			for (Touchpoint touchpoint : phase.getTouchpoints()) {
				List<TrackedEvent> events = new ArrayList<>();
				for (Event event : touchpoint.getEvents()) {
					TrackedEvent tracked = byName.get(event.getName());
					if (tracked != null && !events.contains(tracked)) {
						events.add(tracked);
					}
				}
				touchpoints.add(new UsedTouchpoint(touchpoint.getName(), List.copyOf(events)));
			}
			steps.add(new Step(phase.getName(), phase.getTitle(), volume, conversion, List.copyOf(touchpoints)));
		}
		return new JourneyFunnel(journey.getName(), journey.getTitle(), List.copyOf(steps));
	}
}
