package org.journey.measure.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.journey.measure.events.EventColumns;
import org.journey.measure.events.EventFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One row of {@code journey_rows} from one JSON object, as the DuckDB loader makes it (the measure
 * tests compare the two engines): a line of a JSON lines file, or a Parquet record Spark wrote as
 * JSON. Runs on Spark's executors, so it is serializable and holds no state but its settings.
 * <p>
 * The rules, as in {@code DuckDbEventLoader}: a line that is not a JSON object is malformed; a
 * plain event's properties are its {@code properties} member (an object, or JSON text of one) or
 * else every member but event_name, user_id and timestamp; a GA4 event's are its
 * {@code event_params}, each key with the value filled in; null members are dropped (as an RFC 7396
 * merge patch does, at every depth); an empty user is no user.
 */
final class EventRowParser implements Serializable {

	private static final long serialVersionUID = 1L;

	/** ISO-8601 as DuckDB's TIMESTAMPTZ cast reads it: a date, a time with T or a space, an optional offset (UTC without one). */
	private static final Pattern TIME = Pattern.compile("\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})"
			+ "(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?\\s*(Z|UTC|[+-]\\d{2}(?::?\\d{2})?)?\\s*");

	private static volatile ObjectMapper json;

	private final String file;
	private final EventFormat format;

	EventRowParser(String file, EventFormat format) {
		this.file = file;
		this.format = format;
	}

	private static ObjectMapper json() {
		if (json == null) {
			// numbers kept as written (3.50 stays 3.50 to the parser, as DuckDB's reader keeps a double)
			json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
		}
		return json;
	}

	/** The row for this line, or null for a blank line, which is no row. */
	Row parse(long row, String line) {
		if (line.isBlank()) {
			return null;
		}
		JsonNode node;
		try {
			node = json().readTree(line);
		} catch (JsonProcessingException e) {
			node = null;
		}
		if (node == null || !node.isObject()) {
			return RowFactory.create(file, row, null, null, null, null, "not a JSON object");
		}
		return format == EventFormat.GA4 ? ga4(row, node) : plain(row, node);
	}

	private Row plain(long row, JsonNode event) {
		String eventName = text(event.get(EventColumns.EVENT_NAME));
		String userId = emptyIsNull(text(event.get(EventColumns.USER_ID)));
		String time = text(event.get(EventColumns.TIMESTAMP));
		Long epochUs = epochMicros(time);
		JsonNode member = event.get(EventColumns.PROPERTIES);
		ObjectNode properties;
		if (member == null || member.isNull()) {
			ObjectNode others = ((ObjectNode) event).deepCopy();
			others.remove(EventColumns.PLAIN_FIXED);
			properties = withoutNulls(others);
		} else if (member.isObject()) {
			properties = withoutNulls((ObjectNode) member);
		} else if (member.isTextual()) {
			properties = objectInText(member.asText());
		} else {
			properties = null;
		}
		return row(row, eventName, userId, time, epochUs, properties, EventColumns.TIMESTAMP,
				"ISO-8601 such as 2026-03-01T10:15:00Z", "properties is not a JSON object");
	}

	private Row ga4(long row, JsonNode event) {
		String eventName = text(event.get(EventColumns.EVENT_NAME));
		String userId = emptyIsNull(text(event.get(EventColumns.USER_ID)));
		if (userId == null) {
			userId = emptyIsNull(text(event.get(EventColumns.GA4_PSEUDO_ID)));
		}
		String time = text(event.get(EventColumns.GA4_TIMESTAMP));
		Long epochUs = integer(time);
		JsonNode params = event.get(EventColumns.GA4_PARAMS);
		ObjectNode properties = params == null || params.isNull() ? JsonNodeFactory.instance.objectNode() : ga4Params(params);
		return row(row, eventName, userId, time, epochUs, properties, EventColumns.GA4_TIMESTAMP,
				"microseconds since 1970-01-01 (an integer)", "event_params is not a list of {key, value}");
	}

	private Row row(long row, String eventName, String userId, String time, Long epochUs, ObjectNode properties,
			String timeColumn, String expected, String badProperties) {
		String problem = null;
		if (eventName == null || eventName.isBlank()) {
			problem = "no event_name";
		} else if (time == null || time.isBlank()) {
			problem = "no " + timeColumn;
		} else if (epochUs == null) {
			problem = timeColumn + " " + quoted(time) + " is not " + expected;
		} else if (properties == null) {
			problem = badProperties;
		}
		return RowFactory.create(file, row, eventName, userId, epochUs, properties == null ? null : properties.toString(),
				problem);
	}

	/** A JSON value as DuckDB's json_extract_string gives it: a string unquoted, anything else as JSON, null for null. */
	private static String text(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isTextual() ? value.asText() : value.toString();
	}

	private static String emptyIsNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	private ObjectNode objectInText(String text) {
		if (text.isBlank()) {
			return JsonNodeFactory.instance.objectNode();
		}
		try {
			JsonNode parsed = json().readTree(text);
			return parsed != null && parsed.isObject() ? withoutNulls((ObjectNode) parsed) : null;
		} catch (JsonProcessingException e) {
			return null;
		}
	}

	/**
	 * GA4's parameter list as one object: each key with the first of string_value, int_value,
	 * float_value, double_value the export filled in. Null when it is not a list of {key, value}.
	 */
	private static ObjectNode ga4Params(JsonNode params) {
		if (!params.isArray()) {
			return null;
		}
		ObjectNode properties = JsonNodeFactory.instance.objectNode();
		for (JsonNode param : params) {
			if (param.isNull()) {
				continue;
			}
			if (!param.isObject()) {
				return null;
			}
			JsonNode key = param.get("key");
			JsonNode value = param.get("value");
			if (value != null && !value.isNull() && !value.isObject()) {
				return null;
			}
			if (key == null || key.isNull()) {
				continue;
			}
			JsonNode filled = null;
			if (value != null && !value.isNull()) {
				filled = firstFilled(value);
				if (filled == MALFORMED) {
					return null;
				}
			}
			properties.set(text(key), filled == null ? JsonNodeFactory.instance.nullNode() : filled);
		}
		return withoutNulls(properties);
	}

	private static final JsonNode MALFORMED = JsonNodeFactory.instance.textNode("");

	/** The value's typed member as the cast to GA4's struct reads it; MALFORMED when one does not cast. */
	private static JsonNode firstFilled(JsonNode value) {
		JsonNode string = value.get("string_value");
		if (string != null && !string.isNull()) {
			return JsonNodeFactory.instance.textNode(text(string));
		}
		JsonNode integer = value.get("int_value");
		if (integer != null && !integer.isNull()) {
			Long parsed = integer(text(integer));
			return parsed == null ? MALFORMED : JsonNodeFactory.instance.numberNode(parsed);
		}
		for (String member : new String[] { "float_value", "double_value" }) {
			JsonNode number = value.get(member);
			if (number != null && !number.isNull()) {
				try {
					return JsonNodeFactory.instance.numberNode(Double.parseDouble(text(number)));
				} catch (NumberFormatException e) {
					return MALFORMED;
				}
			}
		}
		return null;
	}

	/** The object without its null members, at every depth (arrays are kept as they are). */
	private static ObjectNode withoutNulls(ObjectNode object) {
		ObjectNode clean = JsonNodeFactory.instance.objectNode();
		Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			JsonNode value = field.getValue();
			if (value.isNull()) {
				continue;
			}
			clean.set(field.getKey(), value.isObject() ? withoutNulls((ObjectNode) value) : value);
		}
		return clean;
	}

	private static Long integer(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Long.parseLong(text.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Microseconds since the epoch of an ISO-8601 time (UTC when it names no offset), null when it is none. */
	static Long epochMicros(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = TIME.matcher(text);
		if (!m.matches()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			LocalDateTime time = date.atStartOfDay();
			if (m.group(4) != null) {
				int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
				String fraction = m.group(7) == null ? "" : m.group(7);
				int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
				time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds, nanos);
			}
			ZoneOffset offset = ZoneOffset.UTC;
			String zone = m.group(8);
			if (zone != null && !zone.equals("Z") && !zone.equals("UTC")) {
				String digits = zone.substring(1).replace(":", "");
				int hours = Integer.parseInt(digits.substring(0, 2));
				int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
				int sign = zone.charAt(0) == '-' ? -1 : 1;
				offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
			}
			var instant = time.toInstant(offset);
			return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
		} catch (DateTimeException | ArithmeticException e) {
			return null;
		}
	}

	private static String quoted(String text) {
		try {
			return new ObjectMapper().writeValueAsString(text);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
