package org.journey.measure.duckdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.journey.measure.engine.MeasurementEngine;
import org.journey.measure.events.EventFile;
import org.journey.measure.events.EventFormat;
import org.journey.measure.events.EventInputException;
import org.journey.measure.events.LoadedFile;
import org.journey.measure.sql.QueryValues;
import org.journey.measure.sql.Sql;
import org.journey.measure.sql.SqlDialect;

/**
 * The embedded engine: an in-memory DuckDB database in this process. It reads the event files into
 * {@code journey_rows} ({@link DuckDbEventLoader}) and runs the measurement's queries. It never goes
 * to the network: the JSON and Parquet readers are built in and extension downloads are switched off.
 */
public final class DuckDbEngine implements MeasurementEngine {

	private final Connection connection;
	private final DuckDbDialect dialect = new DuckDbDialect();

	private DuckDbEngine(Connection connection) {
		this.connection = connection;
	}

	public static DuckDbEngine open() {
		try {
			Class.forName("org.duckdb.DuckDBDriver");
			Connection connection = DriverManager.getConnection("jdbc:duckdb:");
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET autoinstall_known_extensions = false");
				// timestamps without an offset are UTC, and TIMESTAMPTZ values read back in UTC
				statement.execute("SET TimeZone = 'UTC'");
			}
			return new DuckDbEngine(connection);
		} catch (SQLException | ClassNotFoundException e) {
			throw new IllegalStateException("cannot start the embedded DuckDB engine: " + e.getMessage(), e);
		}
	}

	/**
	 * Reads the files into {@code journey_rows}, each in its own format (detected from its columns
	 * unless {@code format} names one). Returns what was read from each file.
	 */
	@Override
	public List<LoadedFile> load(List<EventFile> files, Optional<EventFormat> format)
			throws EventInputException {
		return new DuckDbEventLoader(this).load(files, format);
	}

	@Override
	public SqlDialect dialect() {
		return dialect;
	}

	@Override
	public List<List<Object>> rows(Sql query) {
		long start = System.nanoTime();
		try (PreparedStatement statement = prepare(query); ResultSet result = statement.executeQuery()) {
			int columns = result.getMetaData().getColumnCount();
			List<List<Object>> rows = new ArrayList<>();
			while (result.next()) {
				List<Object> row = new ArrayList<>(columns);
				for (int i = 1; i <= columns; i++) {
					row.add(QueryValues.normalize(result.getObject(i)));
				}
				rows.add(row);
			}
			trace(query, start);
			return rows;
		} catch (SQLException e) {
			throw new IllegalStateException("query failed: " + e.getMessage() + "\n" + query.text(), e);
		}
	}

	@Override
	public void createTable(String name, Sql query) {
		create("TABLE", name, query);
	}

	/**
	 * DuckDB cannot prepare a view with parameters, so the query's parameters, which must be
	 * numbers (never text from a model or the data), are written into it.
	 */
	@Override
	public void createView(String name, Sql query) {
		StringBuilder text = new StringBuilder();
		int parameter = 0;
		for (char c : query.text().toCharArray()) {
			if (c == '?') {
				Object value = query.parameters().get(parameter++);
				if (!(value instanceof Long || value instanceof Integer)) {
					throw new IllegalArgumentException("a view takes only whole numbers as parameters, not " + value);
				}
				text.append(value);
			} else {
				text.append(c);
			}
		}
		create("VIEW", name, new Sql(text.toString(), List.of()));
	}

	private void create(String kind, String name, Sql query) {
		Sql statement = new Sql("CREATE " + kind + " " + dialect.quoteIdentifier(name) + " AS " + query.text(),
				query.parameters());
		try {
			execute(statement);
		} catch (SQLException e) {
			throw new IllegalStateException("statement failed: " + e.getMessage() + "\n" + statement.text(), e);
		}
	}

	Connection connection() {
		return connection;
	}

	/** Runs a statement that returns no rows. */
	public void execute(Sql statement) throws SQLException {
		long start = System.nanoTime();
		try (PreparedStatement prepared = prepare(statement)) {
			prepared.execute();
		}
		trace(statement, start);
	}

	/** Each statement's time and text to standard error when set: for profiling a measurement. */
	private static final boolean TRACE = System.getenv("JOURNEY_TRACE_SQL") != null;

	private static void trace(Sql query, long startNanos) {
		if (TRACE) {
			String text = query.text().replaceAll("\\s+", " ");
			System.err.printf(Locale.ROOT, "sql %9.1f ms  %s%n", (System.nanoTime() - startNanos) / 1e6,
					text.length() > 200 ? text.substring(0, 200) + "..." : text);
		}
	}

	private PreparedStatement prepare(Sql query) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(query.text());
		for (int i = 0; i < query.parameters().size(); i++) {
			statement.setObject(i + 1, query.parameters().get(i));
		}
		return statement;
	}

	@Override
	public void close() {
		try {
			connection.close();
		} catch (SQLException e) {
			// nothing to keep: the database lived in memory
		}
	}
}
