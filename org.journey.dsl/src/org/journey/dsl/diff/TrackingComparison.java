package org.journey.dsl.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.journey.dsl.diff.ModelDiff.ChangeKind;
import org.journey.dsl.diff.ModelDiff.EventChange;
import org.journey.dsl.diff.ModelDiff.TrackingChange;
import org.journey.dsl.generator.tracking.GtmContainerTarget;
import org.journey.dsl.generator.tracking.SnowplowSchemas;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.Measure;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;

/**
 * The tracking changes of one journey: its plan before and after, event by event, each change
 * classified as SchemaVer does for the event's Iglu schema (which rejects undeclared properties,
 * {@code additionalProperties: false}):
 * <table>
 * <tr><th>change</th><th>level</th></tr>
 * <tr><td>event removed</td><td>MODEL</td></tr>
 * <tr><td>event added</td><td>ADDITION (a new schema, 1-0-0)</td></tr>
 * <tr><td>property removed (optional or required)</td><td>MODEL</td></tr>
 * <tr><td>property's type changed</td><td>MODEL</td></tr>
 * <tr><td>optional property made required</td><td>MODEL</td></tr>
 * <tr><td>required property added</td><td>MODEL</td></tr>
 * <tr><td>required property made optional</td><td>REVISION</td></tr>
 * <tr><td>optional property added</td><td>ADDITION</td></tr>
 * <tr><td>description of the event or a property</td><td>NONE</td></tr>
 * </table>
 * A required property made optional leaves every event collected valid, but a consumer that relies
 * on the value (a Redshift NOT NULL column, a dbt measure) may now meet nulls: Snowplow's table
 * calls it breaking for Redshift and non-breaking for Snowflake, BigQuery and Databricks, which is
 * what REVISION means ("may prevent interaction with some historical data").
 */
public final class TrackingComparison {

	private TrackingComparison() {
	}

	/** The changes of one property, old or new null where it is absent; empty when nothing changed. */
	public static List<TrackingChange> classify(TrackedProperty old, TrackedProperty now) {
		List<TrackingChange> changes = new ArrayList<>();
		if (old == null && now == null) {
			return changes;
		}
		if (old == null) {
			changes.add(new TrackingChange(now.name(), "added (" + now.type() + ", " + requirement(now) + ")",
					now.required() ? SchemaVer.MODEL : SchemaVer.ADDITION));
			return changes;
		}
		if (now == null) {
			changes.add(new TrackingChange(old.name(), "removed (was " + old.type() + ", " + requirement(old) + ")",
					SchemaVer.MODEL));
			return changes;
		}
		if (!old.type().equals(now.type())) {
			changes.add(new TrackingChange(now.name(), "type " + old.type() + " -> " + now.type(), SchemaVer.MODEL));
		}
		if (old.required() != now.required()) {
			changes.add(new TrackingChange(now.name(), requirement(old) + " -> " + requirement(now),
					now.required() ? SchemaVer.MODEL : SchemaVer.REVISION));
		}
		if (!Objects.equals(old.description(), now.description())) {
			changes.add(new TrackingChange(now.name(), "description changed", SchemaVer.NONE));
		}
		return changes;
	}

	private static String requirement(TrackedProperty property) {
		return property.required() ? "required" : "optional";
	}

	/**
	 * The event changes between two plans of one journey (either may be null: a journey added or
	 * removed), in the order of the new plan, then the events removed in the order of the old one.
	 */
	public static List<EventChange> compare(String journey, TrackingPlan old, TrackingPlan now) {
		Map<String, TrackedEvent> before = events(old);
		Map<String, TrackedEvent> after = events(now);
		List<EventChange> changes = new ArrayList<>();
		for (TrackedEvent event : after.values()) {
			TrackedEvent previous = before.get(event.name());
			EventChange change = previous == null ? added(journey, event, now) : changed(journey, previous, event, old, now);
			if (change != null) {
				changes.add(change);
			}
		}
		for (TrackedEvent event : before.values()) {
			if (!after.containsKey(event.name())) {
				changes.add(removed(journey, event, old));
			}
		}
		return changes;
	}

	private static Map<String, TrackedEvent> events(TrackingPlan plan) {
		Map<String, TrackedEvent> events = new LinkedHashMap<>();
		if (plan != null) {
			plan.events().forEach(event -> events.putIfAbsent(event.name(), event));
		}
		return events;
	}

	private static EventChange added(String journey, TrackedEvent event, TrackingPlan plan) {
		List<String> targets = new ArrayList<>();
		targets.add("GA4: event " + event.name() + " added to the measurement plan");
		targets.add("GTM: tag '" + GtmContainerTarget.tagName(event.name()) + "' and its trigger added"
				+ variables(" with data layer variables ", event.properties()));
		targets.add("Segment: rule " + event.name() + " added");
		targets.add("Snowplow: new schema " + iglu(plan, event.name()) + "/" + SchemaVer.FIRST);
		targets.add("Mixpanel: Lexicon entry " + event.name() + " added");
		return new EventChange(journey, event.name(), ChangeKind.ADDED, SchemaVer.ADDITION, null, SchemaVer.FIRST,
				List.of(new TrackingChange(null, "event added", SchemaVer.ADDITION)), targets);
	}

	private static EventChange removed(String journey, TrackedEvent event, TrackingPlan plan) {
		List<String> targets = new ArrayList<>();
		targets.add("GA4: event " + event.name() + " removed from the measurement plan");
		targets.add("GTM: tag '" + GtmContainerTarget.tagName(event.name()) + "' and its trigger removed");
		targets.add("Segment: rule " + event.name() + " removed (events still sent are unplanned)");
		targets.add("Snowplow: schema " + iglu(plan, event.name()) + "/" + SchemaVer.FIRST
				+ " no longer generated (keep it in Iglu while trackers send it)");
		targets.add("Mixpanel: Lexicon entry " + event.name() + " removed");
		if (!event.kpis().isEmpty()) {
			targets.add("dbt: metrics of " + kpis(event.kpis()) + " lose their event");
		}
		return new EventChange(journey, event.name(), ChangeKind.REMOVED, SchemaVer.MODEL, SchemaVer.FIRST, null,
				List.of(new TrackingChange(null, "event removed", SchemaVer.MODEL)), targets);
	}

	private static EventChange changed(String journey, TrackedEvent old, TrackedEvent now, TrackingPlan oldPlan,
			TrackingPlan newPlan) {
		List<TrackingChange> changes = new ArrayList<>();
		if (!Objects.equals(old.description(), now.description())) {
			changes.add(new TrackingChange(null, "description changed", SchemaVer.NONE));
		}
		Map<String, TrackedProperty> before = properties(old);
		Map<String, TrackedProperty> after = properties(now);
		List<TrackedProperty> added = new ArrayList<>();
		List<TrackedProperty> removed = new ArrayList<>();
		List<String> broken = new ArrayList<>();
		for (TrackedProperty property : after.values()) {
			TrackedProperty previous = before.get(property.name());
			List<TrackingChange> propertyChanges = classify(previous, property);
			changes.addAll(propertyChanges);
			if (previous == null) {
				added.add(property);
			} else if (!previous.type().equals(property.type())) {
				broken.add(property.name());
			}
		}
		for (TrackedProperty property : before.values()) {
			if (!after.containsKey(property.name())) {
				changes.addAll(classify(property, null));
				removed.add(property);
				broken.add(property.name());
			}
		}
		if (changes.isEmpty()) {
			return null;
		}
		SchemaVer level = changes.stream().map(TrackingChange::level).reduce(SchemaVer.NONE, SchemaVer::max);
		List<String> targets = new ArrayList<>();
		String name = now.name();
		if (level == SchemaVer.NONE) {
			targets.add("descriptions only: no version change; Snowplow " + iglu(newPlan, name) + " stays "
					+ SchemaVer.FIRST);
		} else {
			if (!added.isEmpty() || !removed.isEmpty()) {
				targets.add("GA4: parameters of " + name + names(" added: ", added) + names(added.isEmpty() ? " removed: " : "; removed: ", removed));
				targets.add("GTM: tag '" + GtmContainerTarget.tagName(name) + "' changed"
						+ variables(", data layer variables added: ", added)
						+ variables(", data layer variables removed: ", removed));
			}
			targets.add("Segment: rule " + name + " changed (its properties or required list)");
			targets.add("Snowplow: " + iglu(newPlan, name) + " " + SchemaVer.FIRST + " -> " + level.bump(SchemaVer.FIRST));
			targets.add("Mixpanel: Lexicon schema of " + name + " changed");
			List<String> measures = affectedKpis(oldPlan, name, broken);
			if (!measures.isEmpty()) {
				targets.add("dbt: measures of " + kpis(measures) + " read a property removed or retyped");
			}
		}
		return new EventChange(journey, name, ChangeKind.CHANGED, level, SchemaVer.FIRST, level.bump(SchemaVer.FIRST),
				changes, targets);
	}

	private static Map<String, TrackedProperty> properties(TrackedEvent event) {
		Map<String, TrackedProperty> properties = new LinkedHashMap<>();
		event.properties().forEach(property -> properties.put(property.name(), property));
		return properties;
	}

	/** The KPIs of the old plan with a measure of {@code event} over one of the {@code properties}. */
	private static List<String> affectedKpis(TrackingPlan plan, String event, List<String> properties) {
		if (plan == null || properties.isEmpty()) {
			return List.of();
		}
		List<String> kpis = new ArrayList<>();
		for (TrackedKpi kpi : plan.kpis()) {
			for (Measure measure : kpi.measures()) {
				if (event.equals(measure.event()) && measure.property() != null && properties.contains(measure.property())
						&& !kpis.contains(kpi.name())) {
					kpis.add(kpi.name());
				}
			}
		}
		return kpis;
	}

	private static String iglu(TrackingPlan plan, String event) {
		String vendor = plan == null || plan.settings() == null ? null : plan.settings().vendor();
		return "iglu:" + (SnowplowSchemas.isValidVendor(vendor) ? vendor : "<vendor>") + "/" + event + "/"
				+ SnowplowSchemas.FORMAT;
	}

	private static String kpis(List<String> kpis) {
		return (kpis.size() == 1 ? "KPI " : "KPIs ") + String.join(", ", kpis);
	}

	private static String names(String prefix, List<TrackedProperty> properties) {
		return properties.isEmpty() ? ""
				: prefix + properties.stream().map(TrackedProperty::name).collect(Collectors.joining(", "));
	}

	private static String variables(String prefix, List<TrackedProperty> properties) {
		return properties.isEmpty() ? ""
				: prefix + properties.stream().map(p -> "'" + GtmContainerTarget.dataLayerVariableName(p.name()) + "'")
						.collect(Collectors.joining(", "));
	}
}
