package org.journey.measure.duckdb;

import java.util.Collections;

import org.journey.measure.sql.SqlDialect;

/** DuckDB's JSON functions; paths are written {@code $."key"}, the key escaped as a JSON string. */
public final class DuckDbDialect implements SqlDialect {

	@Override
	public String quoteIdentifier(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	@Override
	public String jsonPath(String key) {
		return "$.\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	@Override
	public String jsonText(String json) {
		return "json_extract_string(" + json + ", ?)";
	}

	@Override
	public String jsonType(String json) {
		// a double without a fraction (3.0) is an integer, as in JSON Schema
		return "CASE json_type(" + json + ", ?) WHEN 'VARCHAR' THEN 'string' WHEN 'BIGINT' THEN 'integer'"
				+ " WHEN 'UBIGINT' THEN 'integer' WHEN 'DOUBLE' THEN CASE WHEN TRY_CAST(json_extract_string(" + json
				+ ", ?) AS DOUBLE) = FLOOR(TRY_CAST(json_extract_string(" + json + ", ?) AS DOUBLE)) THEN 'integer'"
				+ " ELSE 'number' END WHEN 'BOOLEAN' THEN 'boolean' WHEN 'OBJECT' THEN 'object' WHEN 'ARRAY' THEN 'array'"
				+ " ELSE NULL END";
	}

	@Override
	public int jsonTypeParameters() {
		return 3;
	}

	@Override
	public String jsonTypes(String json, int paths) {
		if (paths == 0) {
			return "CAST([] AS VARCHAR[])";
		}
		return "json_type(" + json + ", [" + String.join(", ", Collections.nCopies(paths, "?")) + "])";
	}

	@Override
	public String jsonKeys(String json) {
		return "json_keys(" + json + ")";
	}

	@Override
	public String hash(String... columns) {
		return "hash(" + String.join(", ", columns) + ")";
	}
}
