package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.GtmContainerTarget;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.dsl.journey.Journey;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The GTM container export and its data layer script; golden files, examples and determinism in
 * the base class. The structural checks are what GTM's import needs to accept the file and wire it
 * up: unique ids, triggers and variables that every reference finds, parameter types in upper case.
 */
class GtmContainerTest extends TrackingTargetTestBase {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final Pattern REFERENCE = Pattern.compile("\\{\\{([^}]*)\\}\\}");
	/** GTM's built-in variables the container may reference without defining them. */
	private static final Set<String> BUILT_INS = Set.of("_event");

	@Override
	protected ReportTarget target() {
		return new GtmContainerTarget();
	}

	@Override
	protected List<String> files() {
		return List.of(GtmContainerTarget.DATA_LAYER_FILE, GtmContainerTarget.CONTAINER_FILE);
	}

	@Test
	void everyExampleContainerHasTheExportFormatOfAWebContainer() throws Exception {
		for (Journey journey : exampleJourneys()) {
			JsonNode export = container(journey);

			assertEquals(2, export.path("exportFormatVersion").asInt(), journey.getName());
			assertEquals(GtmContainerTarget.EXPORT_TIME, export.path("exportTime").asText(), journey.getName());
			JsonNode container = export.path("containerVersion").path("container");
			assertEquals(plan(journey).settings().containerName(), container.path("name").asText());
			assertEquals(List.of("WEB"), SegmentTrackingPlanTest.names(container.path("usageContext")));
			for (String array : List.of("tag", "trigger", "variable")) {
				assertTrue(export.path("containerVersion").path(array).isArray(), journey.getName() + " has " + array);
			}
		}
	}

	@Test
	void everyExampleContainerHasUniqueStringIds() throws Exception {
		for (Journey journey : exampleJourneys()) {
			JsonNode version = container(journey).path("containerVersion");

			List<JsonNode> ids = new ArrayList<>();
			for (String[] arrayAndKey : new String[][] { { "tag", "tagId" }, { "trigger", "triggerId" },
					{ "variable", "variableId" }, { "folder", "folderId" } }) {
				version.path(arrayAndKey[0]).forEach(element -> ids.add(element.path(arrayAndKey[1])));
			}

			Set<String> seen = new HashSet<>();
			for (JsonNode id : ids) {
				assertTrue(id.isTextual() && !id.asText().isEmpty(), journey.getName() + ": id " + id + " is not a string");
				assertTrue(seen.add(id.asText()), journey.getName() + ": id " + id + " is used twice");
			}
		}
	}

	@Test
	void everyReferenceOfEveryExampleContainerResolves() throws Exception {
		for (Journey journey : exampleJourneys()) {
			JsonNode version = container(journey).path("containerVersion");
			Set<String> triggerIds = new HashSet<>();
			version.path("trigger").forEach(t -> triggerIds.add(t.path("triggerId").asText()));
			Set<String> variables = new HashSet<>(BUILT_INS);
			version.path("variable").forEach(v -> variables.add(v.path("name").asText()));

			for (JsonNode tag : version.path("tag")) {
				assertFalse(tag.path("firingTriggerId").isEmpty(), journey.getName() + ": tag " + tag.path("name") + " never fires");
				tag.path("firingTriggerId").forEach(id -> assertTrue(triggerIds.contains(id.asText()),
						journey.getName() + ": tag " + tag.path("name") + " fires on unknown trigger " + id));
			}
			List<String> references = new ArrayList<>();
			collectReferences(version, references);
			assertFalse(references.isEmpty(), journey.getName() + " references no variable");
			references.forEach(reference -> assertTrue(variables.contains(reference),
					journey.getName() + ": {{" + reference + "}} names no variable"));
		}
	}

	@Test
	void everyParameterTypeOfEveryExampleContainerIsUpperCase() throws Exception {
		for (Journey journey : exampleJourneys()) {
			List<String> types = new ArrayList<>();

			collectParameterTypes(container(journey).path("containerVersion"), types);

			assertFalse(types.isEmpty(), journey.getName());
			types.forEach(type -> assertTrue(type.matches("[A-Z_]+"), journey.getName() + ": parameter type " + type));
		}
	}

	@Test
	void everyEventOfEveryExampleHasOneTagOneTriggerAndAVariablePerProperty() throws Exception {
		for (Journey journey : exampleJourneys()) {
			TrackingPlan plan = plan(journey);
			JsonNode version = container(journey).path("containerVersion");
			Map<String, JsonNode> variablesByDataLayerKey = new java.util.HashMap<>();
			version.path("variable").forEach(v -> {
				if ("v".equals(v.path("type").asText())) {
					variablesByDataLayerKey.put(parameter(v, "name").path("value").asText(), v);
				}
			});

			for (TrackedEvent event : plan.events()) {
				String what = journey.getName() + ": " + event.name();
				List<JsonNode> tags = new ArrayList<>();
				version.path("tag").forEach(t -> {
					if (event.name().equals(parameter(t, "eventName").path("value").asText())) {
						tags.add(t);
					}
				});
				List<JsonNode> triggers = new ArrayList<>();
				version.path("trigger").forEach(t -> {
					if (event.name().equals(t.path("customEventFilter").path(0).path("parameter").path(1).path("value").asText())) {
						triggers.add(t);
					}
				});
				assertEquals(1, tags.size(), what + ": tags");
				assertEquals(1, triggers.size(), what + ": triggers");
				JsonNode tag = tags.get(0);
				JsonNode trigger = triggers.get(0);
				assertEquals("gaawe", tag.path("type").asText(), what);
				assertEquals("{{" + GtmContainerTarget.MEASUREMENT_ID_VARIABLE + "}}",
						parameter(tag, "measurementIdOverride").path("value").asText(), what);
				assertEquals(List.of(trigger.path("triggerId").asText()), SegmentTrackingPlanTest.names(tag.path("firingTriggerId")));
				JsonNode filter = trigger.path("customEventFilter").path(0);
				assertEquals("CUSTOM_EVENT", trigger.path("type").asText(), what);
				assertEquals("EQUALS", filter.path("type").asText(), what);
				assertEquals("{{_event}}", filter.path("parameter").path(0).path("value").asText(), what);
				assertEquals("arg0", filter.path("parameter").path(0).path("key").asText(), what);
				assertEquals("arg1", filter.path("parameter").path(1).path("key").asText(), what);

				List<String> sent = new ArrayList<>();
				parameter(tag, "eventSettingsTable").path("list")
						.forEach(row -> sent.add(row.path("map").path(0).path("value").asText()));
				assertEquals(event.properties().stream().map(TrackedProperty::name).toList(), sent, what + ": parameters sent");
				for (TrackedProperty property : event.properties()) {
					JsonNode variable = variablesByDataLayerKey.get(property.name());
					assertNotNull(variable, what + ": no data layer variable for " + property.name());
					assertEquals("2", parameter(variable, "dataLayerVersion").path("value").asText());
					assertEquals("INTEGER", parameter(variable, "dataLayerVersion").path("type").asText());
					assertEquals("false", parameter(variable, "setDefaultValue").path("value").asText());
				}
			}
		}
	}

	@Test
	void theMeasurementIdComesFromTheTrackingBlockIntoTheConstantVariable() throws Exception {
		JsonNode variables = container(goldenJourney()).path("containerVersion").path("variable");

		JsonNode constant = variables.get(0);

		assertEquals(GtmContainerTarget.MEASUREMENT_ID_VARIABLE, constant.path("name").asText());
		assertEquals("c", constant.path("type").asText());
		assertEquals("G-1A2B3C4D5E", parameter(constant, "value").path("value").asText());
	}

	@Test
	void theDataLayerScriptHasATypedFunctionPerEvent() {
		for (Journey journey : exampleJourneys()) {
			TrackingPlan plan = plan(journey);

			String script = text(generate(target(), journey), GtmContainerTarget.DATA_LAYER_FILE);

			for (TrackedEvent event : plan.events()) {
				assertTrue(script.contains("pushToDataLayer(\"" + event.name() + "\""), journey.getName() + ": " + event.name());
			}
			long functions = script.lines().filter(line -> line.startsWith("export function push")).count();
			assertEquals(plan.events().size(), functions, journey.getName() + ": one exported function per event");
		}
	}

	private JsonNode container(Journey journey) throws Exception {
		return MAPPER.readTree(text(generate(target(), journey), GtmContainerTarget.CONTAINER_FILE));
	}

	private static JsonNode parameter(JsonNode element, String key) {
		for (JsonNode parameter : element.path("parameter")) {
			if (key.equals(parameter.path("key").asText())) {
				return parameter;
			}
		}
		return MAPPER.missingNode();
	}

	private static void collectReferences(JsonNode node, List<String> references) {
		if (node.isTextual()) {
			Matcher matcher = REFERENCE.matcher(node.asText());
			while (matcher.find()) {
				references.add(matcher.group(1));
			}
		}
		node.forEach(child -> collectReferences(child, references));
	}

	/** The types of parameters and of their list and map elements, at any depth. */
	private static void collectParameterTypes(JsonNode node, List<String> types) {
		node.properties().forEach(field -> {
			if (List.of("parameter", "list", "map").contains(field.getKey()) && field.getValue().isArray()) {
				field.getValue().forEach(element -> types.add(element.path("type").asText()));
			}
		});
		node.forEach(child -> collectParameterTypes(child, types));
	}
}
