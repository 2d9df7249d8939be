package org.journey.measure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.measure.Measurements.Example;
import org.journey.measure.Measurements.PropertyViolation;
import org.journey.measure.events.EventFormat;
import org.journey.measure.sql.MeasureQueries;
import org.journey.measure.sql.QueryRunner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks the properties of the tracked events against the model's typed properties: a required
 * property missing, a property of the wrong JSON type, a property the model does not declare. All
 * three are read from the shapes of the events' properties ({@link MeasureQueries#propertyShapes}):
 * one scan for every event and property together gives each shape's count and first event, and the
 * first event's properties show the shape's keys and types.
 */
final class PropertyChecks {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final QueryRunner runner;
	private final MeasureQueries queries;
	/** The files read, in the order read: where a seq points. */
	private final List<String> files;

	/** Keys never reported as unknown: what the collecting tool adds by itself (see {@link EventFormat#automaticProperties}). */
	private final Set<String> automatic;

	PropertyChecks(QueryRunner runner, MeasureQueries queries, List<String> files, Set<String> automatic) {
		this.runner = runner;
		this.queries = queries;
		this.files = files;
		this.automatic = Set.copyOf(automatic);
	}

	/** The violations of these (seen) events, by event, then property as declared (missing before wrong type), then unknown keys by name. */
	List<PropertyViolation> violations(List<TrackedEvent> events) {
		if (events.isEmpty()) {
			return List.of();
		}
		Map<String, List<String>> propertiesByEvent = new LinkedHashMap<>();
		events.forEach(event -> propertiesByEvent.put(event.name(),
				event.properties().stream().map(TrackedProperty::name).toList()));
		List<List<Object>> shapeRows = runner.rows(queries.propertyShapes(propertiesByEvent));
		Map<Long, FirstEvent> firstEvents = firstEvents(shapeRows.stream().map(row -> number(row.get(2))).toList());
		Map<String, List<Shape>> shapes = new HashMap<>();
		for (List<Object> row : shapeRows) {
			long firstSeq = number(row.get(2));
			shapes.computeIfAbsent((String) row.get(0), name -> new ArrayList<>())
					.add(new Shape(firstEvents.get(firstSeq).properties(), number(row.get(1)), firstSeq));
		}
		List<Found> found = new ArrayList<>();
		for (TrackedEvent event : events) {
			List<Shape> eventShapes = shapes.getOrDefault(event.name(), List.of());
			for (TrackedProperty property : event.properties()) {
				found.addAll(check(event, property, eventShapes));
			}
			found.addAll(unknown(event, eventShapes));
		}
		List<Long> fractionSeqs = found.stream().map(f -> f.tally().firstSeq).filter(seq -> !firstEvents.containsKey(seq))
				.distinct().toList();
		firstEvents.putAll(firstEvents(fractionSeqs));
		List<PropertyViolation> violations = new ArrayList<>();
		for (Found f : found) {
			FirstEvent first = firstEvents.get(f.tally().firstSeq);
			JsonNode value = first.properties().get(f.property());
			violations.add(new PropertyViolation(f.event(), f.property(), f.kind(), f.expectedType(), f.tally().events,
					new Example(first.file(), first.row(), f.withValue() ? valueText(value) : null)));
		}
		return violations;
	}

	private List<Found> check(TrackedEvent event, TrackedProperty property, List<Shape> shapes) {
		Tally missing = new Tally();
		Tally wrongType = new Tally();
		boolean numbersToCheck = false;
		for (Shape shape : shapes) {
			String type = jsonType(shape.properties().get(property.name()));
			if (type == null) {
				missing.add(shape.events(), shape.firstSeq());
			} else if (property.type().equals("integer") && type.equals(WRITTEN_WITH_FRACTION)) {
				numbersToCheck = true;
			} else if (!accepts(property.type(), type)) {
				wrongType.add(shape.events(), shape.firstSeq());
			}
		}
		if (numbersToCheck) {
			List<Object> fractions = runner.rows(queries.fractions(event.name(), property.name())).get(0);
			if (number(fractions.get(0)) > 0) {
				wrongType.add(number(fractions.get(0)), number(fractions.get(1)));
			}
		}
		List<Found> found = new ArrayList<>();
		if (property.required() && missing.events > 0) {
			found.add(new Found(event.name(), property.name(), "missing-required", property.type(), missing, false));
		}
		if (wrongType.events > 0) {
			found.add(new Found(event.name(), property.name(), "wrong-type", property.type(), wrongType, true));
		}
		return found;
	}

	/** A number written with a fraction or an exponent: a number, and an integer only if its value is whole. */
	private static final String WRITTEN_WITH_FRACTION = "number";

	/** The model's name for a JSON value's type; null for an absent or null value. */
	private static String jsonType(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isTextual()) {
			return "string";
		}
		if (value.isIntegralNumber()) {
			return "integer";
		}
		if (value.isNumber()) {
			return WRITTEN_WITH_FRACTION;
		}
		if (value.isBoolean()) {
			return "boolean";
		}
		return value.isObject() ? "object" : "array";
	}

	/** Whether a property of the model's type accepts a value of this JSON type; an integer is a number too. */
	private static boolean accepts(String declared, String type) {
		return declared.equals(type) || declared.equals("number") && type.equals("integer");
	}

	private List<Found> unknown(TrackedEvent event, List<Shape> shapes) {
		Set<String> declared = new LinkedHashSet<>();
		event.properties().forEach(property -> declared.add(property.name()));
		Map<String, Tally> byKey = new TreeMap<>();
		for (Shape shape : shapes) {
			shape.properties().fieldNames().forEachRemaining(key -> {
				if (!declared.contains(key) && !automatic.contains(key)) {
					byKey.computeIfAbsent(key, k -> new Tally()).add(shape.events(), shape.firstSeq());
				}
			});
		}
		List<Found> found = new ArrayList<>();
		byKey.forEach((key, tally) -> found.add(new Found(event.name(), key, "unknown", null, tally, false)));
		return found;
	}

	/** The events of these seqs: where they were read, and their properties. */
	private Map<Long, FirstEvent> firstEvents(List<Long> seqs) {
		Map<Long, FirstEvent> events = new HashMap<>();
		if (seqs.isEmpty()) {
			return events;
		}
		for (List<Object> row : runner.rows(queries.eventsAt(seqs))) {
			long seq = number(row.get(0));
			events.put(seq, new FirstEvent(files.get(MeasureQueries.fileIndex(seq)), MeasureQueries.row(seq),
					parse((String) row.get(1))));
		}
		return events;
	}

	private static JsonNode parse(String properties) {
		try {
			return JSON.readTree(properties);
		} catch (IOException e) {
			throw new IllegalStateException("the engine stored properties that are not JSON: " + properties, e);
		}
	}

	/** The property's value as measurements.json shows it: a string without quotes, anything else as JSON. */
	private static String valueText(JsonNode value) {
		return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	private record FirstEvent(String file, long row, JsonNode properties) {
	}

	/** One shape of an event's properties, seen in the properties of its first event; how many events have it. */
	private record Shape(JsonNode properties, long events, long firstSeq) {
	}

	/** Events counted toward one violation, and the first of them. */
	private static final class Tally {
		private long events;
		private long firstSeq = Long.MAX_VALUE;

		void add(long count, long seq) {
			events += count;
			firstSeq = Math.min(firstSeq, seq);
		}
	}

	private record Found(String event, String property, String kind, String expectedType, Tally tally, boolean withValue) {
	}
}
