package org.journey.measure.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.journey.measure.engine.MeasurementEngine;
import org.journey.measure.events.EventFile;
import org.journey.measure.events.EventFormat;
import org.journey.measure.events.EventInputException;
import org.journey.measure.events.LoadedFile;
import org.journey.measure.sql.QueryValues;
import org.journey.measure.sql.Sql;
import org.journey.measure.sql.SqlDialect;

/**
 * Apache Spark as the measuring engine: the event files become the temporary view
 * {@code journey_rows} ({@link SparkEventLoader}), and the measurement's queries, the same text
 * the embedded engine runs, go to Spark SQL with their parameters bound. Tables are cached
 * temporary views: nothing is written to a warehouse.
 */
public final class SparkEngine implements MeasurementEngine {

	private final SparkSession session;
	private final boolean stopOnClose;
	private final List<Dataset<Row>> cached = new ArrayList<>();
	private final SparkDialect dialect = new SparkDialect();

	/**
	 * An engine on a session of its own ({@link SparkSession#newSession()}: its own temporary views,
	 * the cluster shared). {@code stopOnClose} stops the whole Spark application when the engine closes.
	 */
	public SparkEngine(SparkSession session, boolean stopOnClose) {
		this.session = session;
		this.stopOnClose = stopOnClose;
		// event times are UTC throughout; ANSI keeps 1/0 an error rather than a silent null
		session.conf().set("spark.sql.session.timeZone", "UTC");
	}

	SparkSession session() {
		return session;
	}

	@Override
	public List<LoadedFile> load(List<EventFile> files, Optional<EventFormat> format) throws EventInputException {
		return new SparkEventLoader(this).load(files, format);
	}

	@Override
	public SqlDialect dialect() {
		return dialect;
	}

	@Override
	public List<List<Object>> rows(Sql query) {
		List<Row> collected;
		try {
			collected = dataset(query).collectAsList();
		} catch (Exception e) {
			// SparkException is checked in Java's eyes but thrown undeclared from Scala
			throw failed(query, e);
		}
		List<List<Object>> rows = new ArrayList<>();
		for (Row row : collected) {
			List<Object> values = new ArrayList<>(row.size());
			for (int i = 0; i < row.size(); i++) {
				values.add(QueryValues.normalize(row.get(i)));
			}
			rows.add(values);
		}
		return rows;
	}

	@Override
	public void createTable(String name, Sql query) {
		keep(name, dataset(query));
	}

	@Override
	public void createView(String name, Sql query) {
		dataset(query).createOrReplaceTempView(name);
	}

	/** Keeps the rows in memory (spilling to disk) under this name for the queries that follow. */
	void keep(String name, Dataset<Row> rows) {
		Dataset<Row> persisted = rows.persist(StorageLevel.MEMORY_AND_DISK());
		cached.add(persisted);
		persisted.createOrReplaceTempView(name);
	}

	private Dataset<Row> dataset(Sql query) {
		try {
			Map<String, Object> values = new HashMap<>();
			for (int i = 0; i < query.parameters().size(); i++) {
				values.put("p" + (i + 1), query.parameters().get(i));
			}
			return session.sql(named(query.text()), values);
		} catch (Exception e) {
			// SparkException is checked in Java's eyes but thrown undeclared from Scala
			throw failed(query, e);
		}
	}

	/**
	 * The query with its {@code ?} markers named {@code :p1, :p2, ...} in the order of the text.
	 * Spark binds positional markers inside a scalar subquery apart from the outer query's, so the
	 * values would land in the wrong places; named ones land where their name is.
	 */
	static String named(String text) {
		StringBuilder named = new StringBuilder(text.length() + 16);
		int marker = 0;
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
				named.append(c);
			} else if (c == '\'' || c == '"' || c == '`') {
				quote = c;
				named.append(c);
			} else if (c == '?') {
				named.append(":p").append(++marker);
			} else {
				named.append(c);
			}
		}
		return named.toString();
	}

	/** Spark wraps the error of a task in layers (awaitResult...): the message is the innermost one's. */
	private static IllegalStateException failed(Sql query, Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return new IllegalStateException("Spark query failed: " + cause + "\n" + query.text(), e);
	}

	@Override
	public void close() {
		cached.forEach(Dataset::unpersist);
		cached.clear();
		if (stopOnClose) {
			session.stop();
		}
	}
}
