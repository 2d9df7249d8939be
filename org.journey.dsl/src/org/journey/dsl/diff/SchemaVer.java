package org.journey.dsl.diff;

import java.util.Locale;

/**
 * SchemaVer (MODEL-REVISION-ADDITION), Snowplow's versioning of schemas, as a level of change:
 * <ul>
 * <li>{@link #MODEL}: the change prevents interaction with any historical data (breaking);</li>
 * <li>{@link #REVISION}: it may prevent interaction with some historical data;</li>
 * <li>{@link #ADDITION}: it is compatible with all historical data;</li>
 * <li>{@link #NONE}: no version change (descriptions only).</li>
 * </ul>
 * See docs.snowplow.io, "SchemaVer" and "Version and amend data structures".
 */
public enum SchemaVer {
	NONE, ADDITION, REVISION, MODEL;

	/** The first version of a schema, the one {@code journey generate} writes. */
	public static final String FIRST = "1-0-0";

	public static SchemaVer max(SchemaVer a, SchemaVer b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/** {@code version} after a change of this level: 1-0-0 becomes 2-0-0, 1-1-0, 1-0-1 or stays. */
	public String bump(String version) {
		String[] parts = version.split("-");
		int model = Integer.parseInt(parts[0]);
		int revision = Integer.parseInt(parts[1]);
		int addition = Integer.parseInt(parts[2]);
		return switch (this) {
		case MODEL -> (model + 1) + "-0-0";
		case REVISION -> model + "-" + (revision + 1) + "-0";
		case ADDITION -> model + "-" + revision + "-" + (addition + 1);
		case NONE -> version;
		};
	}

	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}
}
