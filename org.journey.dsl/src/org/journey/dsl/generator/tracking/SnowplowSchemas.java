package org.journey.dsl.generator.tracking;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.journey.dsl.generator.tracking.IgluWorkspace.Emitter;
import org.journey.dsl.generator.tracking.IgluWorkspace.IgluEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.dsl.model.AsciiNames;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Iglu self-describing JSON Schemas for Snowplow, one per event: the {@code self} block names
 * vendor, event and version, the body is JSON Schema draft-04 (the draft Iglu uses) and rejects
 * properties the model does not declare. The schemas pass {@code igluctl lint} with all its
 * checks: every schema and property has a description, every string a maximum length, every
 * number bounds, every optional property accepts null.
 */
public final class SnowplowSchemas {

	public static final String META_SCHEMA = "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#";
	public static final String FORMAT = "jsonschema";
	/**
	 * The first version of every schema. A schema's content depends only on the event's
	 * declarations across the workspace, so one URI never has two contents; a later change of the
	 * model gets the next SchemaVer version when generate is given the published schemas as a
	 * baseline ({@link TrackingBaseline}).
	 */
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
	/**
	 * The bounds of integer and number properties: the integers a JavaScript tracker sends exactly,
	 * ±(2^53 - 1). igluctl lint wants bounds on every number; these reject no value a tracker can
	 * send faithfully, and make the loaders choose BIGINT for integers (a 32-bit column would
	 * overflow on IDs and amounts in cents).
	 */
	public static final BigInteger MAX_SAFE_INTEGER = BigInteger.TWO.pow(53).subtract(BigInteger.ONE);

	private SnowplowSchemas() {
	}

	public static boolean isValidVendor(String vendor) {
		return vendor != null && VENDOR.matcher(vendor).matches();
	}

	public static boolean isValidName(String name) {
		return name != null && NAME.matcher(name).matches();
	}

	/**
	 * The Iglu vendor a package stands for: lower case, each part of the package in ASCII (æ, ø, å
	 * spelled out, accents dropped), characters Iglu rejects dropped, parts left empty by that
	 * dropped; empty if no part is left ({@code package łŋ}).
	 */
	public static Optional<String> vendorOfPackage(String packageName) {
		List<String> parts = new ArrayList<>();
		for (String part : packageName.split("\\.")) {
			String ascii = AsciiNames.transliterate(part).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
			if (!ascii.isEmpty()) {
				parts.add(ascii);
			}
		}
		return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(".", parts));
	}

	/** Where the schema of an event lies in an Iglu static repository: {@code schemas/<vendor>/<event>/jsonschema/1-0-0}. */
	public static String path(String vendor, String event) {
		return path(vendor, event, VERSION);
	}

	/** Where a version of an event's schema lies in an Iglu static repository. */
	public static String path(String vendor, String event, String version) {
		return String.join("/", "schemas", vendor, event, FORMAT, version);
	}

	/** The self-describing schema of an event of {@code vendor}, version 1-0-0. */
	public static ObjectNode schema(String vendor, IgluEvent event) {
		return schema(vendor, event, VERSION);
	}

	/** The self-describing schema of an event of {@code vendor}, at a version. */
	public static ObjectNode schema(String vendor, IgluEvent event, String version) {
		ObjectNode schema = TrackingOutput.object();
		schema.put("$schema", META_SCHEMA);
		schema.put("description", description(event));
		ObjectNode self = schema.putObject("self");
		self.put("vendor", vendor);
		self.put("name", event.name());
		self.put("format", FORMAT);
		self.put("version", version);
		schema.put("type", "object");
		ObjectNode properties = schema.putObject("properties");
		for (TrackedProperty property : event.properties()) {
			properties.set(property.name(), property(event.name(), property));
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

	private static ObjectNode property(String event, TrackedProperty property) {
		ObjectNode node = TrackingOutput.object();
		// igluctl lint wants a description on every property, not only on the schema
		node.put("description", property.description() != null && !property.description().isBlank()
				? property.description()
				: "Property '" + property.name() + "' of the event '" + event + "'.");
		String type = EventSchemas.jsonType(property.type());
		if (property.required()) {
			node.put("type", type);
		} else {
			// trackers send null for a value they do not have; a strict type would fail the whole event
			node.putArray("type").add(type).add("null");
		}
		switch (type) {
		case "string" -> node.put("maxLength", MAX_STRING_LENGTH);
		case "integer", "number" -> {
			node.put("minimum", MAX_SAFE_INTEGER.negate());
			node.put("maximum", MAX_SAFE_INTEGER);
		}
		default -> {
			// booleans have nothing to bound
		}
		}
		return node;
	}

	/**
	 * The event's own description, then the journeys that track it and the touchpoints that emit
	 * it. Built from the whole workspace, in file order, so that every journey writes the same.
	 */
	private static String description(IgluEvent event) {
		String own = event.description() != null && !event.description().isBlank() ? sentence(event.description())
				: "Event " + event.name() + ".";
		Set<String> journeys = new LinkedHashSet<>(event.journeys());
		event.emitters().forEach(emitter -> journeys.add(emitter.journey()));
		// name each touchpoint's journey only where the schema spans journeys
		boolean severalJourneys = journeys.size() > 1;
		String emitters = event.emitters().stream().map(emitter -> where(emitter, severalJourneys)).distinct()
				.collect(Collectors.joining(", "));
		List<String> tracking = event.journeys().stream().distinct().map(SnowplowSchemas::quoted).toList();
		String tracked = (tracking.size() == 1 ? "the journey " : "the journeys ") + joinWithAnd(tracking);
		return own + " Tracked in " + tracked + (emitters.isEmpty() ? "" : ", emitted by " + emitters) + ".";
	}

	private static String where(Emitter emitter, boolean nameJourney) {
		return emitter.touchpoint() + " (phase " + emitter.phase() + (nameJourney ? " of " + quoted(emitter.journey()) : "")
				+ ")";
	}

	private static String quoted(String text) {
		return "\"" + text + "\"";
	}

	private static String joinWithAnd(List<String> parts) {
		return parts.size() == 1 ? parts.get(0)
				: String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	static String sentence(String text) {
		String trimmed = text.strip();
		return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
	}
}
