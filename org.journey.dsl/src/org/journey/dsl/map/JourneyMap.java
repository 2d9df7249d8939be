package org.journey.dsl.map;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * What a journey map shows, computed once from a journey: the HTML and Markdown reports draw it,
 * the JSON report serialises it, and the Sirius diagram calls it, so they all agree. Plain data,
 * no EMF: lists are in display order, absent facts are empty optionals or nulls where noted.
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
		List<SourceInfo> sources) {

	/** The map as it was before {@code owner} and {@code sources} were added: no owner, no sources. */
	public JourneyMap(String qualifiedName, String name, String title, String description, ReportLanguage language,
			Optional<PhaseModelRef> phaseModel, List<SegmentProfile> segments, List<GoalSummary> goals, List<Column> columns,
			List<CurvePoint> feelingCurve, List<ExperiencePoint> experiencePoints, List<FunnelStep> funnel,
			List<KpiCard> kpis, List<OpportunityCard> opportunities, List<ChannelRow> channelCoverage,
			List<SegmentReach> segmentReach, List<InitiativeCard> initiatives) {
		this(qualifiedName, name, title, description, language, phaseModel, segments, goals, columns, feelingCurve,
				experiencePoints, funnel, kpis, opportunities, channelCoverage, segmentReach, initiatives, null, List.of());
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
			List<ChannelGroup> touchpointsByChannel,
			List<PainCard> pains,
			List<String> opportunities,
			List<String> kpis) {

		/** The heading a reader sees: the title, else the model phase's name, else the name. */
		public String heading() {
			if (title != null) {
				return title;
			}
			return modelPhaseName != null ? modelPhaseName : name;
		}

		public int touchpointCount() {
			return touchpointsByChannel.stream().mapToInt(g -> g.touchpoints().size()).sum();
		}
	}

	/** Touchpoints of one channel in one phase. */
	public record ChannelGroup(String channel, String channelLabel, List<TouchpointCard> touchpoints) {
	}

	public record TouchpointCard(
			String name,
			String title,
			String description,
			String channel,
			boolean online,
			String owner,
			Integer experience,
			List<String> segments,
			List<EventInfo> events) {

		public String label() {
			return title != null ? title : name;
		}
	}

	public record EventInfo(String name, String description, List<PropertyInfo> properties) {
	}

	public record PropertyInfo(String name, String type, boolean required, String description) {
	}

	public record PainCard(String name, String title, String description, String severity, List<String> evidence) {

		public String label() {
			return title != null ? title : name;
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

	/**
	 * A KPI. {@code currency} is the ISO 4217 code of a currency KPI and {@code durationUnit} the
	 * time unit literal of a duration KPI ("days"); each null when the model gives none.
	 */
	public record KpiCard(
			String name,
			String title,
			String description,
			String unit,
			String currency,
			String durationUnit,
			BigDecimal baseline,
			BigDecimal target,
			String targetDate,
			String direction,
			String formula,
			List<String> sources,
			String owner,
			List<String> goals,
			List<String> phases,
			List<MilestoneInfo> milestones) {

		public String label() {
			return title != null ? title : name;
		}
	}

	public record GoalSummary(String name, String title, String kind, String owner, List<String> kpis,
			String description) {

		public GoalSummary(String name, String title, String kind, String owner, List<String> kpis) {
			this(name, title, kind, owner, kpis, null);
		}

		public String label() {
			return title != null ? title : name;
		}
	}

	public record SegmentProfile(String name, String title, String description, BigDecimal share, List<String> needs,
			List<String> triggers) {

		public String label() {
			return title != null ? title : name;
		}
	}

	/** An opportunity with its place in the value/effort matrix. */
	public record OpportunityCard(String name, String title, String description, String phase, String value,
			String effort, Quadrant quadrant, List<String> fixes, String owner) {

		public String label() {
			return title != null ? title : name;
		}
	}

	/** How many touchpoints of a channel each phase has, one count per column. */
	public record ChannelRow(String channel, String channelLabel, List<Integer> countsPerColumn) {
	}

	/** Whether a segment of the journey is reached by a touchpoint in each phase. */
	public record SegmentReach(String segment, List<Boolean> reachedPerColumn) {
	}

	public record InitiativeCard(String name, String title, String description, String owner, String staffing,
			List<String> resources, String due, List<String> realizes, List<MilestoneInfo> milestones) {

		public String label() {
			return title != null ? title : name;
		}
	}

	/**
	 * An evidence or data source that the journey's pains or KPIs cite. {@code kind} is the
	 * grammar's literal (e.g. {@code support-logs}), null when not given.
	 */
	public record SourceInfo(String name, String title, String kind, String description, String link) {

		public String label() {
			return title != null ? title : name;
		}
	}

	public record MilestoneInfo(String title, String date, String kpi, BigDecimal value) {
	}
}
