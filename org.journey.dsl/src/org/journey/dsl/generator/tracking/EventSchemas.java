package org.journey.dsl.generator.tracking;

import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An event's properties as JSON Schema (draft-07), the common core of the Segment and Mixpanel
 * targets. The model's four property types are JSON Schema types of the same name, so they map
 * one to one: string, number, integer, boolean.
 */
public final class EventSchemas {

	public static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

	private EventSchemas() {
	}

	/** The JSON Schema type of a model property type. */
	public static String jsonType(String modelType) {
		return switch (modelType) {
		case "string", "number", "integer", "boolean" -> modelType;
		default -> throw new IllegalArgumentException("Property type '" + modelType
				+ "' has no JSON Schema type; the grammar's PropertyType and this mapping must agree");
		};
	}

	/** {@code {"name": {"type": ..., "description": ...}, ...}} in the order of the plan. */
	public static ObjectNode properties(TrackedEvent event) {
		ObjectNode properties = TrackingOutput.object();
		for (TrackedProperty property : event.properties()) {
			ObjectNode schema = properties.putObject(property.name());
			schema.put("type", jsonType(property.type()));
			if (property.description() != null && !property.description().isBlank()) {
				schema.put("description", property.description());
			}
		}
		return properties;
	}

	/** The names of the required properties; empty is valid in draft-07 and says "none" explicitly. */
	public static ArrayNode required(TrackedEvent event) {
		ArrayNode required = TrackingOutput.array();
		event.properties().stream().filter(TrackedProperty::required).forEach(p -> required.add(p.name()));
		return required;
	}
}
