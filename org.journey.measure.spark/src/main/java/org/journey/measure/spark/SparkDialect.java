package org.journey.measure.spark;

import java.util.ArrayList;
import java.util.List;

import org.journey.measure.sql.SqlDialect;

/**
 * Spark SQL's JSON functions. A value is read with {@code get_json_object}; its JSON type with the
 * VARIANT functions of Spark 4 ({@code try_parse_json}, {@code variant_get}, {@code
 * schema_of_variant}), since text alone cannot tell the string "12" from the number 12. Paths are
 * written {@code $['key']} and bound: Spark substitutes a bound parameter as a literal, never as SQL.
 */
public final class SparkDialect implements SqlDialect {

	@Override
	public String quoteIdentifier(String name) {
		return '`' + name.replace("`", "``") + '`';
	}

	/**
	 * Spark's JSON paths have no escape inside {@code ['...']}, so a key with a quote or a bracket
	 * cannot be addressed; the model's property names are identifiers and never have one.
	 */
	@Override
	public String jsonPath(String key) {
		if (key.indexOf('\'') >= 0 || key.indexOf(']') >= 0) {
			throw new IllegalArgumentException("the property name " + key
					+ " has a quote or a bracket, which a Spark JSON path cannot address");
		}
		return "$['" + key + "']";
	}

	@Override
	public String jsonText(String json) {
		return "get_json_object(" + json + ", ?)";
	}

	@Override
	public String jsonType(String json) {
		String type = "schema_of_variant(variant_get(try_parse_json(" + json + "), ?))";
		String number = "try_variant_get(try_parse_json(" + json + "), ?, 'double')";
		// a number without a fraction (3.0, a DECIMAL(2,1) to Spark) is an integer, as in JSON Schema and the DuckDB dialect
		return "CASE WHEN " + type + " IN ('BIGINT', 'INT', 'SMALLINT', 'TINYINT') THEN 'integer'"
				+ " WHEN " + type + " IN ('DOUBLE', 'FLOAT') OR " + type + " LIKE 'DECIMAL%' THEN CASE WHEN " + number
				+ " = FLOOR(" + number + ") THEN 'integer' ELSE 'number' END"
				+ " WHEN " + type + " = 'STRING' THEN 'string' WHEN " + type + " = 'BOOLEAN' THEN 'boolean'"
				+ " WHEN " + type + " LIKE 'OBJECT%' THEN 'object' WHEN " + type + " LIKE 'ARRAY%' THEN 'array' ELSE NULL END";
	}

	@Override
	public int jsonTypeParameters() {
		return 9;
	}

	@Override
	public String jsonTypes(String json, int paths) {
		List<String> types = new ArrayList<>();
		for (int i = 0; i < paths; i++) {
			types.add("schema_of_variant(variant_get(try_parse_json(" + json + "), ?))");
		}
		return types.isEmpty() ? "CAST(array() AS ARRAY<STRING>)" : "array(" + String.join(", ", types) + ")";
	}

	@Override
	public String jsonKeys(String json) {
		return "json_object_keys(" + json + ")";
	}

	@Override
	public String hash(String... columns) {
		return "xxhash64(" + String.join(", ", columns) + ")";
	}
}
