package org.journey.measure.sql;

/**
 * What differs between the SQL engines that run {@link MeasureQueries}: reading a value out of the
 * JSON text of the {@code properties} column, telling its JSON type, and listing its keys. All else
 * in the queries is SQL that DuckDB and Spark SQL both accept. Each method returns an expression
 * in which the JSON path is a bound parameter ({@code ?}), never text from a model.
 */
public interface SqlDialect {

	/** An identifier quoted for this engine: {@code "a""b"} in DuckDB, {@code `a``b`} in Spark. */
	String quoteIdentifier(String name);

	/** The JSON path (to bind) of a top-level key of the properties object. */
	String jsonPath(String key);

	/** The property at the bound path as text (a JSON string unquoted; null when absent or null). */
	String jsonText(String json);

	/** The property at the bound path as a DOUBLE, null when absent or not a number. */
	default String jsonNumber(String json) {
		return "TRY_CAST(" + jsonText(json) + " AS DOUBLE)";
	}

	/**
	 * The JSON type of the property at the bound path as the model's property types name it:
	 * 'string', 'integer' (a number without a fraction), 'number', 'boolean', 'object', 'array'; null
	 * when the property is absent or null. The path is bound once per {@code ?} in the expression:
	 * {@link #jsonTypeParameters()} says how many.
	 */
	String jsonType(String json);

	/** How many times the path is bound in {@link #jsonType(String)}. */
	int jsonTypeParameters();

	/**
	 * The JSON types of {@code paths} properties, as an array in the engine's own type names: one
	 * bound path per property, in order; an absent property's type is null. The object is parsed
	 * once for all of them. The names need only tell apart what the model's types do.
	 */
	String jsonTypes(String json, int paths);

	/** The top-level keys of the JSON object, as an array. */
	String jsonKeys(String json);

	/** A 64-bit hash of these expressions (columns, arrays) together. */
	String hash(String... columns);
}
