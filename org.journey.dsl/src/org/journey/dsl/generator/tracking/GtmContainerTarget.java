package org.journey.dsl.generator.tracking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Google Tag Manager web-container export (format version 2) that imports with Admin > Import
 * Container, merged into an existing container: a constant variable holding the GA4 measurement
 * ID, one data layer variable per event property, and per event a custom-event trigger and a GA4
 * event tag ({@code gaawe}) that sends the event with its properties. Everything is in one folder
 * named after the journey. Next to it, {@code datalayer.ts} gives developers a typed function per
 * event that pushes exactly what the container reads.
 * <p>
 * Determinism: ids are numbered in plan order; {@code exportTime} is the fixed {@value #EXPORT_TIME}
 * and every {@code fingerprint} is "0", because GTM computes its own on import and a real clock
 * would make every run differ. Account and container ids are "0" for the same reason: GTM replaces
 * them with the target container's on import.
 */
public class GtmContainerTarget implements ReportTarget {

	public static final String CONTAINER_FILE = "tracking/gtm-container.json";
	public static final String DATA_LAYER_FILE = "tracking/datalayer.ts";

	public static final String EXPORT_TIME = "1970-01-01 00:00:00";
	public static final String MEASUREMENT_ID_VARIABLE = "const - GA4 measurement ID";
	/** GTM's built-in variable holding the {@code event} key of the current data layer push. */
	public static final String EVENT_BUILT_IN = "_event";
	/** A placeholder public id: import ignores it, the container imported into keeps its own. */
	public static final String PUBLIC_ID = "GTM-XXXXXXX";

	private static final String ACCOUNT_ID = "0";
	private static final String CONTAINER_ID = "0";
	private static final String FINGERPRINT = "0";

	@Override
	public String name() {
		return "gtm";
	}

	@Override
	public boolean rendersEvents() {
		return true;
	}

	@Override
	public void generate(Journey journey, JourneyMap map, String folder, IFileSystemAccess2 files) {
		TrackingPlan plan = TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
		TrackingOutput.writeJson(files, folder + CONTAINER_FILE, container(plan));
		TrackingOutput.writeText(files, folder + DATA_LAYER_FILE, DataLayerScript.of(plan));
	}

	public static String dataLayerVariableName(String property) {
		return "dlv - " + property;
	}

	public static String triggerName(String event) {
		return "ce - " + event;
	}

	public static String tagName(String event) {
		return "GA4 event - " + event;
	}

	public static ObjectNode container(TrackingPlan plan) {
		List<TrackedEvent> events = Ga4Names.acceptedEvents(plan);
		Ids ids = new Ids();

		ObjectNode root = TrackingOutput.object();
		root.put("exportFormatVersion", 2);
		root.put("exportTime", EXPORT_TIME);
		ObjectNode version = root.putObject("containerVersion");
		version.put("accountId", ACCOUNT_ID);
		version.put("containerId", CONTAINER_ID);
		version.put("containerVersionId", "0");
		ObjectNode container = version.putObject("container");
		container.put("accountId", ACCOUNT_ID);
		container.put("containerId", CONTAINER_ID);
		container.put("name", plan.settings().containerName());
		container.put("publicId", PUBLIC_ID);
		container.putArray("usageContext").add("WEB");
		container.put("fingerprint", FINGERPRINT);

		String folderId = ids.next();
		ArrayNode variables = version.putArray("variable");
		variables.add(constantVariable(ids.next(), folderId, plan.settings().measurementId()));
		// one variable per property name: the data layer is a single key space, so an event
		// property of the same name in two events is one data layer key and one variable
		Map<String, TrackedProperty> properties = new LinkedHashMap<>();
		events.forEach(e -> e.properties().forEach(p -> properties.putIfAbsent(p.name(), p)));
		properties.keySet().forEach(name -> variables.add(dataLayerVariable(ids.next(), folderId, name)));

		ArrayNode triggers = version.putArray("trigger");
		ArrayNode tags = version.putArray("tag");
		for (TrackedEvent event : events) {
			String triggerId = ids.next();
			triggers.add(trigger(triggerId, folderId, event));
			tags.add(tag(ids.next(), folderId, triggerId, event));
		}

		ObjectNode folder = version.putArray("folder").addObject();
		common(folder, "folderId", folderId, "Journey - " + (plan.journeyTitle() != null ? plan.journeyTitle() : plan.journey()));
		folder.put("fingerprint", FINGERPRINT);
		version.put("fingerprint", FINGERPRINT);
		return root;
	}

	private static ObjectNode constantVariable(String id, String folderId, String measurementId) {
		ObjectNode variable = TrackingOutput.object();
		common(variable, "variableId", id, MEASUREMENT_ID_VARIABLE);
		variable.put("type", "c");
		variable.put("notes", "The GA4 measurement ID every event tag of this journey sends to."
				+ " Set it in the journey's tracking block (ga4-measurement-id) or here after import.");
		ArrayNode parameters = variable.putArray("parameter");
		parameters.add(parameter("TEMPLATE", "value", measurementId));
		variable.put("fingerprint", FINGERPRINT);
		variable.put("parentFolderId", folderId);
		variable.putObject("formatValue");
		return variable;
	}

	private static ObjectNode dataLayerVariable(String id, String folderId, String property) {
		ObjectNode variable = TrackingOutput.object();
		common(variable, "variableId", id, dataLayerVariableName(property));
		variable.put("type", "v");
		ArrayNode parameters = variable.putArray("parameter");
		parameters.add(parameter("INTEGER", "dataLayerVersion", "2"));
		parameters.add(parameter("BOOLEAN", "setDefaultValue", "false"));
		parameters.add(parameter("TEMPLATE", "name", property));
		variable.put("fingerprint", FINGERPRINT);
		variable.put("parentFolderId", folderId);
		variable.putObject("formatValue");
		return variable;
	}

	private static ObjectNode trigger(String id, String folderId, TrackedEvent event) {
		ObjectNode trigger = TrackingOutput.object();
		common(trigger, "triggerId", id, triggerName(event.name()));
		trigger.put("type", "CUSTOM_EVENT");
		ObjectNode filter = trigger.putArray("customEventFilter").addObject();
		filter.put("type", "EQUALS");
		ArrayNode arguments = filter.putArray("parameter");
		arguments.add(parameter("TEMPLATE", "arg0", reference(EVENT_BUILT_IN)));
		arguments.add(parameter("TEMPLATE", "arg1", event.name()));
		trigger.put("fingerprint", FINGERPRINT);
		trigger.put("parentFolderId", folderId);
		return trigger;
	}

	private static ObjectNode tag(String id, String folderId, String triggerId, TrackedEvent event) {
		ObjectNode tag = TrackingOutput.object();
		common(tag, "tagId", id, tagName(event.name()));
		tag.put("type", "gaawe");
		tag.put("notes", EventDescriptions.of(event));
		ArrayNode parameters = tag.putArray("parameter");
		// the properties go in the event settings table; GA4's e-commerce items array is not modelled
		parameters.add(parameter("BOOLEAN", "sendEcommerceData", "false"));
		parameters.add(parameter("TEMPLATE", "eventName", event.name()));
		parameters.add(parameter("TEMPLATE", "measurementIdOverride", reference(MEASUREMENT_ID_VARIABLE)));
		if (!event.properties().isEmpty()) {
			ObjectNode table = parameters.addObject();
			table.put("type", "LIST");
			table.put("key", "eventSettingsTable");
			ArrayNode rows = table.putArray("list");
			for (TrackedProperty property : event.properties()) {
				ObjectNode row = rows.addObject();
				row.put("type", "MAP");
				ArrayNode map = row.putArray("map");
				map.add(parameter("TEMPLATE", "parameter", property.name()));
				map.add(parameter("TEMPLATE", "parameterValue", reference(dataLayerVariableName(property.name()))));
			}
		}
		tag.put("fingerprint", FINGERPRINT);
		tag.putArray("firingTriggerId").add(triggerId);
		tag.put("parentFolderId", folderId);
		tag.put("tagFiringOption", "ONCE_PER_EVENT");
		return tag;
	}

	private static void common(ObjectNode node, String idKey, String id, String name) {
		node.put("accountId", ACCOUNT_ID);
		node.put("containerId", CONTAINER_ID);
		node.put(idKey, id);
		node.put("name", name);
	}

	private static ObjectNode parameter(String type, String key, String value) {
		ObjectNode parameter = TrackingOutput.object();
		parameter.put("type", type);
		parameter.put("key", key);
		parameter.put("value", value);
		return parameter;
	}

	private static String reference(String variable) {
		return "{{" + variable + "}}";
	}

	/** Ids as GTM writes them: decimal strings, here unique across tags, triggers, variables and folders. */
	private static final class Ids {
		private int last;

		String next() {
			return String.valueOf(++last);
		}
	}
}
