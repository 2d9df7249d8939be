package org.journey.measure.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The measurement written once, as SQL text with bound parameters, over two tables an engine fills
 * from the event files:
 * <ul>
 * <li>{@value #ROWS}: every row read, {@code (file, row, event_name, user_id, epoch_us, properties,
 * problem)}: {@code epoch_us} the event time in microseconds since the epoch (UTC),
 * {@code properties} the JSON text of an object without null members, {@code user_id} null for a
 * row with no user, {@code problem} non-null for a malformed row (which is not measured);</li>
 * <li>{@value #EVENTS}: the rows measured, the table {@link #events} makes: well-formed, inside the
 * window, and each exact duplicate (same event, user, time and properties) once.</li>
 * </ul>
 * Names from models and data are bound ({@code ?}) or, for the few places a name must be an
 * identifier, quoted by the {@link SqlDialect}; never spliced.
 */
public final class MeasureQueries {

	public static final String ROWS = "journey_rows";
	public static final String EVENTS = "journey_events";

	private final SqlDialect dialect;

	public MeasureQueries(SqlDialect dialect) {
		this.dialect = dialect;
	}

	public SqlDialect dialect() {
		return dialect;
	}

	/** The measured events: well-formed rows in [from, to), exact duplicates once (the first by file and row). */
	public Sql events(long fromMicros, long toMicros) {
		return new Sql("SELECT file, row, event_name, user_id, epoch_us, properties FROM ("
				+ "SELECT file, row, event_name, user_id, epoch_us, properties, ROW_NUMBER() OVER ("
				+ "PARTITION BY event_name, user_id, epoch_us, properties ORDER BY file, row) AS copy FROM " + ROWS
				+ " WHERE problem IS NULL AND epoch_us >= ? AND epoch_us < ?) numbered WHERE copy = 1",
				List.of(fromMicros, toMicros));
	}

	/** Rows read, malformed rows, well-formed rows outside [from, to). */
	public Sql rowCounts(long fromMicros, long toMicros) {
		return new Sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN problem IS NOT NULL THEN 1 ELSE 0 END), 0), "
				+ "COALESCE(SUM(CASE WHEN problem IS NULL AND (epoch_us < ? OR epoch_us >= ?) THEN 1 ELSE 0 END), 0) FROM "
				+ ROWS, List.of(fromMicros, toMicros));
	}

	/** The first malformed rows by file and row: file, row, problem. */
	public Sql malformedRows(int limit) {
		return new Sql("SELECT file, row, problem FROM " + ROWS + " WHERE problem IS NOT NULL ORDER BY file, row LIMIT "
				+ limit, List.of());
	}

	/** Events measured, distinct users, events without a user. */
	public Sql eventTotals() {
		return new Sql("SELECT COUNT(*), COUNT(DISTINCT user_id), COALESCE(SUM(CASE WHEN user_id IS NULL THEN 1 ELSE 0 END), 0) FROM "
				+ EVENTS, List.of());
	}

	/** Each event name seen with its count, most frequent first, then by name. */
	public Sql eventNameCounts() {
		return new Sql("SELECT event_name, COUNT(*) AS events FROM " + EVENTS
				+ " GROUP BY event_name ORDER BY events DESC, event_name", List.of());
	}

	/** Events and distinct users over these event names together. */
	public Sql eventsAndUsers(Collection<String> eventNames) {
		if (eventNames.isEmpty()) {
			return new Sql("SELECT 0, 0", List.of());
		}
		return new Sql("SELECT COUNT(*), COUNT(DISTINCT user_id) FROM " + EVENTS + " WHERE event_name IN ("
				+ placeholders(eventNames.size()) + ")", new ArrayList<>(eventNames));
	}

	/** Per event name of these: event_name, events, distinct users. */
	public Sql eventsAndUsersByName(Collection<String> eventNames) {
		if (eventNames.isEmpty()) {
			return new Sql("SELECT NULL, 0, 0 WHERE 1 = 0", List.of());
		}
		return new Sql("SELECT event_name, COUNT(*), COUNT(DISTINCT user_id) FROM " + EVENTS + " WHERE event_name IN ("
				+ placeholders(eventNames.size()) + ") GROUP BY event_name", new ArrayList<>(eventNames));
	}

	/** count(e): the events of that name. */
	public Sql count(String event) {
		return new Sql("SELECT COUNT(*) FROM " + EVENTS + " WHERE event_name = ?", List.of(event));
	}

	/** sum(e.p): the sum of the numeric values of p (others ignored); 0 when there are none. */
	public Sql sum(String event, String property) {
		return new Sql("SELECT COALESCE(SUM(" + dialect.jsonNumber("properties") + "), 0) FROM " + EVENTS
				+ " WHERE event_name = ?", List.of(dialect.jsonPath(property), event));
	}

	/** avg(e.p): the mean of the numeric values of p; null when there are none. */
	public Sql avg(String event, String property) {
		return new Sql("SELECT AVG(" + dialect.jsonNumber("properties") + ") FROM " + EVENTS + " WHERE event_name = ?",
				List.of(dialect.jsonPath(property), event));
	}

	/** distinct(e.p): how many different values p takes (absent ones not counted). */
	public Sql distinct(String event, String property) {
		return new Sql("SELECT COUNT(DISTINCT " + dialect.jsonText("properties") + ") FROM " + EVENTS
				+ " WHERE event_name = ?", List.of(dialect.jsonPath(property), event));
	}

	/** Users (with an id) who emitted the event. */
	public Sql usersOf(String event) {
		return new Sql("SELECT COUNT(DISTINCT user_id) FROM " + EVENTS + " WHERE event_name = ?", List.of(event));
	}

	/**
	 * Users with a {@code to} event at most {@code windowMicros} after (or at the same time as) one
	 * of their {@code from} events.
	 */
	public Sql converted(String from, String to, long windowMicros) {
		return new Sql("SELECT COUNT(DISTINCT a.user_id) FROM " + EVENTS + " a JOIN " + EVENTS
				+ " b ON a.user_id = b.user_id WHERE a.event_name = ? AND b.event_name = ? AND b.epoch_us >= a.epoch_us"
				+ " AND b.epoch_us - a.epoch_us <= ?", List.of(from, to, windowMicros));
	}

	/** Events of this name without the property: count, and the first by file and row. */
	public Sql missingProperty(String event, String property) {
		String where = " WHERE event_name = ? AND " + dialect.jsonType("properties") + " IS NULL";
		List<Object> parameters = new ArrayList<>(List.of(event));
		parameters.addAll(Collections.nCopies(dialect.jsonTypeParameters(), dialect.jsonPath(property)));
		return withFirst(where, parameters, "NULL");
	}

	/**
	 * Events of this name whose property has a JSON type the model's type does not accept: count,
	 * and the first by file and row with its value.
	 */
	public Sql wrongType(String event, String property, Collection<String> acceptedTypes) {
		String type = dialect.jsonType("properties");
		String where = " WHERE event_name = ? AND " + type + " IS NOT NULL AND " + type + " NOT IN ("
				+ placeholders(acceptedTypes.size()) + ")";
		List<Object> parameters = new ArrayList<>(List.of(event));
		parameters.addAll(Collections.nCopies(dialect.jsonTypeParameters(), dialect.jsonPath(property)));
		parameters.addAll(Collections.nCopies(dialect.jsonTypeParameters(), dialect.jsonPath(property)));
		parameters.addAll(acceptedTypes);
		List<Object> withValue = new ArrayList<>(List.of(dialect.jsonPath(property)));
		withValue.addAll(parameters);
		return withFirst(where, withValue, dialect.jsonText("properties"));
	}

	/**
	 * The keys of this event's properties that are not among the declared ones: key, events with it,
	 * and the first such event's file and row. By key.
	 */
	public Sql unknownProperties(String event, Collection<String> declared) {
		String notDeclared = declared.isEmpty() ? "" : " WHERE property NOT IN (" + placeholders(declared.size()) + ")";
		List<Object> parameters = new ArrayList<>(List.of(event));
		parameters.addAll(declared);
		return new Sql("SELECT property, COUNT(*), MIN(file), MIN(row) FROM (SELECT file, row, "
				+ dialect.explodeKeys("properties") + " AS property FROM " + EVENTS + " WHERE event_name = ?) keyed"
				+ notDeclared + " GROUP BY property ORDER BY property", parameters);
	}

	/** The first row of this event with this property key: file, row. */
	public Sql firstWithProperty(String event, String property) {
		return new Sql("SELECT file, row FROM (SELECT file, row, " + dialect.explodeKeys("properties") + " AS property FROM "
				+ EVENTS + " WHERE event_name = ?) keyed WHERE property = ? ORDER BY file, row LIMIT 1",
				List.of(event, property));
	}

	/**
	 * COUNT(*) and the first matching row (file, row, value) in one query: the count in every row,
	 * the first row by file and row.
	 */
	private Sql withFirst(String where, List<Object> parameters, String valueExpression) {
		List<Object> all = new ArrayList<>();
		// the value expression's parameters come first in the select list, then the where's, twice
		int valueParameters = valueExpression.equals("NULL") ? 0 : 1;
		all.addAll(parameters.subList(0, valueParameters));
		List<Object> whereParameters = parameters.subList(valueParameters, parameters.size());
		all.addAll(whereParameters);
		all.addAll(whereParameters);
		return new Sql("SELECT file, row, " + valueExpression + ", (SELECT COUNT(*) FROM " + EVENTS + where + ") FROM "
				+ EVENTS + where + " ORDER BY file, row LIMIT 1", all);
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}
}
