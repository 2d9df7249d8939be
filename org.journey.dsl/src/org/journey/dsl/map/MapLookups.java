package org.journey.dsl.map;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.journey.dsl.map.JourneyMap.Column;
import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.map.JourneyMap.OpportunityCard;
import org.journey.dsl.map.JourneyMap.SegmentReach;
import org.journey.dsl.map.JourneyMap.TouchpointCard;

/**
 * The map's elements by name, and the label a reader sees for a name: the map refers to KPIs,
 * goals, segments, sources, pains, opportunities and phases by name, and every renderer shows
 * them by their title. A name the map does not know shows as itself.
 */
public final class MapLookups {

	private final JourneyMap map;

	private MapLookups(JourneyMap map) {
		this.map = map;
	}

	public static MapLookups of(JourneyMap map) {
		return new MapLookups(map);
	}

	/** The KPI of this name, null if the map has none. */
	public KpiCard kpi(String name) {
		return first(map.kpis(), KpiCard::name, name);
	}

	public String kpiLabel(String name) {
		return label(kpi(name), KpiCard::label, name);
	}

	public String goalLabel(String name) {
		return label(first(map.goals(), JourneyMap.GoalSummary::name, name), JourneyMap.GoalSummary::label, name);
	}

	public String segmentLabel(String name) {
		return label(first(map.segments(), JourneyMap.SegmentProfile::name, name), JourneyMap.SegmentProfile::label,
				name);
	}

	public String sourceLabel(String name) {
		return label(first(map.sources(), JourneyMap.SourceInfo::name, name), JourneyMap.SourceInfo::label, name);
	}

	public String painLabel(String name) {
		return label(first(map.columns().stream().flatMap(c -> c.pains().stream()).toList(), JourneyMap.PainCard::name,
				name), JourneyMap.PainCard::label, name);
	}

	/** The opportunity of this name, preferring the given phase's, for names used in two phases; null if none. */
	public OpportunityCard opportunity(String name, String phase) {
		return map.opportunities().stream().filter(o -> Objects.equals(o.name(), name) && Objects.equals(o.phase(), phase))
				.findFirst().orElseGet(() -> first(map.opportunities(), OpportunityCard::name, name));
	}

	public String opportunityLabel(String name) {
		return label(first(map.opportunities(), OpportunityCard::name, name), OpportunityCard::label, name);
	}

	/** The heading of the phase of this name, as its column shows it. */
	public String phaseHeading(String name) {
		return label(first(map.columns(), Column::name, name), Column::heading, name);
	}

	/** The touchpoint of this name in the column, null if it has none. */
	public TouchpointCard touchpoint(Column column, String name) {
		return first(column.touchpoints(), TouchpointCard::name, name);
	}

	/** Where the segment of this name is reached, null for a segment the map does not profile. */
	public SegmentReach reach(String segment) {
		return first(map.segmentReach(), SegmentReach::segment, segment);
	}

	private static <T> T first(List<T> elements, Function<T, String> name, String wanted) {
		return elements.stream().filter(e -> Objects.equals(name.apply(e), wanted)).findFirst().orElse(null);
	}

	private static <T> String label(T element, Function<T, String> label, String name) {
		return element == null ? name : label.apply(element);
	}
}
