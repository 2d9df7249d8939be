package org.journey.measure.simulate;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Turns a staged JSON lines or CSV file into Parquet with embedded DuckDB, column by column typed,
 * so the Parquet schema is the contract's and not whatever a reader would infer.
 */
final class ParquetCopy {

	static final String GA4_PARAMS_TYPE = "STRUCT(\"key\" VARCHAR, \"value\" STRUCT(string_value VARCHAR, int_value BIGINT, "
			+ "float_value DOUBLE, double_value DOUBLE))[]";

	private ParquetCopy() {
	}

	/** The staged plain CSV table to Parquet: timestamp as TIMESTAMP (UTC), properties a JSON string. */
	static void plain(Path stagedCsv, Path parquet) throws IOException {
		copy("COPY (SELECT event_name, user_id, CAST(\"timestamp\" AS TIMESTAMP) AS \"timestamp\", properties FROM read_csv("
				+ literal(stagedCsv) + ", header = true, delim = ',', quote = '\"', escape = '\"', "
				+ "columns = {'event_name': 'VARCHAR', 'user_id': 'VARCHAR', 'timestamp': 'VARCHAR', 'properties': 'VARCHAR'})) TO "
				+ literal(parquet) + " (FORMAT parquet)");
	}

	/** The staged GA4 JSON lines to Parquet in the export's types. */
	static void ga4(Path stagedJsonLines, Path parquet) throws IOException {
		copy("COPY (SELECT event_name, event_timestamp, user_pseudo_id, user_id, event_params FROM read_json("
				+ literal(stagedJsonLines) + ", format = 'newline_delimited', "
				+ "columns = {'event_name': 'VARCHAR', 'event_timestamp': 'BIGINT', 'user_pseudo_id': 'VARCHAR', "
				+ "'user_id': 'VARCHAR', 'event_params': '" + GA4_PARAMS_TYPE.replace("'", "''") + "'})) TO "
				+ literal(parquet) + " (FORMAT parquet)");
	}

	private static void copy(String sql) throws IOException {
		Properties settings = new Properties();
		// JSON, CSV and Parquet are built into the driver: never reach for the network
		settings.setProperty("autoinstall_known_extensions", "false");
		settings.setProperty("autoload_known_extensions", "false");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", settings);
				Statement statement = connection.createStatement()) {
			// rows in the order they were simulated, so the same seed gives the same file
			statement.execute("SET preserve_insertion_order = true");
			statement.execute(sql);
		} catch (SQLException e) {
			throw new IOException("could not write Parquet: " + e.getMessage(), e);
		}
	}

	/** A file name as an SQL string literal; a path is never spliced in unquoted. */
	static String literal(Path file) {
		return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
	}
}
