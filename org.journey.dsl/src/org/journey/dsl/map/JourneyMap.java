package org.journey.dsl.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * What a journey map shows, computed once from a journey: the HTML and Markdown reports draw it,
 * the JSON report serialises it, and the Sirius diagram calls it, so they all agree. Plain data,
 * no EMF: lists are in display order and cannot be changed (the diagram shares one map between
 * its expressions), absent facts are empty optionals or nulls where noted. {@link #actuals()} is
 * what {@code journey measure} measured on collected events, when a run was given measurements.
 */
public record JourneyMap(
		String qualifiedName,
		String name,
		String title,
		String description,
		ReportLanguage language,
		Optional<PhaseModelRef> phaseModel,
		List<SegmentProfile> segments,
		List<GoalSummary> goals,
		List<Column> columns,
		List<CurvePoint> feelingCurve,
		List<ExperiencePoint> experiencePoints,
		List<FunnelStep> funnel,
		List<KpiCard> kpis,
		List<OpportunityCard> opportunities,
		List<ChannelRow> channelCoverage,
		List<SegmentReach> segmentReach,
		List<InitiativeCard> initiatives,
		String owner,
		List<SourceInfo> sources,
		Optional<Actuals> actuals) {

	public JourneyMap {
		segments = frozen(segments);
		goals = frozen(goals);
		columns = frozen(columns);
		feelingCurve = frozen(feelingCurve);
		experiencePoints = frozen(experiencePoints);
		funnel = frozen(funnel);
		kpis = frozen(kpis);
		opportunities = frozen(opportunities);
		channelCoverage = frozen(channelCoverage);
		segmentReach = frozen(segmentReach);
		initiatives = frozen(initiatives);
		sources = frozen(sources);
		actuals = actuals == null ? Optional.empty() : actuals;
	}

	/**
	 * The same map with what was measured on the journey's events: the reports show the actuals
	 * beside what the model plans. The map itself is built from the model alone, so a map cached per
	 * state of its file stays valid however often the measurements change.
	 */
	public JourneyMap withActuals(Actuals measured) {
		return new JourneyMap(qualifiedName, name, title, description, language, phaseModel, segments, goals, columns,
				feelingCurve, experiencePoints, funnel, kpis, opportunities, channelCoverage, segmentReach, initiatives,
				owner, sources, Optional.ofNullable(measured));
	}

	/** The journey as a reader knows it: its title, else its name. */
	public String label() {
		return labelOf(name, title);
	}

	/** How every renderer names an element to a reader: by its title, else by its name. */
	public static String labelOf(String name, String title) {
		return title != null ? title : name;
	}

	/**
	 * An unmodifiable copy that keeps nulls, unlike {@link List#copyOf}: a model with errors has
	 * elements without a name, and its map still shows what it can.
	 */
	private static <T> List<T> frozen(List<T> list) {
		return Collections.unmodifiableList(new ArrayList<>(list));
	}

	/** The standard phase model the journey follows, with its title. */
	public record PhaseModelRef(String id, String title) {
	}

	/** One phase: a column of the map. {@code modelPhaseName} is in the report language. */
	public record Column(
			int index,
			String name,
			String title,
			String modelPhaseName,
			String description,
			String customerGoal,
			List<String> doing,
			List<String> thinking,
			Integer feeling,
			String feelingNote,
			Long volume,
			List<TouchpointCard> touchpoints,
			List<PainCard> pains,
			List<String> opportunities,
			List<String> kpis) {

		public Column {
			doing = frozen(doing);
			thinking = frozen(thinking);
			touchpoints = frozen(touchpoints);
			pains = frozen(pains);
			opportunities = frozen(opportunities);
			kpis = frozen(kpis);
		}

		/** The heading a reader sees: the title, else the model phase's name, else the name. */
		public String heading() {
			if (title != null) {
				return title;
			}
			return modelPhaseName != null ? modelPhaseName : name;
		}

		public int touchpointCount() {
			return touchpoints.size();
		}
	}

	/**
	 * A touchpoint; {@code channelLabel} is its channel's name in the report language. A column
	 * lists its touchpoints as the modeller wrote them, often the customer's own sequence, so every
	 * card carries its channel rather than the cards being grouped by it.
	 */
	public record TouchpointCard(
			String name,
			String title,
			String description,
			String channel,
			String channelLabel,
			boolean online,
			String owner,
			Integer experience,
			List<String> segments,
			List<EventInfo> events) {

		public TouchpointCard {
			segments = frozen(segments);
			events = frozen(events);
		}

		public String label() {
			return labelOf(name, title);
		}
	}

	public record EventInfo(String name, String description, List<PropertyInfo> properties) {

		public EventInfo {
			properties = frozen(properties);
		}
	}

	public record PropertyInfo(String name, String type, boolean required, String description) {
	}

	public record PainCard(String name, String title, String description, String severity, List<String> evidence) {

		public PainCard {
			evidence = frozen(evidence);
		}

		public String label() {
			return labelOf(name, title);
		}
	}

	/** The customer's feeling in one phase; {@code feeling} is null where the phase gives none. */
	public record CurvePoint(int columnIndex, String phase, Integer feeling) {
	}

	/** A touchpoint's experience score, drawn on the curve's scale in its phase's column. */
	public record ExperiencePoint(int columnIndex, String touchpoint, int experience) {
	}

	/**
	 * A phase with a volume. Conversion is this step's volume over the previous step's (the
	 * previous phase that has a volume), and over the first step's; null for the first step.
	 */
	public record FunnelStep(int columnIndex, String phase, long volume, Double conversionFromPrevious,
			Double conversionFromFirst) {
	}

	/** What a KPI counts in; null in a {@link KpiCard} that names no unit. */
	public enum KpiUnit {
		PERCENT, COUNT, SCORE, RATIO, CURRENCY, DURATION;

		/** The grammar's literal, e.g. {@code percent}: the unit's id in the CSV and JSON reports and its label key. */
		public String literal() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The unit of a grammar literal; null for null. */
		public static KpiUnit ofLiteral(String literal) {
			return literal == null ? null : valueOf(literal.toUpperCase(Locale.ROOT));
		}
	}

	/** Which way a KPI should move. */
	public enum Direction {
		INCREASE, DECREASE;

		/** The grammar's literal, e.g. {@code decrease}: the direction's id in the CSV and JSON reports and its label key. */
		public String literal() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Direction ofLiteral(String literal) {
			return valueOf(literal.toUpperCase(Locale.ROOT));
		}
	}

	/**
	 * A KPI. {@code currency} is the ISO 4217 code of a currency KPI and {@code durationUnit} the
	 * time unit literal of a duration KPI ("days"); each null when the model gives none.
	 */
	public record KpiCard(
			String name,
			String title,
			String description,
			KpiUnit unit,
			String currency,
			String durationUnit,
			BigDecimal baseline,
			BigDecimal target,
			String targetDate,
			Direction direction,
			String formula,
			List<String> sources,
			String owner,
			List<String> goals,
			List<String> phases,
			List<MilestoneInfo> milestones) {

		public KpiCard {
			sources = frozen(sources);
			goals = frozen(goals);
			phases = frozen(phases);
			milestones = frozen(milestones);
		}

		public String label() {
			return labelOf(name, title);
		}
	}

	public record GoalSummary(String name, String title, String kind, String owner, List<String> kpis,
			String description) {

		public GoalSummary {
			kpis = frozen(kpis);
		}


		public String label() {
			return labelOf(name, title);
		}
	}

	public record SegmentProfile(String name, String title, String description, BigDecimal share, List<String> needs,
			List<String> triggers) {

		public SegmentProfile {
			needs = frozen(needs);
			triggers = frozen(triggers);
		}

		public String label() {
			return labelOf(name, title);
		}
	}

	/** An opportunity with its place in the value/effort matrix. */
	public record OpportunityCard(String name, String title, String description, String phase, String value,
			String effort, Quadrant quadrant, List<String> fixes, String owner) {

		public OpportunityCard {
			fixes = frozen(fixes);
		}

		public String label() {
			return labelOf(name, title);
		}
	}

	/** How many touchpoints of a channel each phase has, one count per column. */
	public record ChannelRow(String channel, String channelLabel, List<Integer> countsPerColumn) {

		public ChannelRow {
			countsPerColumn = frozen(countsPerColumn);
		}
	}

	/** Whether a segment of the journey is reached by a touchpoint in each phase. */
	public record SegmentReach(String segment, List<Boolean> reachedPerColumn) {

		public SegmentReach {
			reachedPerColumn = frozen(reachedPerColumn);
		}
	}

	public record InitiativeCard(String name, String title, String description, String owner, String staffing,
			List<String> resources, String due, List<String> realizes, List<MilestoneInfo> milestones) {

		public InitiativeCard {
			resources = frozen(resources);
			realizes = frozen(realizes);
			milestones = frozen(milestones);
		}

		public String label() {
			return labelOf(name, title);
		}
	}

	/**
	 * An evidence or data source that the journey's pains or KPIs cite. {@code kind} is the
	 * grammar's literal (e.g. {@code support-logs}), null when not given.
	 */
	public record SourceInfo(String name, String title, String kind, String description, String link) {

		public String label() {
			return labelOf(name, title);
		}
	}

	public record MilestoneInfo(String title, String date, String kpi, BigDecimal value) {
	}
}
