package org.journey.measure.sql;

import java.util.List;

/** An engine that runs a query with bound parameters and returns its rows. */
public interface QueryRunner {

	/** The rows of the query, each a list of column values (Long, Double, String, Boolean or null). */
	List<List<Object>> rows(Sql query);

	/**
	 * Keeps the rows of the query as a table of this name for the queries that follow (DuckDB: CREATE
	 * TABLE ... AS; Spark: a cached temporary view, so nothing is written to a warehouse).
	 */
	void createTable(String name, Sql query);

	/** Names the query for the queries that follow, without keeping its rows: each query runs it again. */
	void createView(String name, Sql query);

	SqlDialect dialect();
}
