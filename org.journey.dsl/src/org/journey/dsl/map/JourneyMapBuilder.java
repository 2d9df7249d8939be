package org.journey.dsl.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.journey.dsl.journey.Channel;
import org.journey.dsl.journey.Element;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.Goal;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Milestone;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Opportunity;
import org.journey.dsl.journey.Pain;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.journey.Source;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.map.JourneyMap.ChannelRow;
import org.journey.dsl.map.JourneyMap.Column;
import org.journey.dsl.map.JourneyMap.CurvePoint;
import org.journey.dsl.map.JourneyMap.Direction;
import org.journey.dsl.map.JourneyMap.EventInfo;
import org.journey.dsl.map.JourneyMap.ExperiencePoint;
import org.journey.dsl.map.JourneyMap.FunnelStep;
import org.journey.dsl.map.JourneyMap.GoalSummary;
import org.journey.dsl.map.JourneyMap.InitiativeCard;
import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.map.JourneyMap.KpiUnit;
import org.journey.dsl.map.JourneyMap.MilestoneInfo;
import org.journey.dsl.map.JourneyMap.OpportunityCard;
import org.journey.dsl.map.JourneyMap.PainCard;
import org.journey.dsl.map.JourneyMap.PhaseModelRef;
import org.journey.dsl.map.JourneyMap.PropertyInfo;
import org.journey.dsl.map.JourneyMap.SegmentProfile;
import org.journey.dsl.map.JourneyMap.SegmentReach;
import org.journey.dsl.map.JourneyMap.SourceInfo;
import org.journey.dsl.map.JourneyMap.TouchpointCard;
import org.journey.dsl.model.JourneyQueries;
import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * Computes the {@link JourneyMap} of a journey. Unresolved references are left out rather than
 * failing: a map of a model with errors still shows what it can.
 */
public final class JourneyMapBuilder {

	private JourneyMapBuilder() {
	}

	public static JourneyMap build(Journey journey) {
		ReportLanguage language = JourneyQueries.language(journey);
		Optional<PhaseModel> model = JourneyQueries.phaseModel(journey);
		List<Phase> phases = journey.getPhases();
		List<Channel> channels = channelsInOrder(journey);
		ReportLabels labels = ReportLabels.of(language);

		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < phases.size(); i++) {
			columns.add(column(i, phases.get(i), model, language, labels));
		}
		return new JourneyMap(
				qualifiedName(journey),
				journey.getName(),
				journey.getTitle(),
				journey.getDescription(),
				language,
				model.map(m -> new PhaseModelRef(m.id(), m.title())),
				journey.getSegments().stream().filter(s -> !s.eIsProxy()).map(JourneyMapBuilder::segment).toList(),
				journey.getGoals().stream().filter(g -> !g.eIsProxy()).map(JourneyMapBuilder::goal).toList(),
				columns,
				feelingCurve(phases),
				experiencePoints(phases),
				funnel(phases),
				kpis(journey),
				opportunities(journey),
				coverage(phases, channels, labels),
				segmentReach(journey),
				initiatives(journey),
				journey.getOwner(),
				sources(journey),
				Optional.empty());
	}

	public static String qualifiedName(Element element) {
		EObject root = element.eContainer();
		String packageName = root instanceof Model model ? model.getName() : null;
		return packageName == null ? element.getName() : packageName + "." + element.getName();
	}

	private static Column column(int index, Phase phase, Optional<PhaseModel> model, ReportLanguage language,
			ReportLabels labels) {
		String modelPhaseName = model.flatMap(m -> m.phaseNamed(phase.getName())).map(p -> p.name(language)).orElse(null);
		List<TouchpointCard> touchpoints = phase.getTouchpoints().stream().map(t -> touchpoint(t, labels)).toList();
		return new Column(index, phase.getName(), phase.getTitle(), modelPhaseName, phase.getDescription(),
				phase.getCustomerGoal(), List.copyOf(phase.getDoing()), List.copyOf(phase.getThinking()), phase.getFeeling(),
				phase.getFeelingNote(), phase.getVolume(), touchpoints,
				phase.getPains().stream().map(JourneyMapBuilder::pain).toList(),
				phase.getOpportunities().stream().map(Opportunity::getName).toList(),
				names(phase.getKpis()));
	}

	/**
	 * The channels the journey uses, in the order the customer first meets them: phase by phase,
	 * touchpoint by touchpoint as written, so the channel rows follow the modeller's sequence.
	 */
	private static List<Channel> channelsInOrder(Journey journey) {
		Set<Channel> used = new LinkedHashSet<>();
		journey.getPhases().forEach(p -> p.getTouchpoints().forEach(t -> used.add(t.getChannel())));
		return List.copyOf(used);
	}

	private static TouchpointCard touchpoint(Touchpoint touchpoint, ReportLabels labels) {
		String channel = touchpoint.getChannel().getLiteral();
		return new TouchpointCard(touchpoint.getName(), touchpoint.getTitle(), touchpoint.getDescription(),
				channel, labels.channel(channel), JourneyQueries.isOnline(touchpoint), touchpoint.getOwner(),
				touchpoint.getExperience(), names(touchpoint.getSegments()),
				touchpoint.getEvents().stream().map(JourneyMapBuilder::event).toList());
	}

	private static EventInfo event(Event event) {
		return new EventInfo(event.getName(), event.getDescription(),
				event.getProperties().stream().map(JourneyMapBuilder::property).toList());
	}

	private static PropertyInfo property(EventProperty property) {
		return new PropertyInfo(property.getName(), property.getType().getLiteral(), property.isRequired(),
				property.getDescription());
	}

	private static PainCard pain(Pain pain) {
		return new PainCard(pain.getName(), pain.getTitle(), pain.getDescription(), literal(pain.getSeverity()),
				names(pain.getEvidence()));
	}

	private static List<CurvePoint> feelingCurve(List<Phase> phases) {
		List<CurvePoint> points = new ArrayList<>();
		for (int i = 0; i < phases.size(); i++) {
			points.add(new CurvePoint(i, phases.get(i).getName(), phases.get(i).getFeeling()));
		}
		return points;
	}

	private static List<ExperiencePoint> experiencePoints(List<Phase> phases) {
		List<ExperiencePoint> points = new ArrayList<>();
		for (int i = 0; i < phases.size(); i++) {
			for (Touchpoint touchpoint : phases.get(i).getTouchpoints()) {
				if (touchpoint.getExperience() != null) {
					points.add(new ExperiencePoint(i, touchpoint.getName(), touchpoint.getExperience()));
				}
			}
		}
		return points;
	}

	private static List<FunnelStep> funnel(List<Phase> phases) {
		List<FunnelStep> steps = new ArrayList<>();
		Long first = null;
		Long previous = null;
		for (int i = 0; i < phases.size(); i++) {
			Long volume = phases.get(i).getVolume();
			if (volume == null) {
				continue;
			}
			steps.add(new FunnelStep(i, phases.get(i).getName(), volume, ratio(volume, previous), ratio(volume, first)));
			if (first == null) {
				first = volume;
			}
			previous = volume;
		}
		return steps;
	}

	private static Double ratio(long volume, Long base) {
		return base == null || base == 0 ? null : (double) volume / base;
	}

	private static List<KpiCard> kpis(Journey journey) {
		return JourneyQueries.kpisOf(journey).stream().map(kpi -> kpi(kpi, journey)).toList();
	}

	private static KpiCard kpi(Kpi kpi, Journey journey) {
		List<String> goals = journey.getGoals().stream().filter(g -> !g.eIsProxy() && g.getKpis().contains(kpi))
				.map(Goal::getName).toList();
		List<String> phases = journey.getPhases().stream().filter(p -> p.getKpis().contains(kpi)).map(Phase::getName)
				.toList();
		List<MilestoneInfo> milestones = JourneyQueries.initiativesOf(journey).stream().flatMap(i -> i.getMilestones().stream())
				.filter(m -> m.getKpi() == kpi).map(JourneyMapBuilder::milestone).toList();
		return new KpiCard(kpi.getName(), kpi.getTitle(), kpi.getDescription(), KpiUnit.ofLiteral(literal(kpi.getUnit())), kpi.getCurrency(),
				literal(kpi.getDurationUnit()), kpi.getBaseline(),
				kpi.getTarget(), kpi.getTargetDate(), Direction.ofLiteral(kpi.getDirection().getLiteral()), FormulaPrinter.print(kpi.getFormula()),
				names(kpi.getSources()), kpi.getOwner(), goals, phases, milestones);
	}

	private static GoalSummary goal(Goal goal) {
		return new GoalSummary(goal.getName(), goal.getTitle(), literal(goal.getKind()), goal.getOwner(),
				names(goal.getKpis()), goal.getDescription());
	}

	private static SegmentProfile segment(Segment segment) {
		return new SegmentProfile(segment.getName(), segment.getTitle(), segment.getDescription(), segment.getShare(),
				List.copyOf(segment.getNeeds()), List.copyOf(segment.getTriggers()));
	}

	/**
	 * The sources the journey's pains cite as evidence and its KPIs read from, sorted by name: a
	 * source cited in several places has no one natural position.
	 */
	private static List<SourceInfo> sources(Journey journey) {
		Set<Source> cited = new LinkedHashSet<>();
		journey.getPhases().forEach(p -> p.getPains().forEach(pain -> cited.addAll(pain.getEvidence())));
		JourneyQueries.kpisOf(journey).forEach(kpi -> cited.addAll(kpi.getSources()));
		return cited.stream().filter(s -> !s.eIsProxy()).sorted(Comparator.comparing(Source::getName))
				.map(s -> new SourceInfo(s.getName(), s.getTitle(), literal(s.getKind()), s.getDescription(), s.getLink()))
				.toList();
	}

	private static List<OpportunityCard> opportunities(Journey journey) {
		List<OpportunityCard> cards = new ArrayList<>();
		for (Phase phase : journey.getPhases()) {
			for (Opportunity opportunity : phase.getOpportunities()) {
				String value = literal(opportunity.getValue());
				String effort = literal(opportunity.getEffort());
				cards.add(new OpportunityCard(opportunity.getName(), opportunity.getTitle(), opportunity.getDescription(),
						phase.getName(), value, effort, Quadrant.of(value, effort), names(opportunity.getFixes()),
						opportunity.getOwner()));
			}
		}
		return cards;
	}

	private static List<ChannelRow> coverage(List<Phase> phases, List<Channel> channels, ReportLabels labels) {
		return channels.stream().map(channel -> new ChannelRow(channel.getLiteral(), labels.channel(channel.getLiteral()),
				phases.stream().map(p -> (int) p.getTouchpoints().stream().filter(t -> t.getChannel() == channel).count())
						.toList()))
				.toList();
	}

	/** A touchpoint without {@code serves} reaches every segment of the journey. */
	private static List<SegmentReach> segmentReach(Journey journey) {
		return journey.getSegments().stream().filter(s -> !s.eIsProxy())
				.map(segment -> new SegmentReach(segment.getName(), journey.getPhases().stream()
						.map(p -> p.getTouchpoints().stream()
								.anyMatch(t -> t.getSegments().isEmpty() || t.getSegments().contains(segment)))
						.toList()))
				.toList();
	}

	private static List<InitiativeCard> initiatives(Journey journey) {
		return JourneyQueries.initiativesOf(journey).stream().map(initiative -> new InitiativeCard(initiative.getName(),
				initiative.getTitle(), initiative.getDescription(), initiative.getOwner(), literal(initiative.getStaffing()),
				List.copyOf(initiative.getResources()), initiative.getDue(), names(initiative.getRealizes()),
				initiative.getMilestones().stream().map(JourneyMapBuilder::milestone).toList())).toList();
	}

	private static MilestoneInfo milestone(Milestone milestone) {
		Kpi kpi = milestone.getKpi();
		return new MilestoneInfo(milestone.getTitle(), milestone.getDate(),
				kpi == null || kpi.eIsProxy() ? null : kpi.getName(), milestone.getValue());
	}

	private static List<String> names(List<? extends EObject> elements) {
		List<String> names = new ArrayList<>();
		for (EObject element : elements) {
			if (element.eIsProxy()) {
				continue;
			}
			if (element instanceof Element named) {
				names.add(named.getName());
			} else if (element instanceof Pain pain) {
				names.add(pain.getName());
			} else if (element instanceof Opportunity opportunity) {
				names.add(opportunity.getName());
			} else if (element instanceof Source source) {
				names.add(source.getName());
			}
		}
		return names;
	}

	/** An enum's literal, or null for 'unspecified', the value of an absent property. */
	private static String literal(Enumerator value) {
		return value == null || value.getValue() == 0 && "unspecified".equals(value.getLiteral()) ? null : value.getLiteral();
	}

}
