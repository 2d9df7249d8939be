package org.journey.measure.duckdb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.journey.measure.events.EventColumns;
import org.journey.measure.events.EventFile;
import org.journey.measure.events.EventFormat;
import org.journey.measure.events.EventInputException;
import org.journey.measure.events.LoadedFile;
import org.journey.measure.sql.MeasureQueries;
import org.journey.measure.sql.Sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads event files into {@code journey_rows} (see {@link MeasureQueries}), one row per line or
 * record: the event's name, its user (null for none), its time in microseconds since the epoch
 * (UTC), its properties as a JSON object without null members, and for a row that cannot be measured
 * a problem saying why. A malformed row never stops the load.
 * <p>
 * Rows are numbered as a reader finds them: the line in a JSON lines file; the line in a CSV file
 * (the header is line 1; a record spanning lines counts as one); the 1-based row in a Parquet file.
 */
final class DuckDbEventLoader {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The parameter list of GA4's event_params, as JSON is cast to it. */
	private static final String GA4_PARAMS_TYPE = "STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR, int_value BIGINT,"
			+ " float_value DOUBLE, double_value DOUBLE))[]";

	/** The lines of a JSON lines file being read, a batch at a time. */
	private static final String LINES = "journey_lines";
	private static final int LINES_PER_BATCH = 500_000;

	private final DuckDbEngine engine;
	/** The seq of row 0 of the file being read (see {@link MeasureQueries#firstSeq}), and of the file after it. */
	private long firstSeq;
	private long nextFileSeq;

	DuckDbEventLoader(DuckDbEngine engine) {
		this.engine = engine;
	}

	List<LoadedFile> load(List<EventFile> files, Optional<EventFormat> format) throws EventInputException {
		run(new Sql("CREATE TABLE " + MeasureQueries.ROWS + " (seq BIGINT, event_name VARCHAR, user_id VARCHAR,"
				+ " epoch_us BIGINT, properties VARCHAR, problem VARCHAR)", List.of()), null);
		List<LoadedFile> loaded = new ArrayList<>();
		for (int index = 0; index < files.size(); index++) {
			firstSeq = MeasureQueries.firstSeq(index);
			nextFileSeq = MeasureQueries.firstSeq(index + 1);
			loaded.add(load(files.get(index), format));
		}
		return loaded;
	}

	private LoadedFile load(EventFile file, Optional<EventFormat> given) throws EventInputException {
		Set<String> columns = columns(file);
		EventFormat format = EventFormat.of(columns, given, file.displayName());
		long before = count();
		switch (file.type()) {
		case JSON_LINES -> loadJsonLines(file, format);
		case CSV -> loadCsv(file, format, columns);
		case PARQUET -> run(parquet(file, format, columns), file);
		}
		return new LoadedFile(file.displayName(), file.type(), format, count() - before);
	}

	private long count() {
		return (Long) engine.rows(new Sql("SELECT COUNT(*) FROM " + MeasureQueries.ROWS, List.of())).get(0).get(0);
	}

	// ------------------------------------------------------------------ columns

	private Set<String> columns(EventFile file) throws EventInputException {
		return switch (file.type()) {
		case JSON_LINES -> jsonLinesKeys(file);
		case CSV -> described("read_csv(?, header = true, delim = ',', quote = '\"', escape = '\"', ignore_errors = true)", file);
		case PARQUET -> described("read_parquet(?)", file);
		};
	}

	/** The keys of the first line that is a JSON object; none if no line is. */
	private static Set<String> jsonLinesKeys(EventFile file) throws EventInputException {
		try (BufferedReader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				JsonNode node = parse(line);
				if (node != null && node.isObject()) {
					Set<String> keys = new LinkedHashSet<>();
					node.fieldNames().forEachRemaining(keys::add);
					return keys;
				}
			}
			return Set.of();
		} catch (IOException e) {
			throw new EventInputException("cannot read " + file.displayName() + ": " + e.getMessage()
					+ " (JSON lines files are read as UTF-8).", e);
		}
	}

	private static JsonNode parse(String line) {
		try {
			return line.isBlank() ? null : JSON.readTree(line);
		} catch (IOException e) {
			return null;
		}
	}

	private Set<String> described(String reader, EventFile file) throws EventInputException {
		Set<String> names = new LinkedHashSet<>();
		describe(reader, file).forEach(column -> names.add((String) column.get(0)));
		return names;
	}

	/** The file's columns as the reader sees them: name, type. */
	private List<List<Object>> describe(String reader, EventFile file) throws EventInputException {
		try {
			return engine.rows(new Sql("DESCRIBE SELECT * FROM " + reader, List.of(path(file))));
		} catch (IllegalStateException e) {
			throw unreadable(file, e);
		}
	}

	// ------------------------------------------------------------------ JSON lines

	/**
	 * A JSON lines file streamed into DuckDB a batch of lines at a time (never the whole file in
	 * memory: a log of 10 million events is gigabytes), each batch then parsed by DuckDB.
	 */
	private void loadJsonLines(EventFile file, EventFormat format) throws EventInputException {
		run(new Sql("CREATE OR REPLACE TABLE " + LINES + " (row BIGINT, line VARCHAR)", List.of()), file);
		Sql parse = jsonLines(file, format);
		try (Reader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
			LineBatches batches = new LineBatches(reader);
			while (batches.appendNext(engine, LINES, LINES_PER_BATCH)) {
				run(parse, file);
				run(new Sql("DELETE FROM " + LINES, List.of()), file);
			}
		} catch (IOException e) {
			throw new EventInputException("cannot read " + file.displayName() + ": " + e.getMessage()
					+ " (JSON lines files are read as UTF-8).", e);
		} catch (SQLException e) {
			throw unreadable(file, e);
		}
		run(new Sql("DROP TABLE " + LINES, List.of()), file);
	}

	/**
	 * The lines of the current batch parsed by DuckDB: blank ones skipped, the fields read from
	 * those that are JSON objects.
	 */
	private Sql jsonLines(EventFile file, EventFormat format) {
		String objects = "SELECT row, rtrim(line, chr(13)) AS line FROM " + LINES + " WHERE trim(line) <> ''";
		String valid = "SELECT row, line, CASE WHEN json_valid(line) THEN json_type(line) = 'OBJECT' ELSE false END AS valid"
				+ " FROM (" + objects + ") lines";
		String obj = "CASE WHEN valid THEN line END";
		String fields;
		if (format == EventFormat.GA4) {
			String params = "TRY_CAST(json_extract(" + obj + ", '$.event_params') AS " + GA4_PARAMS_TYPE + ")";
			fields = "SELECT row, valid, json_extract_string(" + obj + ", '$.event_name') AS event_name, "
					+ "COALESCE(NULLIF(json_extract_string(" + obj + ", '$.user_id'), ''), NULLIF(json_extract_string(" + obj
					+ ", '$.user_pseudo_id'), '')) AS user_id, json_extract_string(" + obj + ", '$.event_timestamp') AS time_value, "
					+ "TRY_CAST(json_extract_string(" + obj + ", '$.event_timestamp') AS BIGINT) AS epoch_us, "
					+ "CASE WHEN json_type(" + obj + ", '$.event_params') IS NULL OR json_type(" + obj
					+ ", '$.event_params') = 'NULL' THEN '{}' ELSE " + ga4Properties(params) + " END AS properties"
					+ " FROM (" + valid + ") checked";
		} else {
			String propertiesMember = "json_extract(" + obj + ", '$.properties')";
			String properties = "CASE WHEN json_type(" + propertiesMember + ") IS NULL OR json_type(" + propertiesMember
					+ ") = 'NULL' THEN json_merge_patch('{}', json_merge_patch(" + obj
					+ ", '{\"event_name\": null, \"user_id\": null, \"timestamp\": null}'))"
					+ " WHEN json_type(" + propertiesMember + ") = 'OBJECT' THEN json_merge_patch('{}', " + propertiesMember
					+ ") WHEN json_type(" + propertiesMember + ") = 'VARCHAR' THEN " + propertiesFromText("json_extract_string("
					+ obj + ", '$.properties')") + " END";
			fields = "SELECT row, valid, json_extract_string(" + obj + ", '$.event_name') AS event_name, "
					+ "NULLIF(json_extract_string(" + obj + ", '$.user_id'), '') AS user_id, "
					+ "json_extract_string(" + obj + ", '$.timestamp') AS time_value, "
					+ "epoch_us(TRY_CAST(json_extract_string(" + obj + ", '$.timestamp') AS TIMESTAMPTZ)) AS epoch_us, "
					+ properties + " AS properties FROM (" + valid + ") checked";
		}
		String problem = "CASE WHEN NOT valid THEN 'not a JSON object' ELSE " + problem(format) + " END";
		return new Sql("INSERT INTO " + MeasureQueries.ROWS + " SELECT ? + row, event_name, user_id, epoch_us, properties, "
				+ problem + " FROM (" + fields + ") fields", List.of(firstSeq));
	}

	/**
	 * Why a row that was read cannot be measured, or NULL; over event_name, time_value (the time as
	 * read, of any type), epoch_us, properties.
	 */
	private static String problem(EventFormat format) {
		String timeColumn = format == EventFormat.GA4 ? EventColumns.GA4_TIMESTAMP : EventColumns.TIMESTAMP;
		String expected = format == EventFormat.GA4 ? "microseconds since 1970-01-01 (an integer)"
				: "ISO-8601 such as 2026-03-01T10:15:00Z";
		// a well-formed row passes the first test, so the others (and the text of its time) are never computed for it
		return "CASE WHEN event_name IS NOT NULL AND epoch_us IS NOT NULL AND properties IS NOT NULL AND trim(event_name) <> ''"
				+ " THEN NULL WHEN event_name IS NULL OR trim(event_name) = '' THEN 'no event_name'"
				+ " WHEN time_value IS NULL OR trim(CAST(time_value AS VARCHAR)) = '' THEN 'no " + timeColumn + "'"
				+ " WHEN epoch_us IS NULL THEN '" + timeColumn + " ' || to_json(CAST(time_value AS VARCHAR))::VARCHAR || ' is not "
				+ expected + "'"
				+ " WHEN properties IS NULL THEN '" + (format == EventFormat.GA4 ? "event_params is not a list of {key, value}"
						: "properties is not a JSON object") + "' END";
	}

	/** The JSON object in a text, without null members; NULL if the text is not a JSON object; {} if blank. */
	private static String propertiesFromText(String text) {
		// cheapest test first: nearly every row is an object, most have no null member to drop, and TRY
		// makes the one parse both the check (NULL when the text is not JSON) and the normal form
		return "CASE WHEN starts_with(ltrim(" + text + "), '{') THEN TRY(CASE WHEN contains(" + text
				+ ", 'null') THEN json_merge_patch('{}', " + text + ") ELSE json(" + text + ") END) WHEN " + text
				+ " IS NULL OR trim(" + text + ") = '' THEN '{}' END";
	}

	/** GA4's parameter list as one JSON object: each key with the value the export filled in. */
	private static String ga4Properties(String params) {
		String value = "COALESCE(to_json(p.value.string_value), to_json(p.value.int_value), to_json(p.value.float_value),"
				+ " to_json(p.value.double_value), 'null')::VARCHAR";
		return "CASE WHEN " + params + " IS NOT NULL THEN json_merge_patch('{}', '{' || array_to_string(list_transform("
				+ "list_filter(" + params + ", lambda p: p.key IS NOT NULL), lambda p: to_json(p.key)::VARCHAR || ':' || "
				+ value + "), ',') || '}') END";
	}

	// ------------------------------------------------------------------ CSV

	/**
	 * A CSV file through DuckDB's reader: the fixed columns as text, the others with the types the
	 * reader detects (so a column of numbers is numbers). Records the reader rejects (too few or too
	 * many fields, a value of the wrong type for its column) are malformed rows with their line.
	 */
	private void loadCsv(EventFile file, EventFormat format, Set<String> columns) throws EventInputException {
		if (format == EventFormat.GA4) {
			throw new EventInputException(file.displayName()
					+ " looks like a GA4 export, which is read from Parquet or JSON lines (BigQuery exports both), not CSV.");
		}
		DuckDbDialect dialect = (DuckDbDialect) engine.dialect();
		List<String> text = new ArrayList<>();
		for (String column : List.of(EventColumns.EVENT_NAME, EventColumns.USER_ID, EventColumns.TIMESTAMP,
				EventColumns.PROPERTIES)) {
			if (columns.contains(column)) {
				text.add("'" + column + "': 'VARCHAR'");
			}
		}
		String reader = "read_csv(?, header = true, delim = ',', quote = '\"', escape = '\"', store_rejects = true, types = {" + String.join(", ", text)
				+ "}) WITH ORDINALITY";
		List<Object> parameters = new ArrayList<>(List.of(firstSeq));
		String properties = perColumnOrProperties(columns, dialect, parameters);
		parameters.add(path(file));
		String fields = "SELECT ordinality + 1 AS row, true AS valid, CAST(" + column(columns, EventColumns.EVENT_NAME)
				+ " AS VARCHAR) AS event_name, NULLIF(CAST(" + column(columns, EventColumns.USER_ID)
				+ " AS VARCHAR), '') AS user_id, \"timestamp\" AS time_value, "
				+ "epoch_us(TRY_CAST(\"timestamp\" AS TIMESTAMPTZ)) AS epoch_us, " + properties + " AS properties FROM " + reader;
		run(new Sql("INSERT INTO " + MeasureQueries.ROWS + " SELECT ? + row, event_name, user_id, epoch_us, properties, "
				+ problem(format) + " FROM (" + fields + ") fields", parameters), file);
		addRejectedLines(file);
	}

	/**
	 * The rejected records of the last CSV scan become malformed rows; the rows read after a
	 * rejected line move down by one, since WITH ORDINALITY numbers only the records kept.
	 */
	private void addRejectedLines(EventFile file) throws EventInputException {
		List<List<Object>> rejected = engine.rows(new Sql("SELECT line, arg_min(error_message, column_idx)"
				+ " FROM reject_errors WHERE scan_id = (SELECT MAX(scan_id) FROM reject_scans) GROUP BY line ORDER BY line",
				List.of()));
		if (rejected.isEmpty()) {
			return;
		}
		run(new Sql("CREATE OR REPLACE TEMP TABLE journey_rejected (position BIGINT, line BIGINT)", List.of()), file);
		long position = 0;
		for (List<Object> reject : rejected) {
			long line = (Long) reject.get(0);
			run(new Sql("INSERT INTO journey_rejected VALUES (?, ?)", List.of(++position, line)), file);
		}
		// record k (first data line is 2) lies after the rejected line of position j when line - 1 - j < k - 1
		String row = "(" + MeasureQueries.ROWS + ".seq - ?)";
		run(new Sql("UPDATE " + MeasureQueries.ROWS + " SET seq = seq + (SELECT COUNT(*) FROM journey_rejected r"
				+ " WHERE r.line - 1 - r.position < " + row + " - 1) WHERE seq >= ? AND seq < ?",
				List.of(firstSeq, firstSeq, nextFileSeq)), file);
		for (List<Object> reject : rejected) {
			run(new Sql("INSERT INTO " + MeasureQueries.ROWS + " VALUES (?, NULL, NULL, NULL, NULL, ?)",
					List.of(firstSeq + (Long) reject.get(0), "not a valid CSV record: " + reject.get(1))), file);
		}
	}

	// ------------------------------------------------------------------ Parquet

	private Sql parquet(EventFile file, EventFormat format, Set<String> columns) throws EventInputException {
		DuckDbDialect dialect = (DuckDbDialect) engine.dialect();
		String reader = "read_parquet(?, file_row_number = true)";
		List<Object> parameters = new ArrayList<>(List.of(firstSeq));
		String fields;
		if (format == EventFormat.GA4) {
			String params = columns.contains(EventColumns.GA4_PARAMS) ? "\"event_params\"" : "NULL";
			fields = "SELECT file_row_number + 1 AS row, CAST(event_name AS VARCHAR) AS event_name, COALESCE(NULLIF(CAST("
					+ column(columns, EventColumns.USER_ID) + " AS VARCHAR), ''), NULLIF(CAST("
					+ column(columns, EventColumns.GA4_PSEUDO_ID) + " AS VARCHAR), '')) AS user_id, "
					+ "event_timestamp AS time_value, TRY_CAST(event_timestamp AS BIGINT) AS epoch_us, "
					+ "CASE WHEN " + params + " IS NULL THEN '{}' ELSE " + ga4Properties(params) + " END AS properties FROM "
					+ reader;
		} else {
			String properties = perColumnOrProperties(columns, dialect, parameters);
			fields = "SELECT file_row_number + 1 AS row, CAST(event_name AS VARCHAR) AS event_name, NULLIF(CAST("
					+ column(columns, EventColumns.USER_ID) + " AS VARCHAR), '') AS user_id, "
					+ "\"timestamp\" AS time_value, " + epochMicros(file) + " AS epoch_us, "
					+ properties + " AS properties FROM " + reader;
		}
		parameters.add(path(file));
		return new Sql("INSERT INTO " + MeasureQueries.ROWS + " SELECT ? + row, event_name, user_id, epoch_us, properties, "
				+ problem(format) + " FROM (" + fields + ") fields", parameters);
	}

	/**
	 * A plain Parquet file's event time in microseconds: a timestamp column as it is (one without a
	 * zone is UTC), text parsed as ISO-8601 (with its offset, if any). Going through TIMESTAMPTZ costs
	 * a time zone conversion per row, which a timestamp column does not need.
	 */
	private String epochMicros(EventFile file) throws EventInputException {
		for (List<Object> column : describe("read_parquet(?)", file)) {
			if (EventColumns.TIMESTAMP.equals(column.get(0)) && ((String) column.get(1)).startsWith("TIMESTAMP")) {
				return "epoch_us(\"timestamp\")";
			}
		}
		return "epoch_us(TRY_CAST(\"timestamp\" AS TIMESTAMPTZ))";
	}

	/**
	 * The properties of a plain table: its {@code properties} column (JSON text) if it has one,
	 * else an object of every other column, each key bound and each column quoted. Adds the keys
	 * to the parameters.
	 */
	private static String perColumnOrProperties(Set<String> columns, DuckDbDialect dialect, List<Object> parameters) {
		if (columns.contains(EventColumns.PROPERTIES)) {
			return propertiesFromText("CAST(\"properties\" AS VARCHAR)");
		}
		List<String> members = new ArrayList<>();
		for (String column : columns) {
			if (!EventColumns.PLAIN_FIXED.contains(column)) {
				members.add("?, " + dialect.quoteIdentifier(column));
				parameters.add(column);
			}
		}
		return "json_merge_patch('{}', json_object(" + String.join(", ", members) + "))";
	}

	private static String column(Set<String> columns, String name) {
		return columns.contains(name) ? "\"" + name + "\"" : "NULL";
	}

	private static String path(EventFile file) {
		return file.path().toString();
	}

	private void run(Sql statement, EventFile file) throws EventInputException {
		try {
			engine.execute(statement);
		} catch (SQLException e) {
			if (file == null) {
				throw new IllegalStateException(e.getMessage(), e);
			}
			throw unreadable(file, e);
		}
	}

	private static EventInputException unreadable(EventFile file, Exception e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
		return new EventInputException("cannot read " + file.displayName() + ": " + message, e);
	}
}
