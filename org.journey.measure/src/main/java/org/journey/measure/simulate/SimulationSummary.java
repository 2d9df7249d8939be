package org.journey.measure.simulate;

import java.util.List;

/** What a simulation wrote: the events in all, and per journey how many customers reached each phase. */
public record SimulationSummary(long events, long users, List<JourneyCounts> journeys) {

	public record JourneyCounts(String journey, List<PhaseCount> phases) {
	}

	/** A phase's customers against the model: its volume (null if none) and the conversion used. */
	public record PhaseCount(String phase, Long volume, double conversion, long users, boolean tracked) {
	}
}
