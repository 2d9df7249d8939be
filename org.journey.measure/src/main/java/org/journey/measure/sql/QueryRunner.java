package org.journey.measure.sql;

import java.util.List;

/** An engine that runs a query with bound parameters and returns its rows. */
public interface QueryRunner {

	/** The rows of the query, each a list of column values (Long, Double, String, Boolean or null). */
	List<List<Object>> rows(Sql query);

	/** Runs a statement that returns no rows (CREATE TABLE ... AS SELECT). */
	void update(Sql statement);

	SqlDialect dialect();
}
