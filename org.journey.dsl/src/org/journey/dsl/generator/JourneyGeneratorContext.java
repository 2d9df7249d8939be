package org.journey.dsl.generator;

import java.util.Collection;
import java.util.List;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.util.CancelIndicator;
import org.journey.dsl.generator.tracking.TrackingBaseline;
import org.journey.dsl.map.MeasurementsFolder;

/**
 * A generator run that names the targets it wants (without names every target runs) and, if it
 * has them, where the journeys' measurements are (without them the reports show the plan only).
 */
public class JourneyGeneratorContext extends GeneratorContext {

	private final List<String> targetNames;
	private final MeasurementsFolder measurements;
	private TrackingBaseline baseline = TrackingBaseline.NONE;
	private UpToDateCheck upToDateCheck;

	/** @param targetNames the targets to run, or null for all of them */
	public JourneyGeneratorContext(Collection<String> targetNames, CancelIndicator cancelIndicator) {
		this(targetNames, null, cancelIndicator);
	}

	/**
	 * @param targetNames the targets to run, or null for all of them
	 * @param measurements what {@code journey measure} wrote, or null for reports without actuals
	 */
	public JourneyGeneratorContext(Collection<String> targetNames, MeasurementsFolder measurements,
			CancelIndicator cancelIndicator) {
		this.targetNames = targetNames == null ? null : List.copyOf(targetNames);
		this.measurements = measurements;
		setCancelIndicator(cancelIndicator == null ? CancelIndicator.NullImpl : cancelIndicator);
	}

	/** Where the run reads each journey's measurements, or null when it has none. */
	public MeasurementsFolder measurements() {
		return measurements;
	}

	/** What an earlier run published, which the tracking targets version against. */
	public JourneyGeneratorContext withBaseline(TrackingBaseline published) {
		this.baseline = published;
		return this;
	}

	public TrackingBaseline baseline() {
		return baseline;
	}

	/** Skips the journeys {@code check} finds up to date; null generates every journey. */
	public JourneyGeneratorContext withUpToDateCheck(UpToDateCheck check) {
		this.upToDateCheck = check;
		return this;
	}

	/** What decides which journeys are up to date, or null when every journey is generated. */
	public UpToDateCheck upToDateCheck() {
		return upToDateCheck;
	}

	/** The selected targets' names, or null for all. */
	public List<String> targetNames() {
		return targetNames;
	}
}
