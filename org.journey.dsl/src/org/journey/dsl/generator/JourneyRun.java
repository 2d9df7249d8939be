package org.journey.dsl.generator;

import org.journey.dsl.generator.tracking.TrackingBaseline;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlanBuilder;
import org.journey.dsl.generator.tracking.TrackingSettings;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.Actuals;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.JourneyMapCache;

/**
 * One journey as every target of a generator run sees it: the journey, its map, its tracking plan
 * and its output folder. The generator makes one per journey and hands it to each selected target,
 * so the map and the plan are built once per journey however many targets run.
 */
public final class JourneyRun {

	private final Journey journey;
	private final JourneyMap map;
	private final String folder;
	private final TrackingBaseline baseline;
	/** Built on first use: a run of report targets only never needs it. */
	private TrackingPlan trackingPlan;

	/**
	 * @param folder where the targets write the journey's files, relative to the output root and
	 *            ending with '/' (the generator's is {@link JourneyGenerator#outputFolder})
	 */
	public JourneyRun(Journey journey, JourneyMap map, String folder) {
		this(journey, map, folder, TrackingBaseline.NONE);
	}

	/** @param baseline what an earlier run published, which the tracking targets version against */
	public JourneyRun(Journey journey, JourneyMap map, String folder, TrackingBaseline baseline) {
		this.journey = journey;
		this.map = map;
		this.folder = folder;
		this.baseline = baseline;
	}

	/** The journey with its map, into its own folder, as the generator runs it. */
	public static JourneyRun of(Journey journey) {
		JourneyMap map = JourneyMapBuilder.build(journey);
		return new JourneyRun(journey, map, JourneyGenerator.outputFolder(map));
	}

	/** {@link #of(Journey)} with what was measured on the journey: its reports show the actuals too. */
	public static JourneyRun of(Journey journey, Actuals actuals) {
		return of(journey, actuals, TrackingBaseline.NONE);
	}

	/** {@link #of(Journey, Actuals)} with the tracking published before, to version against. */
	public static JourneyRun of(Journey journey, Actuals actuals, TrackingBaseline baseline) {
		// the portfolio index shows the same map: built once per state of the file
		JourneyMap map = JourneyMapCache.of(journey).withActuals(actuals);
		return new JourneyRun(journey, map, JourneyGenerator.outputFolder(map), baseline);
	}

	public Journey journey() {
		return journey;
	}

	public JourneyMap map() {
		return map;
	}

	/** The journey's output folder, ending with '/': every path a target writes starts with it. */
	public String folder() {
		return folder;
	}

	/** The tracking an earlier run published (Snowplow schemas, Segment rules); {@link TrackingBaseline#NONE} without. */
	public TrackingBaseline baseline() {
		return baseline;
	}

	/**
	 * What the journey asks analytics to measure, with the run's tracking settings (the model's,
	 * and the command line's overrides).
	 */
	public TrackingPlan trackingPlan() {
		if (trackingPlan == null) {
			trackingPlan = TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
		}
		return trackingPlan;
	}
}
