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
import org.journey.measure.sql.MeasureQueries;
import org.journey.measure.sql.QueryRunner;
import org.journey.measure.sql.SqlDialect;
import org.journey.measure.sql.SqlDialect.PropertyType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks the properties of the tracked events against the model's typed properties: a required
 * property missing, a property of the wrong JSON type, a property the model does not declare. All
 * three are read from the shapes of the events' properties ({@link MeasureQueries#propertyShapes}),
 * one scan for every event and property together; the first event of each violation is then read
 * by its seq for the example.
 */
final class PropertyChecks {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final QueryRunner runner;
	private final MeasureQueries queries;

	PropertyChecks(QueryRunner runner, MeasureQueries queries) {
		this.runner = runner;
		this.queries = queries;
	}

	/** The violations of these (seen) events, by event, then property as declared (missing before wrong type), then unknown keys by name. */
	List<PropertyViolation> violations(List<TrackedEvent> events) {
		if (events.isEmpty()) {
			return List.of();
		}
		Map<String, List<String>> propertiesByEvent = new LinkedHashMap<>();
		events.forEach(event -> propertiesByEvent.put(event.name(),
				event.properties().stream().map(TrackedProperty::name).toList()));
		Map<String, List<Shape>> shapes = shapes(propertiesByEvent);
		List<Found> found = new ArrayList<>();
		for (TrackedEvent event : events) {
			List<Shape> eventShapes = shapes.getOrDefault(event.name(), List.of());
			for (int i = 0; i < event.properties().size(); i++) {
				found.addAll(check(event, event.properties().get(i), i, eventShapes));
			}
			found.addAll(unknown(event, eventShapes));
		}
		return withExamples(found);
	}

	private Map<String, List<Shape>> shapes(Map<String, List<String>> propertiesByEvent) {
		SqlDialect dialect = queries.dialect();
		Map<String, List<Shape>> shapes = new HashMap<>();
		for (List<Object> row : runner.rows(queries.propertyShapes(propertiesByEvent))) {
			List<PropertyType> types = new ArrayList<>();
			for (Object type : (List<?>) row.get(1)) {
				types.add(type == null ? null : dialect.propertyType((String) type));
			}
			List<String> keys = ((List<?>) row.get(2)).stream().map(String.class::cast).toList();
			shapes.computeIfAbsent((String) row.get(0), name -> new ArrayList<>())
					.add(new Shape(types, keys, ((Number) row.get(3)).longValue(), ((Number) row.get(4)).longValue()));
		}
		return shapes;
	}

	private List<Found> check(TrackedEvent event, TrackedProperty property, int index, List<Shape> shapes) {
		Tally missing = new Tally();
		Tally wrongType = new Tally();
		boolean numbersToCheck = false;
		for (Shape shape : shapes) {
			PropertyType type = shape.types().get(index);
			if (type == null) {
				missing.add(shape.events(), shape.firstSeq());
			} else if (property.type().equals("integer") && type == PropertyType.NUMBER) {
				numbersToCheck = true;
			} else if (!accepts(property.type(), type)) {
				wrongType.add(shape.events(), shape.firstSeq());
			}
		}
		if (numbersToCheck) {
			List<Object> fractions = runner.rows(queries.fractions(event.name(), property.name())).get(0);
			long events = ((Number) fractions.get(0)).longValue();
			if (events > 0) {
				wrongType.add(events, ((Number) fractions.get(1)).longValue());
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

	/** The JSON types a property of the model's type accepts; an integer is a number too. */
	private static boolean accepts(String declared, PropertyType type) {
		return declared.equals(type.id()) || declared.equals("number") && type == PropertyType.INTEGER;
	}

	private static List<Found> unknown(TrackedEvent event, List<Shape> shapes) {
		Set<String> declared = new LinkedHashSet<>();
		event.properties().forEach(property -> declared.add(property.name()));
		Map<String, Tally> byKey = new TreeMap<>();
		for (Shape shape : shapes) {
			for (String key : shape.keys()) {
				if (!declared.contains(key)) {
					byKey.computeIfAbsent(key, k -> new Tally()).add(shape.events(), shape.firstSeq());
				}
			}
		}
		List<Found> found = new ArrayList<>();
		byKey.forEach((key, tally) -> found.add(new Found(event.name(), key, "unknown", null, tally, false)));
		return found;
	}

	private List<PropertyViolation> withExamples(List<Found> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Object>> firstEvents = new HashMap<>();
		for (List<Object> row : runner.rows(queries.eventsAt(found.stream().map(f -> f.tally().firstSeq).distinct().toList()))) {
			firstEvents.put(((Number) row.get(0)).longValue(), row);
		}
		List<PropertyViolation> violations = new ArrayList<>();
		for (Found f : found) {
			List<Object> first = firstEvents.get(f.tally().firstSeq);
			String value = f.withValue() ? valueText((String) first.get(3), f.property()) : null;
			violations.add(new PropertyViolation(f.event(), f.property(), f.kind(), f.expectedType(), f.tally().events,
					new Example((String) first.get(1), ((Number) first.get(2)).longValue(), value)));
		}
		return violations;
	}

	/** The property's value as measurements.json shows it: a string without quotes, anything else as JSON. */
	private static String valueText(String properties, String property) {
		try {
			JsonNode value = JSON.readTree(properties).get(property);
			return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : JSON.writeValueAsString(value);
		} catch (IOException e) {
			throw new IllegalStateException("the engine stored properties that are not JSON: " + properties, e);
		}
	}

	/** One shape of an event's properties: the type of each checked property (null when absent), the keys, how many events, the first. */
	private record Shape(List<PropertyType> types, List<String> keys, long events, long firstSeq) {
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
