package org.journey.dsl.generator;

import org.eclipse.xtext.generator.IFileSystemAccess2;

/**
 * One named output of the generator (html, markdown, csv, json, and the tracking targets later).
 * A target writes its files for one journey below the run's {@linkplain JourneyRun#folder() folder},
 * the journey's own output folder, from what the run gives: build nothing there that every target
 * needs (the map, the tracking plan), so that it is built once per journey.
 */
public interface ReportTarget {

	/** The name users select the target by, e.g. on the command line: lower case, no spaces. */
	String name();

	void generate(JourneyRun run, IFileSystemAccess2 files);

	/**
	 * Whether the target renders the journey's tracked events (GA4, GTM, Segment...): such a target
	 * that writes nothing for a journey with events has dropped something, and the generator says so.
	 */
	default boolean rendersEvents() {
		return false;
	}
}
