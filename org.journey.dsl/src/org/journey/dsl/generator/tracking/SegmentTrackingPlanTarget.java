package org.journey.dsl.generator.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.diff.SchemaVer;
import org.journey.dsl.generator.GeneratorWarnings;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.validation.IssueCodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Segment Protocols tracking plan as the bodies of two calls of Segment's Public API
 * (api.segmentapis.com), each file sent as it is with {@code curl --data @file}:
 * <ul>
 * <li>{@value #PLAN_FILE}: Create Tracking Plan, {@code POST /tracking-plans}, body
 * {@code {name, type: "LIVE", description}};</li>
 * <li>{@value #RULES_FILE}: Replace Rules in Tracking Plan,
 * {@code PUT /tracking-plans/{trackingPlanId}/rules}, body {@code {rules: [...]}}, one
 * {@code TRACK} rule per event: its name as the key, version 1, and a draft-07 JSON Schema of the
 * track call whose {@code properties.properties} holds the event's typed properties and their
 * required list.</li>
 * </ul>
 * Context and traits are left open ({@code {}}): the journey says nothing about them.
 */
public class SegmentTrackingPlanTarget implements ReportTarget {

	public static final String PLAN_FILE = "tracking/segment-tracking-plan.json";
	public static final String RULES_FILE_NAME = "segment-tracking-plan-rules.json";
	public static final String RULES_FILE = "tracking/" + RULES_FILE_NAME;

	/** The plan validates live events (the other types are Segment's templates and libraries). */
	public static final String PLAN_TYPE = "LIVE";
	/** A rule for a {@code track} call; its key is the event name the call sends. */
	public static final String RULE_TYPE = "TRACK";
	/** A rule's first version; later ones come from a baseline ({@link #versioned}). */
	public static final int RULE_VERSION = 1;
	/**
	 * The most rules one Replace Rules call accepts ("rules must contain less than or equal to 200
	 * items"; Segment raises it to 2000 for some workspaces on request).
	 */
	public static final int MAX_RULES_PER_CALL = 200;

	@Override
	public String name() {
		return "segment";
	}

	@Override
	public boolean rendersEvents() {
		return true;
	}

	@Override
	public void generate(JourneyRun run, IFileSystemAccess2 files) {
		Journey journey = run.journey();
		TrackingPlan plan = run.trackingPlan();
		TrackingOutput.writeJson(files, run.folder() + PLAN_FILE, createTrackingPlan(plan, run.map().qualifiedName()));
		TrackingOutput.writeJson(files, run.folder() + RULES_FILE,
				versioned(replaceRules(plan), run.baseline().segmentRules(run.map().qualifiedName())));
		if (plan.events().size() > MAX_RULES_PER_CALL) {
			GeneratorWarnings.warn(IssueCodes.SEGMENT_TOO_MANY_RULES, journey, "Journey '" + journey.getName() + "' has "
					+ plan.events().size() + " events; Segment's Replace Rules call accepts at most " + MAX_RULES_PER_CALL
					+ " rules unless Segment raised the limit for your workspace. Split " + RULES_FILE_NAME + ": send the first "
					+ MAX_RULES_PER_CALL + " rules with PUT, the others with PATCH /tracking-plans/{trackingPlanId}/rules, at most "
					+ MAX_RULES_PER_CALL + " per call.");
		}
	}

	/**
	 * The rules against the rules published before: a rule whose event changed in a breaking way
	 * (SchemaVer MODEL) becomes the next version beside the published ones, which stay; any other
	 * rule keeps its latest published version, updated in place, with the versions before it.
	 * Without published rules the body is unchanged (every rule version 1).
	 */
	public static ObjectNode versioned(ObjectNode body, List<ObjectNode> published) {
		if (published.isEmpty()) {
			return body;
		}
		Map<String, List<ObjectNode>> byKey = new LinkedHashMap<>();
		published.forEach(rule -> byKey.computeIfAbsent(rule.path("key").asText(), key -> new ArrayList<>()).add(rule));
		ObjectNode versioned = TrackingOutput.object();
		ArrayNode rules = versioned.putArray("rules");
		for (JsonNode rule : body.path("rules")) {
			List<ObjectNode> before = byKey.getOrDefault(rule.path("key").asText(), List.of()).stream()
					.sorted(Comparator.comparingInt(old -> old.path("version").asInt())).toList();
			if (before.isEmpty()) {
				rules.add(rule);
				continue;
			}
			ObjectNode latest = before.get(before.size() - 1);
			int version = latest.path("version").asInt();
			boolean breaking = TrackingBaseline.level(latest.path("jsonSchema").path("properties").path("properties"),
					rule.path("jsonSchema").path("properties").path("properties")) == SchemaVer.MODEL;
			before.subList(0, breaking ? before.size() : before.size() - 1).forEach(rules::add);
			ObjectNode current = ((ObjectNode) rule).deepCopy();
			current.put("version", breaking ? version + 1 : version);
			rules.add(current);
		}
		return versioned;
	}

	/** The body of Create Tracking Plan. */
	public static ObjectNode createTrackingPlan(TrackingPlan plan, String qualifiedName) {
		ObjectNode body = TrackingOutput.object();
		String title = plan.journeyTitle() != null ? plan.journeyTitle() : plan.journey();
		body.put("name", title);
		body.put("type", PLAN_TYPE);
		body.put("description", "Events of the journey " + qualifiedName + " \"" + title
				+ "\", generated by Journey from its model: one track rule per event.");
		return body;
	}

	/** The body of Replace Rules in Tracking Plan: one track rule per event, in plan order. */
	public static ObjectNode replaceRules(TrackingPlan plan) {
		ObjectNode body = TrackingOutput.object();
		ArrayNode rules = body.putArray("rules");
		for (TrackedEvent event : plan.events()) {
			ObjectNode rule = rules.addObject();
			rule.put("type", RULE_TYPE);
			rule.put("key", event.name());
			rule.put("version", RULE_VERSION);
			rule.set("jsonSchema", schema(event));
		}
		return body;
	}

	/**
	 * The JSON Schema a track call of this event must match. The event's description lives in it,
	 * where Segment's tracking plan editor reads and writes it.
	 */
	public static ObjectNode schema(TrackedEvent event) {
		ObjectNode schema = TrackingOutput.object();
		schema.put("$schema", EventSchemas.DRAFT_07);
		schema.put("description", EventDescriptions.of(event));
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
