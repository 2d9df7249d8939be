package org.journey.dsl.generator;

import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMap;

/**
 * One named output of the generator (html, markdown, csv, json, and the tracking targets later).
 * A target writes its files for one journey below {@code folder}, the journey's own output folder.
 */
public interface ReportTarget {

	/** The name users select the target by, e.g. on the command line: lower case, no spaces. */
	String name();

	void generate(Journey journey, JourneyMap map, String folder, IFileSystemAccess2 files);

	/**
	 * Whether the target renders the journey's tracked events (GA4, GTM, Segment...): such a target
	 * that writes nothing for a journey with events has dropped something, and the generator says so.
	 */
	default boolean rendersEvents() {
		return false;
	}
}
