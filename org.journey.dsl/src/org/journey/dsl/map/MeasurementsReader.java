package org.journey.dsl.map;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.journey.dsl.map.Actuals.Coverage;
import org.journey.dsl.map.Actuals.EventCount;
import org.journey.dsl.map.Actuals.KpiActual;
import org.journey.dsl.map.Actuals.KpiStatus;
import org.journey.dsl.map.Actuals.PhaseActual;
import org.journey.dsl.map.Actuals.PropertyViolation;
import org.journey.dsl.map.Actuals.TouchpointActual;
import org.journey.dsl.map.Actuals.ViolationKind;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the {@code measurements.json} that {@code journey measure} writes per journey into the
 * {@link Actuals} of its map. The measure module writes the file; this side only reads it, so the
 * language runtime needs nothing of the measuring engines.
 * <p>
 * Every key the reports use is checked against the schema ({@code docs/measurements.schema.json}):
 * present, of its type, within its enumeration; a file that fails is a {@link MeasurementsException}
 * naming the key's JSON path. Keys the reports do not use (the files read, the terms of a formula)
 * and keys a later minor version adds are not looked at, as the format's versioning promises.
 */
public final class MeasurementsReader {

	/** The schema's {@code $id}, which every file names in {@code $schema}. */
	public static final String SCHEMA_ID = "https://www.journey.org/dsl/schema/measurements-1.schema.json";

	/** Exact decimals: an actual value keeps the digits the measure command wrote. */
	private static final JsonMapper MAPPER = JsonMapper.builder()
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

	private final String file;

	private MeasurementsReader(String file) {
		this.file = file;
	}

	/**
	 * The actuals of one journey's measurements.json.
	 *
	 * @param file how messages name the file (its path as the user gave it)
	 * @param expectedQualifiedName the journey the file must be about, or null to accept any
	 * @throws MeasurementsException when the file is not JSON or not as the schema says
	 * @throws IOException when it cannot be read at all
	 */
	public static Actuals read(InputStream in, String file, String expectedQualifiedName) throws IOException {
		JsonNode root;
		try {
			root = MAPPER.readTree(in);
		} catch (JsonParseException e) {
			throw new MeasurementsException(file, "not JSON: " + e.getOriginalMessage() + " at line "
					+ e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
		} catch (JsonProcessingException e) {
			throw new MeasurementsException(file, "not JSON: " + e.getOriginalMessage());
		}
		if (root == null || root.isMissingNode()) {
			throw new MeasurementsException(file, "empty: expected the JSON object journey measure writes");
		}
		return new MeasurementsReader(file).actuals(root, expectedQualifiedName);
	}

	private Actuals actuals(JsonNode root, String expectedQualifiedName) {
		object(root, "the file");
		String schema = text(root, "$schema", "$schema", false);
		if (!SCHEMA_ID.equals(schema)) {
			throw problem("$schema", "expected \"" + SCHEMA_ID + "\", found " + shown(root.get("$schema"))
					+ ": this is not a measurements.json of journey measure");
		}
		String version = text(root, "formatVersion", "formatVersion", false);
		if (!version.matches("1\\.[0-9]+")) {
			throw problem("formatVersion", "expected a version 1.x, found \"" + version
					+ "\": written by a newer journey measure; measure again with this version");
		}
		String qualifiedName = text(root, "qualifiedName", "qualifiedName", false);
		if (expectedQualifiedName != null && !expectedQualifiedName.equals(qualifiedName)) {
			throw problem("qualifiedName", "the file measures journey " + qualifiedName + ", not "
					+ expectedQualifiedName + ": each journey's file belongs in the folder named after it");
		}
		JsonNode window = object(member(root, "window", "window"), "window");
		String from = instant(window, "from", "window.from");
		String to = instant(window, "to", "window.to");
		JsonNode events = object(member(root, "events", "events"), "events");
		long eventCount = count(events, "events", "events.events");
		long users = count(events, "users", "events.users");
		List<PhaseActual> phases = list(root, "phases", "phases", objects(this::phase));
		List<KpiActual> kpis = list(root, "kpis", "kpis", objects(this::kpi));
		JsonNode coverage = object(member(root, "coverage", "coverage"), "coverage");
		return new Actuals(from, to, eventCount, users, phases, kpis, coverage(coverage));
	}

	private PhaseActual phase(JsonNode node, String path) {
		return new PhaseActual(text(node, "name", path + ".name", false),
				optionalCount(node, "modelledVolume", path + ".modelledVolume"),
				optionalCount(node, "users", path + ".users"),
				optionalDouble(node, "modelledConversion", path + ".modelledConversion"),
				optionalDouble(node, "conversion", path + ".conversion"),
				count(node, "events", path + ".events"),
				list(node, "touchpoints", path + ".touchpoints", objects(this::touchpoint)));
	}

	private TouchpointActual touchpoint(JsonNode node, String path) {
		return new TouchpointActual(text(node, "name", path + ".name", false), count(node, "events", path + ".events"),
				count(node, "users", path + ".users"),
				list(node, "trackedEvents", path + ".trackedEvents", objects((event, at) -> new EventCount(
						text(event, "name", at + ".name", false), count(event, "events", at + ".events"),
						count(event, "users", at + ".users")))));
	}

	private KpiActual kpi(JsonNode node, String path) {
		String statusText = text(node, "status", path + ".status", false);
		KpiStatus status = KpiStatus.ofLiteral(statusText);
		if (status == null) {
			throw problem(path + ".status", "expected one of target-met, improving, off-track, no-target, no-data, found \""
					+ statusText + "\"");
		}
		JsonNode onTrack = member(node, "onTrack", path + ".onTrack");
		if (!onTrack.isNull() && !onTrack.isBoolean()) {
			throw problem(path + ".onTrack", "expected true, false or null, found " + shown(onTrack));
		}
		return new KpiActual(text(node, "name", path + ".name", false), optionalDecimal(node, "actual", path + ".actual"),
				optionalDecimal(node, "progress", path + ".progress"), status,
				onTrack.isNull() ? null : onTrack.booleanValue());
	}

	private Coverage coverage(JsonNode node) {
		List<String> notSeen = list(node, "modelledEventsNotSeen", "coverage.modelledEventsNotSeen", (item, at) -> {
			if (!item.isTextual()) {
				throw problem(at, "expected an event name (a string), found " + shown(item));
			}
			return item.textValue();
		});
		List<EventCount> unmodelled = list(node, "unmodelledEvents", "coverage.unmodelledEvents",
				objects((item, at) -> new EventCount(text(item, "name", at + ".name", false),
						count(item, "events", at + ".events"), null)));
		long names = count(node, "unmodelledEventNames", "coverage.unmodelledEventNames");
		List<PropertyViolation> violations = list(node, "propertyViolations", "coverage.propertyViolations",
				objects(this::violation));
		return new Coverage(notSeen, unmodelled, names, violations);
	}

	private PropertyViolation violation(JsonNode node, String path) {
		String kindText = text(node, "kind", path + ".kind", false);
		ViolationKind kind = ViolationKind.ofLiteral(kindText);
		if (kind == null) {
			throw problem(path + ".kind", "expected one of missing-required, wrong-type, unknown, found \"" + kindText + "\"");
		}
		String expectedType = text(node, "expectedType", path + ".expectedType", true);
		if (expectedType != null && !List.of("string", "number", "integer", "boolean").contains(expectedType)) {
			throw problem(path + ".expectedType", "expected string, number, integer, boolean or null, found \""
					+ expectedType + "\"");
		}
		JsonNode example = object(member(node, "example", path + ".example"), path + ".example");
		long row = count(example, "row", path + ".example.row");
		if (row < 1) {
			throw problem(path + ".example.row", "expected a row of 1 or more, found " + row);
		}
		return new PropertyViolation(text(node, "event", path + ".event", false),
				text(node, "property", path + ".property", false), kind, expectedType,
				count(node, "events", path + ".events"), text(example, "file", path + ".example.file", false), row,
				text(example, "value", path + ".example.value", true));
	}

	// ------------------------------------------------------------------ checked access

	private JsonNode member(JsonNode object, String key, String path) {
		JsonNode value = object.get(key);
		if (value == null) {
			throw problem(path, "missing (every key of the schema is always present, null where there is no value)");
		}
		return value;
	}

	private JsonNode object(JsonNode node, String path) {
		if (!node.isObject()) {
			throw problem(path, "expected a JSON object, found " + shown(node));
		}
		return node;
	}

	private String text(JsonNode object, String key, String path, boolean nullable) {
		JsonNode value = member(object, key, path);
		if (nullable && value.isNull()) {
			return null;
		}
		if (!value.isTextual()) {
			throw problem(path, "expected a string" + (nullable ? " or null" : "") + ", found " + shown(value));
		}
		return value.textValue();
	}

	/** An ISO-8601 date-time with offset, as the window's ends are written; null for an open end. */
	private String instant(JsonNode object, String key, String path) {
		String text = text(object, key, path, true);
		if (text != null) {
			try {
				OffsetDateTime.parse(text);
			} catch (DateTimeParseException e) {
				throw problem(path, "expected a date-time such as 2026-03-01T00:00:00Z, or null, found \"" + text + "\"");
			}
		}
		return text;
	}

	private long count(JsonNode object, String key, String path) {
		JsonNode value = member(object, key, path);
		if (!isCount(value)) {
			throw problem(path, "expected a whole number of 0 or more, found " + shown(value));
		}
		return value.longValue();
	}

	private Long optionalCount(JsonNode object, String key, String path) {
		JsonNode value = member(object, key, path);
		if (value.isNull()) {
			return null;
		}
		if (!isCount(value)) {
			throw problem(path, "expected a whole number of 0 or more, or null, found " + shown(value));
		}
		return value.longValue();
	}

	private static boolean isCount(JsonNode value) {
		return value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0;
	}

	private BigDecimal optionalDecimal(JsonNode object, String key, String path) {
		JsonNode value = member(object, key, path);
		if (value.isNull()) {
			return null;
		}
		if (!value.isNumber()) {
			throw problem(path, "expected a number or null, found " + shown(value));
		}
		return value.decimalValue();
	}

	private Double optionalDouble(JsonNode object, String key, String path) {
		BigDecimal value = optionalDecimal(object, key, path);
		return value == null ? null : value.doubleValue();
	}

	private <T> List<T> list(JsonNode object, String key, String path, Item<T> item) {
		JsonNode array = member(object, key, path);
		if (!array.isArray()) {
			throw problem(path, "expected a JSON array, found " + shown(array));
		}
		List<T> items = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			String at = path + "[" + i + "]";
			JsonNode element = array.get(i);
			items.add(item.read(element, at));
		}
		return items;
	}

	/** An item reader for arrays of objects: anything else in the array is a problem at its path. */
	private <T> Item<T> objects(Item<T> item) {
		return (node, path) -> item.read(object(node, path), path);
	}

	/** Reads one element of an array, at its JSON path. */
	@FunctionalInterface
	private interface Item<T> {
		T read(JsonNode node, String path);
	}

	private MeasurementsException problem(String path, String what) {
		return new MeasurementsException(file, path + ": " + what);
	}

	/** A value as a message shows it: short, its JSON text. */
	private static String shown(JsonNode value) {
		if (value == null) {
			return "nothing";
		}
		String text = value.toString();
		Function<String, String> cut = t -> t.length() > 40 ? t.substring(0, 37) + "..." : t;
		return value.isContainerNode() ? (value.isArray() ? "an array " : "an object ") + cut.apply(text) : cut.apply(text);
	}
}
