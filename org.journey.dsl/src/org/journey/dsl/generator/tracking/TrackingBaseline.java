package org.journey.dsl.generator.tracking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.journey.dsl.diff.SchemaVer;
import org.journey.dsl.diff.TrackingComparison;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an earlier {@code journey generate} published, read from its output folder: each Snowplow
 * schema with every version it has in the Iglu layout, and each journey's Segment rules. A run with
 * a baseline versions what it writes against it ({@code journey generate --baseline}): a schema
 * whose properties changed gets the next version SchemaVer gives ({@link #level}), the versions
 * before it are written again, and an unchanged schema keeps its published version and content,
 * so one URI never holds two different schemas.
 */
public final class TrackingBaseline {

	/** No baseline: every schema is 1-0-0 and every rule version 1, as without {@code --baseline}. */
	public static final TrackingBaseline NONE = new TrackingBaseline(Map.of(), Map.of());

	private static final ObjectMapper JSON = new ObjectMapper();
	/** SchemaVer versions in order: by model, then revision, then addition, as numbers. */
	public static final Comparator<String> SCHEMA_VERSIONS = Comparator
			.comparingInt((String version) -> part(version, 0)).thenComparingInt(version -> part(version, 1))
			.thenComparingInt(version -> part(version, 2));

	/** "vendor/name" to its versions (oldest first) and their schemas. */
	private final Map<String, SortedMap<String, ObjectNode>> igluSchemas;
	/** A journey's qualified name to its rules, as published. */
	private final Map<String, List<ObjectNode>> segmentRules;

	private TrackingBaseline(Map<String, SortedMap<String, ObjectNode>> igluSchemas, Map<String, List<ObjectNode>> segmentRules) {
		this.igluSchemas = igluSchemas;
		this.segmentRules = segmentRules;
	}

	/**
	 * The baseline an output folder of {@code journey generate} holds: {@code <journey>/tracking/snowplow/schemas/...}
	 * and {@code <journey>/tracking/segment-tracking-plan-rules.json}.
	 *
	 * @throws IOException when a file cannot be read or is not the JSON generate writes (the message names it)
	 */
	public static TrackingBaseline read(Path folder) throws IOException {
		Map<String, SortedMap<String, ObjectNode>> schemas = new HashMap<>();
		Map<String, List<ObjectNode>> rules = new HashMap<>();
		List<Path> journeys;
		try (Stream<Path> children = Files.list(folder)) {
			journeys = children.filter(Files::isDirectory).sorted().toList();
		}
		for (Path journey : journeys) {
			Path iglu = journey.resolve(SnowplowTarget.FOLDER).resolve("schemas");
			if (Files.isDirectory(iglu)) {
				List<Path> files;
				try (Stream<Path> walk = Files.walk(iglu)) {
					files = walk.filter(Files::isRegularFile).sorted().toList();
				}
				for (Path file : files) {
					Path relative = iglu.relativize(file);
					// schemas/<vendor>/<name>/jsonschema/<version>
					if (relative.getNameCount() != 4 || !SnowplowSchemas.FORMAT.equals(relative.getName(2).toString())) {
						continue;
					}
					String version = relative.getName(3).toString();
					if (!version.matches("\\d+-\\d+-\\d+")) {
						continue;
					}
					String key = relative.getName(0) + "/" + relative.getName(1);
					schemas.computeIfAbsent(key, k -> new TreeMap<>(SCHEMA_VERSIONS)).put(version, object(file));
				}
			}
			Path rulesFile = journey.resolve(SegmentTrackingPlanTarget.RULES_FILE);
			if (Files.isRegularFile(rulesFile)) {
				List<ObjectNode> published = new ArrayList<>();
				object(rulesFile).path("rules").forEach(rule -> {
					if (rule instanceof ObjectNode node) {
						published.add(node);
					}
				});
				rules.put(journey.getFileName().toString(), published);
			}
		}
		return new TrackingBaseline(schemas, rules);
	}

	private static ObjectNode object(Path file) throws IOException {
		try {
			JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
			if (node instanceof ObjectNode object) {
				return object;
			}
		} catch (IOException e) {
			throw new IOException(file + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
		}
		throw new IOException(file + " is not a JSON object, as journey generate writes it");
	}

	/** The published versions of an event's Iglu schema, oldest first; empty for an event never published. */
	public SortedMap<String, ObjectNode> igluVersions(String vendor, String event) {
		return igluSchemas.getOrDefault(vendor + "/" + event, new TreeMap<>(SCHEMA_VERSIONS));
	}

	/** A journey's published Segment rules, in file order; empty when it has none. */
	public List<ObjectNode> segmentRules(String qualifiedName) {
		return segmentRules.getOrDefault(qualifiedName, List.of());
	}

	/**
	 * How an object schema changed, as SchemaVer classifies it (see {@link TrackingComparison}):
	 * from {@code before} to {@code after}, both with {@code properties} and {@code required} as
	 * JSON Schema writes them. Descriptions do not count.
	 */
	public static SchemaVer level(JsonNode before, JsonNode after) {
		Map<String, TrackedProperty> old = properties(before);
		Map<String, TrackedProperty> now = properties(after);
		Set<String> names = new LinkedHashSet<>(old.keySet());
		names.addAll(now.keySet());
		SchemaVer level = SchemaVer.NONE;
		for (String name : names) {
			for (var change : TrackingComparison.classify(old.get(name), now.get(name))) {
				level = SchemaVer.max(level, change.level());
			}
		}
		return level;
	}

	/** The properties of an object schema, with the type JSON Schema gives (a nullable one by its other type) and without descriptions. */
	private static Map<String, TrackedProperty> properties(JsonNode schema) {
		Set<String> required = new LinkedHashSet<>();
		schema.path("required").forEach(name -> required.add(name.asText()));
		Map<String, TrackedProperty> properties = new TreeMap<>();
		schema.path("properties").fields().forEachRemaining(field -> {
			JsonNode type = field.getValue().path("type");
			String name = type.isArray() ? nonNull(type) : type.asText("");
			properties.put(field.getKey(), new TrackedProperty(field.getKey(), name, required.contains(field.getKey()), null));
		});
		return properties;
	}

	private static String nonNull(JsonNode types) {
		List<String> names = new ArrayList<>();
		types.forEach(type -> {
			if (!"null".equals(type.asText())) {
				names.add(type.asText());
			}
		});
		return String.join(",", names);
	}

	private static int part(String version, int index) {
		return Integer.parseInt(version.split("-")[index]);
	}
}
