package org.journey.measure.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The measurement written once, as SQL text with bound parameters, over tables an engine fills
 * from the event files:
 * <ul>
 * <li>{@value #ROWS}: every row read, {@code (seq, event_name, user_id, epoch_us, properties,
 * problem)}: {@code seq} says where the row was read, the file (by its index in the order read) and
 * the row in it ({@link #firstSeq}, {@link #fileIndex}, {@link #row}), so it orders the rows as they
 * were read and is unique; {@code epoch_us} the event time in microseconds since the epoch (UTC),
 * {@code properties} the JSON text of an object without null members, {@code user_id} null for a
 * row with no user, {@code problem} non-null for a malformed row (which is not measured);</li>
 * <li>{@value #REPEATS}: the {@code seq} of each exact duplicate (same event, user, time and
 * properties) after its first copy, found by {@link #repeats} among the rows {@link #measurable};</li>
 * <li>{@value #EVENTS}: the rows measured, the table (or, when nothing repeats, the view) {@link
 * #events} makes: well-formed, inside the window, each exact duplicate once;</li>
 * <li>{@value #USERS}: one row per user with an id, with bit masks ({@link EventBits}) of the
 * modelled events the user emitted ({@link #users}), so that the users of any set of events are counted in one scan
 * of a table a few times smaller than the events ({@link #usersOfAny}).</li>
 * </ul>
 * Every query over the events is one scan, whatever the number of events, touchpoints and
 * properties in the models: a measurement of ten million events is a handful of scans, not one per
 * property. Names from models and data are bound ({@code ?}) or, for the few places a name must be
 * an identifier, quoted by the {@link SqlDialect}; never spliced.
 */
public final class MeasureQueries {

	public static final String ROWS = "journey_rows";
	public static final String REPEATS = "journey_repeats";
	public static final String EVENTS = "journey_events";
	public static final String USERS = "journey_users";

	/** Rows of one file have seqs from {@code firstSeq(file)}: 2^40 apart, more rows than any file has. */
	private static final int ROW_BITS = 40;

	private final SqlDialect dialect;

	public MeasureQueries(SqlDialect dialect) {
		this.dialect = dialect;
	}

	public SqlDialect dialect() {
		return dialect;
	}

	/** The seq of row 0 of the file read at this index: a row's seq is this plus its row. */
	public static long firstSeq(int fileIndex) {
		return (long) fileIndex << ROW_BITS;
	}

	/** The index, in the order read, of the file a seq is in. */
	public static int fileIndex(long seq) {
		return (int) (seq >>> ROW_BITS);
	}

	/** The row (line, record) in its file of a seq. */
	public static long row(long seq) {
		return seq & ((1L << ROW_BITS) - 1);
	}

	/**
	 * The seq of every copy of an event after its first (by seq) among the well-formed rows in [from,
	 * to). The rows' hashes of the four columns are sorted first, so the exact comparison (a window
	 * over the text of the properties) only runs on the few rows whose hash repeats.
	 */
	public Sql repeats(long fromMicros, long toMicros) {
		String hash = dialect.hash("event_name", "user_id", "epoch_us", "properties");
		String measurable = measurable();
		// sorting the hashes finds the repeated ones about twice as fast as grouping ten million of them
		String repeatedHashes = "SELECT h FROM (SELECT h, LAG(h) OVER (ORDER BY h) AS previous FROM (SELECT " + hash
				+ " AS h FROM " + ROWS + " WHERE " + measurable + ") hashed) sorted WHERE h = previous";
		return new Sql("SELECT seq FROM (SELECT seq, ROW_NUMBER() OVER (PARTITION BY event_name, user_id, epoch_us,"
				+ " properties ORDER BY seq) AS copy FROM " + ROWS + " WHERE " + measurable + " AND " + hash + " IN ("
				+ repeatedHashes + ")) numbered WHERE copy > 1", List.of(fromMicros, toMicros, fromMicros, toMicros));
	}

	/**
	 * The measured events: well-formed rows in [from, to), each exact duplicate once (its first
	 * copy). Without repeats, the rows are taken as they are, which an engine can keep as a view.
	 */
	public Sql events(long fromMicros, long toMicros, boolean withRepeats) {
		return new Sql("SELECT seq, event_name, user_id, epoch_us, properties FROM " + ROWS + " WHERE "
				+ measurable() + (withRepeats ? " AND seq NOT IN (SELECT seq FROM " + REPEATS + ")" : ""),
				List.of(fromMicros, toMicros));
	}

	/** How many rows {@value #REPEATS} holds. */
	public Sql repeatCount() {
		return new Sql("SELECT COUNT(*) FROM " + REPEATS, List.of());
	}

	/** A well-formed row in the window: its two bound parameters are the window's ends. */
	private static String measurable() {
		return "problem IS NULL AND epoch_us >= ? AND epoch_us < ?";
	}

	/** Rows read, malformed rows, well-formed rows outside [from, to). */
	public Sql rowCounts(long fromMicros, long toMicros) {
		return new Sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN problem IS NOT NULL THEN 1 ELSE 0 END), 0), "
				+ "COALESCE(SUM(CASE WHEN problem IS NULL AND (epoch_us < ? OR epoch_us >= ?) THEN 1 ELSE 0 END), 0) FROM "
				+ ROWS, List.of(fromMicros, toMicros));
	}

	/** The first malformed rows, as read: seq, problem. */
	public Sql malformedRows(int limit) {
		return new Sql("SELECT seq, problem FROM " + ROWS + " WHERE problem IS NOT NULL ORDER BY seq LIMIT " + limit,
				List.of());
	}

	/** Events measured, events without a user. */
	public Sql eventTotals() {
		return new Sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN user_id IS NULL THEN 1 ELSE 0 END), 0) FROM " + EVENTS,
				List.of());
	}

	/** Each event name seen with its count, most frequent first, then by name. */
	public Sql eventNameCounts() {
		return new Sql("SELECT event_name, COUNT(*) AS events FROM " + EVENTS
				+ " GROUP BY event_name ORDER BY events DESC, event_name", List.of());
	}

	/**
	 * One row per user with an id: {@code user_id}, then the masks {@code m0, m1, ...} of the events
	 * the user emitted (see {@link EventBits}).
	 */
	public Sql users(EventBits bits) {
		List<Object> parameters = new ArrayList<>();
		StringBuilder masks = new StringBuilder();
		List<String> events = bits.events();
		for (int mask = 0; mask < bits.maskCount(); mask++) {
			masks.append(", bit_or(CASE event_name");
			for (String event : events.subList(mask * EventBits.PER_MASK,
					Math.min(events.size(), (mask + 1) * EventBits.PER_MASK))) {
				masks.append(" WHEN ? THEN ?");
				parameters.add(event);
				parameters.add(bits.bit(event));
			}
			masks.append(" ELSE 0 END) AS m").append(mask);
		}
		return new Sql("SELECT user_id" + masks + " FROM " + EVENTS + " WHERE user_id IS NOT NULL GROUP BY user_id",
				parameters);
	}

	/**
	 * How many users there are, then for each set of events how many users emitted at least one of
	 * them, in one scan of {@value #USERS}; a set of events none of which has a bit counts no one.
	 */
	public Sql usersOfAny(EventBits bits, List<? extends Collection<String>> sets) {
		List<Object> parameters = new ArrayList<>();
		StringBuilder counts = new StringBuilder("SELECT COUNT(*)");
		for (Collection<String> set : sets) {
			long[] masks = bits.masks(set);
			List<String> tests = new ArrayList<>();
			for (int mask = 0; mask < masks.length; mask++) {
				if (masks[mask] != 0) {
					tests.add("(m" + mask + " & ?) <> 0");
					parameters.add(masks[mask]);
				}
			}
			counts.append(tests.isEmpty() ? ", 0" : ", COALESCE(SUM(CASE WHEN " + String.join(" OR ", tests)
					+ " THEN 1 ELSE 0 END), 0)");
		}
		return new Sql(counts + " FROM " + USERS, parameters);
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

	/**
	 * Users with a {@code to} event at most {@code windowMicros} after (or at the same time as) one
	 * of their {@code from} events.
	 */
	public Sql converted(String from, String to, long windowMicros) {
		return new Sql("SELECT COUNT(DISTINCT a.user_id) FROM " + EVENTS + " a JOIN " + EVENTS
				+ " b ON a.user_id = b.user_id WHERE a.event_name = ? AND b.event_name = ? AND b.epoch_us >= a.epoch_us"
				+ " AND b.epoch_us - a.epoch_us <= ?", List.of(from, to, windowMicros));
	}

	/**
	 * The shapes of the properties of these events: events of one name have the same shape when their
	 * properties have the same keys and each of the event's declared properties the same JSON type
	 * (or is absent in both). For each event name and shape: how many events, and the seq of the
	 * first, whose properties show the shape. The shapes of real data are few; every property check
	 * (missing, wrong type, unknown) is read from them. One scan, each event's object parsed for its
	 * own properties only; a shape is grouped by a 64-bit hash of its types and keys, which are much
	 * slower to group by themselves (two different shapes of one event sharing a hash is as likely as
	 * guessing a 64-bit number twice).
	 */
	public Sql propertyShapes(Map<String, List<String>> propertiesByEvent) {
		List<Object> parameters = new ArrayList<>();
		StringBuilder types = new StringBuilder("CASE event_name");
		propertiesByEvent.forEach((event, properties) -> {
			types.append(" WHEN ? THEN ").append(dialect.jsonTypes("properties", properties.size()));
			parameters.add(event);
			properties.forEach(property -> parameters.add(dialect.jsonPath(property)));
		});
		parameters.addAll(propertiesByEvent.keySet());
		return new Sql("SELECT event_name, COUNT(*), MIN(seq) FROM (SELECT event_name, seq, "
				+ dialect.hash(types + " END", dialect.jsonKeys("properties")) + " AS shape FROM " + EVENTS
				+ " WHERE event_name IN (" + placeholders(propertiesByEvent.size()) + ")) shaped GROUP BY event_name, shape",
				parameters);
	}

	/**
	 * Events of this name whose property is a number with a fraction: count and the seq of the
	 * first. The engine's JSON types tell integers from other numbers by how they are written
	 * ({@code 3} against {@code 3.0}); the model's integer, like JSON Schema's, is about the value.
	 */
	public Sql fractions(String event, String property) {
		List<Object> parameters = new ArrayList<>(List.of(event));
		parameters.addAll(Collections.nCopies(dialect.jsonTypeParameters(), dialect.jsonPath(property)));
		return new Sql("SELECT COUNT(*), MIN(seq) FROM " + EVENTS + " WHERE event_name = ? AND "
				+ dialect.jsonType("properties") + " = 'number'", parameters);
	}

	/** The properties of the events of these seqs: seq, properties. */
	public Sql eventsAt(Collection<Long> seqs) {
		return new Sql("SELECT seq, properties FROM " + EVENTS + " WHERE seq IN (" + placeholders(seqs.size())
				+ ")", new ArrayList<>(seqs));
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}
}
