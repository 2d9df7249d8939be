package org.journey.dsl.generator.tracking;

import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of a Mixpanel Lexicon Schemas API bulk upload ({@code POST /projects/{id}/schemas}):
 * one entry per event, its schema in draft-07 with description, typed properties and required
 * list, tagged in Lexicon with the journey phases that emit it.
 */
public class MixpanelLexiconTarget implements ReportTarget {

	public static final String FILE = "tracking/mixpanel-lexicon.json";

	@Override
	public String name() {
		return "mixpanel";
	}

	@Override
	public boolean rendersEvents() {
		return true;
	}

	@Override
	public void generate(JourneyRun run, IFileSystemAccess2 files) {
		TrackingPlan plan = run.trackingPlan();
		TrackingOutput.writeJson(files, run.folder() + FILE, lexicon(plan));
	}

	public static ObjectNode lexicon(TrackingPlan plan) {
		ObjectNode root = TrackingOutput.object();
		ArrayNode entries = root.putArray("entries");
		for (TrackedEvent event : plan.events()) {
			ObjectNode entry = entries.addObject();
			entry.put("entityType", "event");
			entry.put("name", event.name());
			entry.set("schemaJson", schema(event));
		}
		// false: the upload adds and replaces these events' schemas, and keeps every other one in
		// the project (true would first delete the whole data dictionary)
		root.put("truncate", false);
		return root;
	}

	public static ObjectNode schema(TrackedEvent event) {
		ObjectNode schema = TrackingOutput.object();
		schema.put("$schema", EventSchemas.DRAFT_07);
		schema.put("description", EventDescriptions.of(event));
		schema.set("properties", EventSchemas.properties(event));
		schema.set("required", EventSchemas.required(event));
		// Mixpanel's SDKs add their own properties ($browser, $city, ...) to every event
		schema.put("additionalProperties", true);
		ObjectNode mixpanel = schema.putObject("metadata").putObject("com.mixpanel");
		ArrayNode tags = mixpanel.putArray("tags");
		EventDescriptions.phases(event).forEach(tags::add);
		// explicit, because an upload merges metadata it leaves out from the schema already stored
		mixpanel.put("hidden", false);
		mixpanel.put("dropped", false);
		return schema;
	}
}
