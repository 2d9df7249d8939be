package org.journey.measure.events;

import java.util.Set;

/** The column names of the event data contract (see {@link EventFormat}). */
public final class EventColumns {

	public static final String EVENT_NAME = "event_name";
	public static final String USER_ID = "user_id";
	public static final String TIMESTAMP = "timestamp";
	public static final String PROPERTIES = "properties";

	public static final String GA4_TIMESTAMP = "event_timestamp";
	public static final String GA4_PSEUDO_ID = "user_pseudo_id";
	public static final String GA4_PARAMS = "event_params";

	/** The columns of a plain table that are not properties when each property has a column of its own. */
	public static final Set<String> PLAIN_FIXED = Set.of(EVENT_NAME, USER_ID, TIMESTAMP);

	private EventColumns() {
	}
}
