package org.journey.dsl.generator.tracking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.generator.GeneratorWarnings;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.validation.DataLayerValidator;
import org.journey.dsl.validation.IssueCodes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Google Tag Manager web-container export (format version 2) that imports with Admin > Import
 * Container, merged into an existing container: a constant variable holding the GA4 measurement
 * ID, the Google tag for that ID, one data layer variable per event property the tags read, and per
 * event a custom-event trigger and a GA4 event tag ({@code gaawe}) that sends the event with its
 * properties. Everything is in one folder named after the journey. Next to it, {@code datalayer.ts}
 * gives developers a typed function per event that pushes exactly what the container reads.
 * <p>
 * The fields are those of GTM's own exports (compared with real exports of 2025 and February 2026,
 * kept in shared/reference-schemas/gtm): every tag has {@code monitoringMetadata} and
 * {@code consentSettings} as GTM writes them for a tag without extra consent checks, and the Google
 * tag fires on the built-in "Initialization - All Pages" trigger, before any event tag needs it.
 * Left out are the fields that name the exporting account ({@code path}, {@code tagManagerUrl})
 * and the container's {@code features} and {@code tagIds}, which import takes from the container
 * imported into. GA4's recommended ecommerce events send their ecommerce data from the data layer
 * (see {@link Ga4Ecommerce} for where their properties go).
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
	/**
	 * One name for the Google tag of every journey's container: importing several journeys into one
	 * container with "overwrite conflicting" keeps a single Google tag, as GA4 needs.
	 */
	public static final String GOOGLE_TAG_NAME = "Google tag - GA4";
	/** GTM's built-in variable holding the {@code event} key of the current data layer push. */
	public static final String EVENT_BUILT_IN = "_event";
	/** GTM's built-in trigger "Initialization - All Pages": fires on every page before all other page triggers. */
	public static final String INITIALIZATION_ALL_PAGES_TRIGGER = "2147479573";
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
	public void generate(JourneyRun run, IFileSystemAccess2 files) {
		Journey journey = run.journey();
		TrackingPlan plan = run.trackingPlan();
		warnIfMeasurementIdIsThePlaceholder(journey, plan.settings());
		TrackingOutput.writeJson(files, run.folder() + CONTAINER_FILE, container(plan));
		TrackingOutput.writeText(files, run.folder() + DATA_LAYER_FILE, DataLayerScript.of(plan));
	}

	/**
	 * A container with the placeholder imports, and then sends nothing anywhere: say so while
	 * generating, at the tracking block the settings come from, else at the journey. Validation
	 * cannot, because the command line's --measurement-id may set the ID.
	 */
	public static void warnIfMeasurementIdIsThePlaceholder(Journey journey, TrackingSettings settings) {
		if (!TrackingSettings.DEFAULT_MEASUREMENT_ID.equals(settings.measurementId())) {
			return;
		}
		EObject where = TrackingSettings.trackingBlockOf(journey).<EObject> map(block -> block).orElse(journey);
		GeneratorWarnings.warn(IssueCodes.MEASUREMENT_ID_PLACEHOLDER, where, "Journey '" + journey.getName()
				+ "' has no GA4 measurement ID: its GTM container sends to the placeholder "
				+ TrackingSettings.DEFAULT_MEASUREMENT_ID + ". Set it with --measurement-id on the command line or"
				+ " ga4-measurement-id in the model's tracking block (or in the container's variable '"
				+ MEASUREMENT_ID_VARIABLE + "' after import).");
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

	/**
	 * The events the container and datalayer.ts render: those GA4 accepts, each with the properties
	 * GA4 accepts and the data layer can carry (validation reports the others as errors).
	 */
	static List<TrackedEvent> events(TrackingPlan plan) {
		return Ga4Names.acceptedEvents(plan).stream()
				.map(e -> new TrackedEvent(e.name(), e.description(),
						e.properties().stream().filter(p -> !DataLayerValidator.isReservedKey(e.name(), p.name())).toList(),
						e.emittedAt(), e.kpis()))
				.toList();
	}

	public static ObjectNode container(TrackingPlan plan) {
		List<TrackedEvent> events = events(plan);
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
		ArrayNode tags = version.putArray("tag");
		ArrayNode triggers = version.putArray("trigger");
		ArrayNode variables = version.putArray("variable");

		variables.add(constantVariable(ids.next(), folderId, plan.settings().measurementId()));
		tags.add(googleTag(ids.next(), folderId));
		// one variable per data layer key: the data layer is a single key space, so an event
		// property of the same name in two events is one data layer key and one variable
		Map<String, TrackedProperty> properties = new LinkedHashMap<>();
		events.forEach(e -> Ga4Ecommerce.topLevelProperties(e).forEach(p -> properties.putIfAbsent(p.name(), p)));
		properties.keySet().forEach(name -> variables.add(dataLayerVariable(ids.next(), folderId, name)));

		for (TrackedEvent event : events) {
			String triggerId = ids.next();
			triggers.add(trigger(triggerId, folderId, event));
			tags.add(eventTag(ids.next(), folderId, triggerId, event));
		}

		ObjectNode folder = version.putArray("folder").addObject();
		common(folder, "folderId", folderId, "Journey - " + (plan.journeyTitle() != null ? plan.journeyTitle() : plan.journey()));
		folder.put("fingerprint", FINGERPRINT);
		// the triggers' {{_event}}: listed as GTM exports it, so import enables it where it is off
		ObjectNode eventBuiltIn = version.putArray("builtInVariable").addObject();
		eventBuiltIn.put("accountId", ACCOUNT_ID);
		eventBuiltIn.put("containerId", CONTAINER_ID);
		eventBuiltIn.put("type", "EVENT");
		eventBuiltIn.put("name", "Event");
		version.put("fingerprint", FINGERPRINT);
		return root;
	}

	private static ObjectNode constantVariable(String id, String folderId, String measurementId) {
		ObjectNode variable = TrackingOutput.object();
		common(variable, "variableId", id, MEASUREMENT_ID_VARIABLE);
		variable.put("type", "c");
		variable.put("notes", "The GA4 measurement ID the Google tag loads and every event tag of this journey sends to."
				+ " Set it in the journey's tracking block (ga4-measurement-id), with --measurement-id, or here after import.");
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

	/**
	 * The Google tag ({@code googtag}) for the measurement ID: GA4 event tags send through it, so it
	 * must be loaded first, on every page.
	 */
	private static ObjectNode googleTag(String id, String folderId) {
		ObjectNode tag = TrackingOutput.object();
		common(tag, "tagId", id, GOOGLE_TAG_NAME);
		tag.put("type", "googtag");
		tag.put("notes", "Loads GA4 for the measurement ID on every page; the GA4 event tags send through it."
				+ " A container that already has a Google tag for this ID needs only one: delete the other after import.");
		ArrayNode parameters = tag.putArray("parameter");
		parameters.add(parameter("TEMPLATE", "tagId", reference(MEASUREMENT_ID_VARIABLE)));
		tag.put("fingerprint", FINGERPRINT);
		tag.putArray("firingTriggerId").add(INITIALIZATION_ALL_PAGES_TRIGGER);
		tag.put("parentFolderId", folderId);
		firingAndConsent(tag);
		return tag;
	}

	private static ObjectNode eventTag(String id, String folderId, String triggerId, TrackedEvent event) {
		ObjectNode tag = TrackingOutput.object();
		common(tag, "tagId", id, tagName(event.name()));
		tag.put("type", "gaawe");
		tag.put("notes", EventDescriptions.of(event));
		ArrayNode parameters = tag.putArray("parameter");
		boolean ecommerce = Ga4Ecommerce.isEcommerceEvent(event);
		parameters.add(parameter("BOOLEAN", "sendEcommerceData", String.valueOf(ecommerce)));
		if (ecommerce) {
			// the ecommerce object datalayer.ts pushes: event-level parameters and the items
			parameters.add(parameter("TEMPLATE", "getEcommerceDataFrom", "dataLayer"));
		}
		List<TrackedProperty> sentFromVariables = Ga4Ecommerce.topLevelProperties(event);
		if (!sentFromVariables.isEmpty()) {
			ObjectNode table = parameters.addObject();
			table.put("type", "LIST");
			table.put("key", "eventSettingsTable");
			ArrayNode rows = table.putArray("list");
			for (TrackedProperty property : sentFromVariables) {
				ObjectNode row = rows.addObject();
				row.put("type", "MAP");
				ArrayNode map = row.putArray("map");
				map.add(parameter("TEMPLATE", "parameter", property.name()));
				map.add(parameter("TEMPLATE", "parameterValue", reference(dataLayerVariableName(property.name()))));
			}
		}
		parameters.add(parameter("TEMPLATE", "eventName", event.name()));
		parameters.add(parameter("TEMPLATE", "measurementIdOverride", reference(MEASUREMENT_ID_VARIABLE)));
		tag.put("fingerprint", FINGERPRINT);
		tag.putArray("firingTriggerId").add(triggerId);
		tag.put("parentFolderId", folderId);
		firingAndConsent(tag);
		return tag;
	}

	/**
	 * As GTM exports every tag: fires once per event, no monitoring metadata, and consent "not set",
	 * i.e. no consent checks beyond the tag type's built-in ones (GA4 tags follow consent mode).
	 */
	private static void firingAndConsent(ObjectNode tag) {
		tag.put("tagFiringOption", "ONCE_PER_EVENT");
		tag.putObject("monitoringMetadata").put("type", "MAP");
		tag.putObject("consentSettings").put("consentStatus", "NOT_SET");
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
