package org.journey.dsl.generator.tracking;

import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Segment Protocols tracking plan: {@code rules.events[]}, one rule per event with its name,
 * description, version 1 and a draft-07 JSON Schema of the track call, whose
 * {@code properties.properties} holds the event's typed properties and their required list. The
 * {@code display_name} and {@code rules} are the body of Segment's tracking-plan create and update
 * calls. Context and traits are left open ({@code {}}): the journey says nothing about them.
 */
public class SegmentTrackingPlanTarget implements ReportTarget {

	public static final String FILE = "tracking/segment-tracking-plan.json";

	/** A rule's version: the first, as the plan is generated whole from the model each time. */
	private static final int RULE_VERSION = 1;

	@Override
	public String name() {
		return "segment";
	}

	@Override
	public boolean rendersEvents() {
		return true;
	}

	@Override
	public void generate(Journey journey, JourneyMap map, String folder, IFileSystemAccess2 files) {
		TrackingPlan plan = TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
		TrackingOutput.writeJson(files, folder + FILE, trackingPlan(plan));
	}

	public static ObjectNode trackingPlan(TrackingPlan plan) {
		ObjectNode root = TrackingOutput.object();
		root.put("display_name", plan.journeyTitle() != null ? plan.journeyTitle() : plan.journey());
		ArrayNode events = root.putObject("rules").putArray("events");
		for (TrackedEvent event : plan.events()) {
			ObjectNode rule = events.addObject();
			rule.put("name", event.name());
			rule.put("description", EventDescriptions.of(event));
			rule.put("version", RULE_VERSION);
			rule.set("rules", schema(event));
		}
		return root;
	}

	/** The JSON Schema a track call of this event must match. */
	public static ObjectNode schema(TrackedEvent event) {
		ObjectNode schema = TrackingOutput.object();
		schema.put("$schema", EventSchemas.DRAFT_07);
		schema.put("type", "object");
		ObjectNode sections = schema.putObject("properties");
		sections.putObject("context");
		sections.putObject("traits");
		ObjectNode properties = sections.putObject("properties");
		properties.put("type", "object");
		properties.set("properties", EventSchemas.properties(event));
		properties.set("required", EventSchemas.required(event));
		schema.putArray("required").add("properties");
		return schema;
	}
}
