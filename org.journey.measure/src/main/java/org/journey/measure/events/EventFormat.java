package org.journey.measure.events;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shapes of event data the command reads, and how each is told from its columns.
 * <ul>
 * <li>{@link #PLAIN}: {@code event_name}, {@code user_id}, {@code timestamp} (ISO-8601, read as UTC
 * when it names no offset), and either a {@code properties} column holding a JSON object or one
 * column per property;</li>
 * <li>{@link #GA4}: the GA4 BigQuery export: {@code event_name}, {@code event_timestamp}
 * (microseconds since the epoch), {@code user_id} else {@code user_pseudo_id}, and
 * {@code event_params} as a list of {@code {key, value: {string_value, int_value, float_value,
 * double_value}}}.</li>
 * </ul>
 */
public enum EventFormat {
	PLAIN("plain", List.of(EventColumns.EVENT_NAME, EventColumns.TIMESTAMP), Set.of()),
	/*
	 * The parameters GA4's tag and SDKs add to events by themselves (session, page, engagement,
	 * traffic source, enhanced measurement), which no tracking plan declares.
	 */
	GA4("ga4", List.of(EventColumns.EVENT_NAME, EventColumns.GA4_TIMESTAMP), Set.of("anonymize_ip", "batch_ordering_id",
			"batch_page_id", "campaign", "content", "debug_mode", "engaged_session_event", "engagement_time_msec", "entrances",
			"file_extension", "file_name", "firebase_conversion", "firebase_event_origin", "firebase_screen",
			"firebase_screen_class", "firebase_screen_id", "form_destination", "form_id", "form_length", "form_name",
			"form_submit_text", "ga_session_id", "ga_session_number", "gclid", "ignore_referrer", "link_classes",
			"link_domain", "link_id", "link_text", "link_url", "medium", "outbound", "page_location", "page_path",
			"page_referrer", "page_title", "percent_scrolled", "search_term", "session_engaged", "source", "term",
			"video_current_time", "video_duration", "video_percent", "video_provider", "video_title", "video_url",
			"visible"));

	private final String id;
	private final List<String> requiredColumns;
	private final Set<String> automaticProperties;

	EventFormat(String id, List<String> requiredColumns, Set<String> automaticProperties) {
		this.id = id;
		this.requiredColumns = requiredColumns;
		this.automaticProperties = automaticProperties;
	}

	/**
	 * The properties the collecting tool adds to every kind of event by itself: not reported as
	 * unknown (a model may still declare and check them).
	 */
	public Set<String> automaticProperties() {
		return automaticProperties;
	}

	/** The name --format takes and measurements.json writes. */
	public String id() {
		return id;
	}

	public List<String> requiredColumns() {
		return requiredColumns;
	}

	public static EventFormat named(String id) {
		for (EventFormat format : values()) {
			if (format.id.equals(id.toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown event format '" + id + "': use plain or ga4");
	}

	/**
	 * The format of a file with these columns: GA4 when it has GA4's microsecond timestamp or its
	 * parameter list, plain when it has a timestamp column. The file's name is for the message.
	 */
	public static EventFormat detect(Collection<String> columns, String file) throws EventInputException {
		Set<String> names = new TreeSet<>(columns);
		if (names.contains(EventColumns.GA4_TIMESTAMP) || names.contains(EventColumns.GA4_PARAMS)) {
			return GA4.check(names, file);
		}
		if (names.contains(EventColumns.TIMESTAMP)) {
			return PLAIN.check(names, file);
		}
		throw new EventInputException("cannot tell the format of " + file + " from its columns " + names
				+ ": a plain event table has event_name, user_id, timestamp and properties; a GA4 export has event_name, "
				+ "event_timestamp, user_pseudo_id and event_params. Rename the columns, or name the format with --format plain|ga4.");
	}

	/**
	 * The format of a file: the given one (checked against the columns), else the one its columns
	 * show. A file with no columns at all (no JSON object in it: every line malformed) takes the
	 * given format, else plain.
	 */
	public static EventFormat of(Collection<String> columns, Optional<EventFormat> given, String file)
			throws EventInputException {
		if (columns.isEmpty()) {
			return given.orElse(PLAIN);
		}
		return given.isPresent() ? given.get().check(columns, file) : detect(columns, file);
	}

	/** This format if the columns have what it needs; else a message saying which column is missing. */
	public EventFormat check(Collection<String> columns, String file) throws EventInputException {
		for (String required : requiredColumns) {
			if (!columns.contains(required)) {
				throw new EventInputException(file + " has no column '" + required + "', which " + id
						+ " event data needs (its columns: " + new TreeSet<>(columns) + ").");
			}
		}
		return this;
	}
}
