package org.journey.tests.tracking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks {@code igluctl lint} runs on a schema, one method per family, each returning the
 * problems it finds (empty if none). Written from snowplow/schema-ddl 0.27.0: its Linter (the
 * sanity checks; igluctl runs all of them unless told to skip some, and fails a schema on any
 * issue, info or warning alike) and SelfSyntaxChecker (the self block's patterns, and a strict
 * draft-04 meta-schema that warns about keywords it does not know). Only the checks that can apply
 * to a flat object schema are here: no arrays, nested objects or enums are generated.
 */
final class IgluLint {

	static final String SELF_DESCRIBING_URI = "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#";
	static final Pattern VENDOR = Pattern.compile("^[a-zA-Z0-9-_.]+$");
	static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9-_]+$");
	/** SchemaVer: MODEL-REVISION-ADDITION, the model from 1, no leading zeros. */
	static final Pattern VERSION = Pattern.compile("^[1-9][0-9]*(-(0|[1-9][0-9]*)){2}$");
	/** Redshift's widest VARCHAR, the limit of the stringMaxLengthRange check. */
	static final int MAX_VARCHAR = 65535;
	/** The formats the unknownFormats check knows. */
	static final Set<String> KNOWN_FORMATS = Set.of("date-time", "date", "email", "hostname", "ipv4", "ipv6", "uri");
	/** BigQuery column names, which the bqDisallowedCharacters and bqIllegalStart checks ask of property names. */
	static final Pattern BIGQUERY_COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	/**
	 * The keywords of the strict draft-04 meta-schema: any other keyword at any level is a warning
	 * (a typo, or a keyword of a later draft such as exclusiveMinimum as a number).
	 */
	static final Set<String> STRICT_KEYWORDS = Set.of("self", "id", "$schema", "$supersededBy", "$supersedes", "title",
			"description", "default", "multipleOf", "maximum", "minimum", "maxLength", "minLength", "pattern",
			"additionalItems", "items", "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties", "required",
			"additionalProperties", "definitions", "properties", "patternProperties", "enum", "type", "format", "allOf",
			"anyOf", "oneOf", "not");

	private IgluLint() {
	}

	/** schemaUri and the self-syntax check: the meta-schema URI, and a self block naming the schema's path. */
	static List<String> selfDescribingHeader(String path, JsonNode schema) {
		List<String> problems = new ArrayList<>();
		if (!SELF_DESCRIBING_URI.equals(schema.path("$schema").asText())) {
			problems.add("$schema is " + schema.path("$schema") + ", not " + SELF_DESCRIBING_URI);
		}
		JsonNode self = schema.path("self");
		Set<String> fields = new HashSet<>();
		self.fieldNames().forEachRemaining(fields::add);
		if (!fields.equals(Set.of("vendor", "name", "format", "version"))) {
			problems.add("self has " + fields + ", not exactly vendor, name, format and version");
		}
		check(problems, VENDOR, self.path("vendor").asText(), "self.vendor");
		check(problems, NAME, self.path("name").asText(), "self.name");
		check(problems, NAME, self.path("format").asText(), "self.format");
		check(problems, VERSION, self.path("version").asText(), "self.version");
		String expected = String.join("/", "schemas", self.path("vendor").asText(), self.path("name").asText(),
				self.path("format").asText(), self.path("version").asText());
		if (!path.equals(expected)) {
			problems.add("lies at " + path + " but its self block names " + expected);
		}
		return problems;
	}

	/** rootObject: the root is of type object and has properties. */
	static List<String> rootObject(JsonNode schema) {
		List<String> problems = new ArrayList<>();
		if (!"object".equals(schema.path("type").asText())) {
			problems.add("the root's type is " + schema.path("type") + ", not object");
		}
		if (!schema.path("properties").isObject()) {
			problems.add("the root has no properties");
		}
		return problems;
	}

	/** description: the schema and every subschema describe themselves. */
	static List<String> description(JsonNode schema) {
		List<String> problems = new ArrayList<>();
		subschemas(schema).forEach((pointer, subschema) -> {
			if (!subschema.path("description").isTextual() || subschema.path("description").asText().isBlank()) {
				problems.add(pointer + " has no description");
			}
		});
		return problems;
	}

	/** stringLength, stringMaxLengthRange, stringMinMaxLength, stringProperties. */
	static List<String> strings(JsonNode schema) {
		List<String> problems = new ArrayList<>();
		subschemas(schema).forEach((pointer, subschema) -> {
			boolean string = hasType(subschema, "string");
			JsonNode maxLength = subschema.path("maxLength");
			if (string && !subschema.has("enum") && maxLength.isMissingNode() && !KNOWN_FORMATS.contains(subschema.path("format").asText())) {
				problems.add(pointer + " is a string with neither maxLength nor a known format");
			}
			if (maxLength.isNumber() && maxLength.asLong() > MAX_VARCHAR) {
				problems.add(pointer + " has maxLength " + maxLength + ", above " + MAX_VARCHAR);
			}
			if (maxLength.isNumber() && subschema.path("minLength").isNumber() && subschema.path("minLength").asLong() > maxLength.asLong()) {
				problems.add(pointer + " has minLength above maxLength");
			}
			if (!string && (subschema.has("maxLength") || subschema.has("minLength") || subschema.has("pattern"))) {
				problems.add(pointer + " has string keywords but no string type");
			}
		});
		return problems;
	}

	/** numericMinMax, numericMinimumMaximum, numericProperties. */
	static List<String> numbers(JsonNode schema) {
		List<String> problems = new ArrayList<>();
		subschemas(schema).forEach((pointer, subschema) -> {
			boolean numeric = hasType(subschema, "number") || hasType(subschema, "integer");
			JsonNode minimum = subschema.path("minimum");
			JsonNode maximum = subschema.path("maximum");
			if (numeric && !(minimum.isNumber() && maximum.isNumber())) {
				problems.add(pointer + " is a number without minimum and maximum");
			}
			if (minimum.isNumber() && maximum.isNumber() && minimum.decimalValue().compareTo(maximum.decimalValue()) > 0) {
				problems.add(pointer + " has a minimum above its maximum");
			}
			if (!numeric && (subschema.has("minimum") || subschema.has("maximum") || subschema.has("multipleOf"))) {
				problems.add(pointer + " has numeric keywords but no numeric type");
			}
			if (hasType(subschema, "integer") && (minimum.isNumber() && !isInteger(minimum.decimalValue())
					|| maximum.isNumber() && !isInteger(maximum.decimalValue()))) {
				problems.add(pointer + " is an integer with fractional bounds");
			}
		});
		return problems;
	}

	/** requiredPropertiesExist and optionalNull, with draft-04's rule that "required" is a non-empty set. */
	static List<String> requiredAndOptional(JsonNode schema) {
		List<String> problems = new ArrayList<>();
		JsonNode properties = schema.path("properties");
		Set<String> required = new HashSet<>();
		JsonNode list = schema.path("required");
		if (!list.isMissingNode() && (!list.isArray() || list.isEmpty())) {
			problems.add("required is present but not a non-empty array");
		}
		list.forEach(name -> {
			if (!required.add(name.asText())) {
				problems.add("required names " + name + " twice");
			}
			if (!properties.has(name.asText())) {
				problems.add("required names " + name + ", which is not a property");
			}
		});
		properties.fields().forEachRemaining(property -> {
			boolean nullable = hasType(property.getValue(), "null");
			if (!required.contains(property.getKey()) && !nullable) {
				problems.add("optional property " + property.getKey() + " does not accept null");
			}
			if (required.contains(property.getKey()) && nullable) {
				problems.add("required property " + property.getKey() + " accepts null");
			}
		});
		return problems;
	}

	/** bqDisallowedCharacters and bqIllegalStart: property names that are BigQuery column names as they are. */
	static List<String> bigQueryColumnNames(JsonNode schema) {
		List<String> problems = new ArrayList<>();
		subschemas(schema).forEach((pointer, subschema) -> subschema.path("properties").fieldNames().forEachRemaining(name -> {
			if (!BIGQUERY_COLUMN.matcher(name).matches()) {
				problems.add(pointer + " has property " + name + ", which BigQuery would rename");
			}
		}));
		return problems;
	}

	/** The strict draft-04 meta-schema's keywords, and unknownFormats. */
	static List<String> keywordsAndFormats(JsonNode schema) {
		List<String> problems = new ArrayList<>();
		subschemas(schema).forEach((pointer, subschema) -> {
			subschema.fieldNames().forEachRemaining(keyword -> {
				if (!STRICT_KEYWORDS.contains(keyword)) {
					problems.add(pointer + " has the keyword " + keyword + ", unknown to strict draft-04");
				}
			});
			if (subschema.has("format") && !KNOWN_FORMATS.contains(subschema.path("format").asText())) {
				problems.add(pointer + " has the unknown format " + subschema.path("format"));
			}
		});
		if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
			// Journey's own rule: the schema accepts what the model declares and nothing else
			problems.add("the root does not set additionalProperties to false");
		}
		return problems;
	}

	/** The schema and its subschemas below "properties", by JSON pointer ("" for the root). */
	private static Map<String, JsonNode> subschemas(JsonNode schema) {
		Map<String, JsonNode> all = new LinkedHashMap<>();
		collect("", schema, all);
		return all;
	}

	private static void collect(String pointer, JsonNode schema, Map<String, JsonNode> all) {
		all.put(pointer.isEmpty() ? "/" : pointer, schema);
		schema.path("properties").fields()
				.forEachRemaining(property -> collect(pointer + "/properties/" + property.getKey(), property.getValue(), all));
	}

	private static boolean hasType(JsonNode schema, String type) {
		JsonNode declared = schema.path("type");
		if (declared.isArray()) {
			for (JsonNode element : declared) {
				if (type.equals(element.asText())) {
					return true;
				}
			}
			return false;
		}
		return type.equals(declared.asText());
	}

	private static boolean isInteger(BigDecimal value) {
		return value.stripTrailingZeros().scale() <= 0;
	}

	private static void check(List<String> problems, Pattern pattern, String value, String what) {
		if (!pattern.matcher(value).matches()) {
			problems.add(what + " '" + value + "' does not match " + pattern);
		}
	}
}
