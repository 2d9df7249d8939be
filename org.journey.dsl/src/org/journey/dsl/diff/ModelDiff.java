package org.journey.dsl.diff;

import java.util.List;

/**
 * What changed in meaning between two sets of models: the elements by qualified name, and the
 * tracked events of every journey, classified as SchemaVer classifies a schema change.
 * Comments, layout and the order of properties in a body are no change.
 */
public record ModelDiff(List<ElementChange> elements, List<EventChange> events) {

	public boolean isEmpty() {
		return elements.isEmpty() && events.isEmpty();
	}

	/** The highest SchemaVer level of the tracking changes; {@link SchemaVer#NONE} without any. */
	public SchemaVer level() {
		return events.stream().map(EventChange::level).reduce(SchemaVer.NONE, SchemaVer::max);
	}

	/** Whether a tracked event changed in a way that breaks data already collected (MODEL). */
	public boolean isBreaking() {
		return level() == SchemaVer.MODEL;
	}

	public long count(ChangeKind kind) {
		return elements.stream().filter(change -> change.kind() == kind).count();
	}

	public enum ChangeKind {
		ADDED, REMOVED, CHANGED, MOVED, RENAMED;

		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/**
	 * One element: {@code type} is its keyword (segment, kpi, phase, touchpoint, event, property...),
	 * {@code name} its qualified name (the new one when it is still there). A rename has the old name in
	 * {@code oldName} ("probably renamed": the same content under a new name); a move (a touchpoint,
	 * pain or opportunity to another phase) the phases in {@code fromPhase} and {@code toPhase}.
	 * {@code properties} are the changed properties of a changed or moved element.
	 */
	public record ElementChange(ChangeKind kind, String type, String name, String oldName, String fromPhase,
			String toPhase, List<PropertyChange> properties) {
	}

	/**
	 * A property of an element, its values written as in a .journey file ({@code "Get inspired"},
	 * {@code 2.5}, {@code web}, {@code Buyers, Browsers}); null where the property is absent.
	 */
	public record PropertyChange(String property, String oldValue, String newValue) {
	}

	/**
	 * A tracked event of a journey's tracking plan (the events GA4, GTM, Segment, Snowplow, Mixpanel
	 * and dbt receive). {@code oldVersion} and {@code newVersion} are its Iglu schema's SchemaVer
	 * versions (null where there is no schema on that side); {@code targets} what the change means
	 * for each generated configuration.
	 */
	public record EventChange(String journey, String event, ChangeKind kind, SchemaVer level, String oldVersion,
			String newVersion, List<TrackingChange> changes, List<String> targets) {
	}

	/** One change of an event: its property (null for the event itself), what changed, and its level. */
	public record TrackingChange(String property, String change, SchemaVer level) {
	}
}
