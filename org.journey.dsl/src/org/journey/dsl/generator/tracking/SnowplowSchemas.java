package org.journey.dsl.generator.tracking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.journey.dsl.generator.tracking.TrackingPlan.EmittedAt;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Iglu self-describing JSON Schemas for Snowplow, one per event of a {@link TrackingPlan}: the
 * {@code self} block names vendor, event and version, the body is JSON Schema draft-04 (the draft
 * Iglu uses) and rejects properties the model does not declare.
 */
public final class SnowplowSchemas {

	public static final String META_SCHEMA = "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#";
	public static final String FORMAT = "jsonschema";
	/** Every schema starts at the first version; later model changes need a new version, by hand for now. */
	public static final String VERSION = "1-0-0";
	/** The patterns of the self-describing meta-schema. */
	// Iglu's characters, in dot-separated parts: the vendor is a folder of the schema's path, and "."
	// or ".." would lead out of the target's folder
	public static final Pattern VENDOR = Pattern.compile("[a-zA-Z0-9-_]+(\\.[a-zA-Z0-9-_]+)*");
	public static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-_]+");
	/**
	 * Bounded, so the warehouse loaders size the column (unbounded strings become the widest column
	 * type); generous, so that a value GA4 would cut at 100 characters is not a failed event here.
	 */
	public static final int MAX_STRING_LENGTH = 255;

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private SnowplowSchemas() {
	}

	/**
	 * The schemas by their path below the target folder, {@code schemas/<vendor>/<event>/jsonschema/1-0-0},
	 * in event order. Empty if the vendor is not a valid Iglu vendor; events whose names Iglu rejects
	 * are left out (the validator reports both at the model).
	 */
	public static Map<String, ObjectNode> of(TrackingPlan plan) {
		String vendor = plan.settings().vendor();
		Map<String, ObjectNode> schemas = new LinkedHashMap<>();
		if (vendor == null || !VENDOR.matcher(vendor).matches()) {
			return schemas;
		}
		for (TrackedEvent event : plan.events()) {
			if (event.name() != null && NAME.matcher(event.name()).matches()) {
				schemas.put(String.join("/", "schemas", vendor, event.name(), FORMAT, VERSION), schema(plan, vendor, event));
			}
		}
		return schemas;
	}

	static ObjectNode schema(TrackingPlan plan, String vendor, TrackedEvent event) {
		ObjectNode schema = JSON.objectNode();
		schema.put("$schema", META_SCHEMA);
		schema.put("description", description(plan, event));
		ObjectNode self = schema.putObject("self");
		self.put("vendor", vendor);
		self.put("name", event.name());
		self.put("format", FORMAT);
		self.put("version", VERSION);
		schema.put("type", "object");
		ObjectNode properties = schema.putObject("properties");
		for (TrackedProperty property : event.properties()) {
			properties.set(property.name(), property(property));
		}
		List<String> required = event.properties().stream().filter(TrackedProperty::required).map(TrackedProperty::name)
				.toList();
		// draft-04 requires a non-empty "required" array when it is present
		if (!required.isEmpty()) {
			ArrayNode names = schema.putArray("required");
			required.forEach(names::add);
		}
		schema.put("additionalProperties", false);
		return schema;
	}

	private static ObjectNode property(TrackedProperty property) {
		ObjectNode node = JSON.objectNode();
		if (property.description() != null) {
			node.put("description", property.description());
		}
		if (property.required()) {
			node.put("type", property.type());
		} else {
			// trackers send null for a value they do not have; a strict type would fail the whole event
			node.putArray("type").add(property.type()).add("null");
		}
		if ("string".equals(property.type())) {
			node.put("maxLength", MAX_STRING_LENGTH);
		}
		return node;
	}

	private static String description(TrackingPlan plan, TrackedEvent event) {
		String journey = plan.journeyTitle() != null ? plan.journeyTitle() : plan.journey();
		String where = event.emittedAt().stream().map(SnowplowSchemas::where).distinct()
				.collect(Collectors.joining(", "));
		String origin = "Tracked in the journey \"" + journey + "\"" + (where.isEmpty() ? "" : ", emitted by " + where)
				+ ".";
		return (event.description() != null ? sentence(event.description()) : "Event " + event.name() + ".") + " " + origin;
	}

	static String sentence(String text) {
		String trimmed = text.strip();
		return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
	}

	private static String where(EmittedAt at) {
		String touchpoint = at.touchpoint() != null ? at.touchpoint() : "a touchpoint";
		return touchpoint + (at.phase() != null ? " (phase " + at.phase() + ")" : " (another journey)");
	}
}
