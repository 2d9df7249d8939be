package org.journey.diagram.services;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.journey.dsl.journey.Channel;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.Goal;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Opportunity;
import org.journey.dsl.journey.Pain;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.map.ActualValues;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMap.Column;
import org.journey.dsl.map.JourneyMap.CurvePoint;
import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.map.JourneyMap.OpportunityCard;
import org.journey.dsl.map.JourneyMap.PainCard;
import org.journey.dsl.map.JourneyMap.TouchpointCard;
import org.journey.dsl.map.JourneyMapCache;
import org.journey.dsl.map.KpiValues;
import org.journey.dsl.map.MapLookups;
import org.journey.dsl.map.ReportFormats;
import org.journey.dsl.map.ReportLabels;
import org.journey.dsl.model.ElementNames;
import org.journey.dsl.model.JourneyQueries;
import org.journey.dsl.model.ScoreScale;
import org.journey.dsl.phasemodel.ModelPhase;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * The Java services of the journey-map diagram ({@code description/journey.odesign}), called from
 * its {@code aql:} expressions with the diagram element's semantic object as first argument.
 * Every label, order and score comes from the {@link JourneyMap} the HTML and Markdown reports draw,
 * so the diagram and the reports show the same map. Free of Sirius types: the default build
 * compiles and tests it without an Eclipse runtime.
 *
 * <p>
 * A diagram evaluates many expressions per element (a touchpoint's colour alone takes three), so
 * the map of a journey is built once per state of its file ({@link JourneyMapCache}): a change of
 * the file, the text editor's as the diagram's own, gives a new map.
 */
public class JourneyMapServices {

	private static final Pattern IDENTIFIER = Pattern.compile("\\^?[\\p{L}_][\\p{L}_0-9]*");
	private static final Pattern NAME_AND_TITLE = Pattern.compile("\\s*(\\S+)\\s*(?:\"(.*)\")?\\s*", Pattern.DOTALL);

	// ------------------------------------------------------------------ journey and phases

	/** The diagram's title: the journey's title, else its name. */
	public String diagramTitle(Journey journey) {
		return map(journey).label();
	}

	/** The phases as the map's columns, left to right: the order of the file, as in the reports. */
	public List<Phase> phasesInOrder(Journey journey) {
		JourneyMap map = map(journey);
		List<Phase> phases = new ArrayList<>();
		for (Column column : map.columns()) {
			phases.add(journey.getPhases().get(column.index()));
		}
		return phases;
	}

	/**
	 * A phase's title: its number and heading as the report's column head shows them, and the
	 * standard model phase's name in the journey's language when it differs from the heading.
	 */
	public String phaseLabel(Phase phase) {
		Column column = column(phase);
		StringBuilder label = new StringBuilder().append(column.index() + 1).append(". ").append(column.heading());
		if (column.modelPhaseName() != null && !column.modelPhaseName().equals(column.heading())) {
			label.append('\n').append(column.modelPhaseName());
		}
		return label.toString();
	}

	/** A lane's title in the journey's language, e.g. {@code lane.touchpoints}: "Kontaktpunkter". */
	public String laneLabel(Phase phase, String key) {
		return labels(phase).get(key);
	}

	/** Whether the phase is the map's first column: only there do lanes show their titles. */
	public boolean isFirstPhase(Phase phase) {
		return column(phase).index() == 0;
	}

	/**
	 * The first phase of the journey's model that the journey lacks, else {@code NewPhase}; unique
	 * among the journey's phases. For the phase creation tool, called on the phase just created.
	 */
	public String suggestedPhaseName(Phase created) {
		if (!(created.eContainer() instanceof Journey journey)) {
			return "NewPhase";
		}
		Set<String> taken = journey.getPhases().stream().filter(p -> p != created).map(Phase::getName)
				.filter(n -> n != null).map(ModelPhase::normalize).collect(Collectors.toSet());
		Optional<String> missing = JourneyQueries.phaseModel(journey).flatMap(model -> model.phases().stream()
				.filter(p -> p.matchKeys().stream().noneMatch(taken::contains)).findFirst())
				.map(p -> p.names().get(ReportLanguage.EN).replace(" ", ""));
		return ElementNames.freshName(created, missing.orElse("NewPhase"));
	}

	// ------------------------------------------------------------------ feeling curve

	/** The phase's feeling on the map's curve, null where the phase gives none. */
	public Integer feeling(Phase phase) {
		return curvePoint(phase).feeling();
	}

	/**
	 * The phase, if its feeling is drawn at {@code score} on the curve's scale (scores outside the
	 * scale at its nearest end, as the report draws them); else nothing. The candidates of the
	 * feeling point in each level of the feeling lane, so the point sits at its score.
	 */
	public List<Phase> feelingAt(Phase phase, Integer score) {
		Integer feeling = feeling(phase);
		if (feeling == null) {
			return List.of();
		}
		return score != null && ScoreScale.clamp(feeling) == score ? List.of(phase) : List.of();
	}

	/** The next phase to the right that has a feeling: where the curve goes from this phase. */
	public List<Phase> nextFeltPhase(Phase phase) {
		JourneyMap map = map(journey(phase));
		int index = column(phase).index();
		for (CurvePoint point : map.feelingCurve()) {
			if (point.columnIndex() > index && point.feeling() != null) {
				return List.of(journey(phase).getPhases().get(point.columnIndex()));
			}
		}
		return List.of();
	}

	/** The feeling as the report's curve labels it: signed, in the journey's number format, with its note. */
	public String feelingLabel(Phase phase) {
		Integer feeling = feeling(phase);
		if (feeling == null) {
			return "";
		}
		String note = column(phase).feelingNote();
		return signed(phase, feeling) + (note == null || note.isBlank() ? "" : " · " + note);
	}

	/** The label of a level of the feeling lane: the score, shown in the first column only. */
	public String feelingLevelLabel(Phase phase, Integer score) {
		return isFirstPhase(phase) ? signed(phase, score) : "";
	}

	// ------------------------------------------------------------------ touchpoints

	/** The phase's touchpoints as the map's cell lists them: as written, each card naming its channel. */
	public List<Touchpoint> touchpointsInOrder(Phase phase) {
		return List.copyOf(phase.getTouchpoints());
	}

	/** The touchpoint's card title and its channel's name in the journey's language. */
	public String touchpointLabel(Touchpoint touchpoint) {
		TouchpointCard card = card(touchpoint);
		return card.label() + "\n" + labels(touchpoint).channel(card.channel());
	}

	/** The channel's literal, e.g. {@code word-of-mouth}: the key of the channel's colour. */
	public String channel(Touchpoint touchpoint) {
		return card(touchpoint).channel();
	}

	public int channelRed(Touchpoint touchpoint) {
		return ChannelColours.of(channel(touchpoint)).red();
	}

	public int channelGreen(Touchpoint touchpoint) {
		return ChannelColours.of(channel(touchpoint)).green();
	}

	public int channelBlue(Touchpoint touchpoint) {
		return ChannelColours.of(channel(touchpoint)).blue();
	}

	/** {@code negative}, {@code neutral}, {@code positive}, or {@code unrated} without an experience score. */
	public String experienceKind(Touchpoint touchpoint) {
		Integer experience = card(touchpoint).experience();
		if (experience == null) {
			return "unrated";
		}
		return experience < 0 ? "negative" : experience > 0 ? "positive" : "neutral";
	}

	/** Whether the touchpoint is online: as declared, else as its channel usually is (the report's marker). */
	public boolean isOnline(Touchpoint touchpoint) {
		return card(touchpoint).online();
	}

	/** "online" or "offline" in the journey's language. */
	public String onlineLabel(Touchpoint touchpoint) {
		return labels(touchpoint).get(isOnline(touchpoint) ? "label.online" : "label.offline");
	}

	/** Owner, experience and events of the touchpoint, one per line, for the tooltip. */
	public String touchpointTooltip(Touchpoint touchpoint) {
		TouchpointCard card = card(touchpoint);
		ReportLabels labels = labels(touchpoint);
		List<String> lines = new ArrayList<>();
		lines.add(card.label() + " · " + labels.channel(card.channel()) + " · " + onlineLabel(touchpoint));
		if (card.owner() != null) {
			lines.add(labels.get("label.owner") + ": " + card.owner());
		}
		if (card.experience() != null) {
			lines.add(labels.get("label.experience") + ": " + signed(touchpoint, card.experience()));
		}
		if (!card.events().isEmpty()) {
			lines.add(labels.get("label.events") + ": "
					+ card.events().stream().map(JourneyMap.EventInfo::name).collect(Collectors.joining(", ")));
		}
		return String.join("\n", lines);
	}

	/** Channel of a touchpoint the diagram creates: the web, as the quick fix for an empty phase does. */
	public Channel defaultChannel(Touchpoint created) {
		return Channel.WEB;
	}

	// ------------------------------------------------------------------ pains and opportunities

	/** The pain's title and severity in the journey's language, as the report's pain card. */
	public String painLabel(Pain pain) {
		PainCard card = painCard(pain);
		return card.label() + "\n" + labels(pain).get("label.severity") + ": " + labels(pain).level(card.severity());
	}

	/** The severity's literal ({@code low}, {@code medium}, {@code high}), or {@code none}. */
	public String severity(Pain pain) {
		String severity = painCard(pain).severity();
		return severity == null ? "none" : severity;
	}

	/** The opportunity's title and its priority: the value/effort quadrant the report places it in. */
	public String opportunityLabel(Opportunity opportunity) {
		OpportunityCard card = opportunityCard(opportunity);
		return card.label() + "\n" + labels(opportunity).quadrant(card.quadrant());
	}

	/** The quadrant's id, e.g. {@code quick-win}: the key of the opportunity's conditional style. */
	public String priority(Opportunity opportunity) {
		return opportunityCard(opportunity).quadrant().id();
	}

	/** The pains the opportunity fixes that are drawn in the diagram (resolved ones). */
	public List<Pain> fixedPains(Opportunity opportunity) {
		return opportunity.getFixes().stream().filter(p -> !p.eIsProxy()).toList();
	}

	// ------------------------------------------------------------------ KPIs

	/** The KPIs the phase names, in its order, without unresolved references. */
	public List<Kpi> phaseKpis(Phase phase) {
		return phase.getKpis().stream().filter(k -> !k.eIsProxy()).toList();
	}

	/**
	 * The KPI's title, its baseline → target as the report's KPI chip writes them, and the target's
	 * date, in the language of the journey whose phase names the KPI.
	 */
	public String kpiLabel(Kpi kpi) {
		Optional<Journey> journey = journeyNaming(kpi);
		ReportLanguage language = journey.map(JourneyQueries::language).orElse(ReportLanguage.EN);
		KpiCard card = journey.map(j -> MapLookups.of(map(j)).kpi(kpi.getName())).orElse(null);
		String title = card != null ? card.label() : JourneyMap.labelOf(kpi.getName(), kpi.getTitle());
		KpiValues values = KpiValues.of(language);
		StringBuilder label = new StringBuilder(title);
		if (kpi.getBaseline() != null || kpi.getTarget() != null) {
			label.append('\n').append(KpiValues.range(values.valueOrNumber(card, kpi.getBaseline()),
					values.valueOrNumber(card, kpi.getTarget())));
		}
		if (kpi.getTarget() != null && kpi.getTargetDate() != null) {
			label.append('\n').append(values.by(ReportFormats.of(language).date(kpi.getTargetDate())));
		}
		return label.toString();
	}

	// ------------------------------------------------------------------ KPI tree: goal -> KPI -> event

	/** The journey's KPIs as the report's scorecard lists them: its goals', its phases', its initiatives'. */
	public List<Kpi> scorecardKpis(Journey journey) {
		List<String> names = map(journey).kpis().stream().map(KpiCard::name).toList();
		List<Kpi> kpis = JourneyQueries.kpisOf(journey);
		return names.stream().flatMap(name -> kpis.stream().filter(k -> name.equals(k.getName())).limit(1)).toList();
	}

	/** The goals the journey pursues, without unresolved references. */
	public List<Goal> pursuedGoals(Journey journey) {
		return journey.getGoals().stream().filter(g -> !g.eIsProxy()).toList();
	}

	/** The goal's title and kind in the journey's language, as the report's goal panel. */
	public String goalLabel(Goal goal) {
		String title = JourneyMap.labelOf(goal.getName(), goal.getTitle());
		String kind = goal.getKind() == null || goal.getKind().getValue() == 0 ? null
				: journeyPursuing(goal).map(j -> ReportLabels.of(JourneyQueries.language(j)))
						.orElse(ReportLabels.of(ReportLanguage.EN)).goalKind(goal.getKind().getLiteral());
		return kind == null ? title : title + "\n" + kind;
	}

	/** The goal's KPIs, without unresolved references. */
	public List<Kpi> goalKpis(Goal goal) {
		return goal.getKpis().stream().filter(k -> !k.eIsProxy()).toList();
	}

	/** The events the KPI's formula counts, sums or converts between, in the formula's order. */
	public List<Event> formulaEvents(Kpi kpi) {
		Set<Event> events = new LinkedHashSet<>();
		if (kpi.getFormula() != null) {
			collectEvents(kpi.getFormula(), events);
			kpi.getFormula().eAllContents().forEachRemaining(part -> collectEvents(part, events));
		}
		return List.copyOf(events);
	}

	/** The events of all the scorecard's KPI formulas, each once. */
	public List<Event> measuredEvents(Journey journey) {
		Set<Event> events = new LinkedHashSet<>();
		scorecardKpis(journey).forEach(kpi -> events.addAll(formulaEvents(kpi)));
		return List.copyOf(events);
	}

	/** The event's name and the touchpoint that emits it. */
	public String eventLabel(Event event) {
		return event.eContainer() instanceof Touchpoint touchpoint ? event.getName() + "\n" + card(touchpoint).label()
				: event.getName();
	}

	private static void collectEvents(EObject part, Set<Event> events) {
		for (EObject referenced : part.eCrossReferences()) {
			if (referenced instanceof Event event && !event.eIsProxy()) {
				events.add(event);
			}
		}
	}

	private static Optional<Journey> journeyPursuing(Goal goal) {
		Resource resource = goal.eResource();
		Collection<Resource> resources = resource == null ? List.of()
				: resource.getResourceSet() == null ? List.of(resource) : List.copyOf(resource.getResourceSet().getResources());
		for (Resource each : resources) {
			for (var contents = each.getAllContents(); contents.hasNext();) {
				if (contents.next() instanceof Journey journey && journey.getGoals().contains(goal)) {
					return Optional.of(journey);
				}
			}
		}
		return Optional.empty();
	}

	// ------------------------------------------------------------------ actuals

	/**
	 * The users measured in the phase against its volume, "Actual: 238 users (modelled 42,000)", in
	 * the journey's language; empty when the journey has no measurements beside its file (see
	 * {@link DiagramActuals}) or they do not name the phase.
	 */
	public String phaseActualVolume(Phase phase) {
		Journey journey = journey(phase);
		return DiagramActuals.of(journey).flatMap(actuals -> actuals.phase(phase.getName()))
				.map(measured -> ActualValues.of(JourneyQueries.language(journey)).phaseSummary(measured)).orElse("");
	}

	/**
	 * The KPI's measured value in its unit and its status, "Actual: 6.75% · Off track", from the
	 * measurements of the journey whose phase names it; empty without measurements or for a KPI
	 * they do not measure (one without a formula).
	 */
	public String kpiActualValue(Kpi kpi) {
		Optional<Journey> journey = journeyNaming(kpi);
		if (journey.isEmpty()) {
			return "";
		}
		KpiCard card = MapLookups.of(map(journey.get())).kpi(kpi.getName());
		if (card == null) {
			return "";
		}
		return DiagramActuals.of(journey.get()).flatMap(actuals -> actuals.kpi(kpi.getName()))
				.map(measured -> ActualValues.of(JourneyQueries.language(journey.get())).kpiSummary(card, measured))
				.orElse("");
	}

	/** The phase's tooltip: its customer goal, and below it the users measured, if any. */
	public String phaseTooltip(Phase phase) {
		return lines(phase.getCustomerGoal(), phaseActualVolume(phase));
	}

	/** The KPI's tooltip: its description, and below it the value measured, if any. */
	public String kpiTooltip(Kpi kpi) {
		return lines(kpi.getDescription(), kpiActualValue(kpi));
	}

	private static String lines(String... texts) {
		return java.util.Arrays.stream(texts).filter(t -> t != null && !t.isEmpty()).collect(Collectors.joining("\n"));
	}

	// ------------------------------------------------------------------ editing

	/**
	 * A name for an element the diagram creates: {@code base}, else {@code base2}, {@code base3}...,
	 * by the language's one rule for new names ({@link ElementNames#freshName}).
	 */
	public String uniqueName(EObject created, String base) {
		return ElementNames.freshName(created, base);
	}

	/** The text a direct edit starts from: the element as the language writes it, {@code Name "Title"}. */
	public String editText(EObject element) {
		String name = ElementNames.nameOf(element);
		String title = ElementNames.titleOf(element);
		return title == null ? name : name + " \"" + title + "\"";
	}

	/**
	 * Applies a direct edit written as the language does, {@code Name "Title"}: sets the name and
	 * the title (removed when the quotes are left out). Text that is not a name, optionally
	 * followed by a quoted title, changes nothing, so an edit never breaks the file.
	 *
	 * @return the element, for the edit tool's next operations
	 */
	public EObject applyEdit(EObject element, String text) {
		if (text == null) {
			return element;
		}
		var matcher = NAME_AND_TITLE.matcher(text);
		if (!matcher.matches() || !IDENTIFIER.matcher(matcher.group(1)).matches()) {
			return element;
		}
		Optional<EAttribute> name = ElementNames.nameAttribute(element);
		Optional<EAttribute> title = ElementNames.titleAttribute(element);
		if (name.isEmpty() || title.isEmpty()) {
			return element;
		}
		String newTitle = matcher.group(2);
		if (newTitle != null && newTitle.contains("\"")) {
			return element;
		}
		element.eSet(name.get(), matcher.group(1));
		element.eSet(title.get(), newTitle == null || newTitle.isBlank() ? null : newTitle);
		return element;
	}

	/** Removes the KPI from the phase's {@code kpis}: deleting it from the map keeps the KPI itself. */
	public Phase unlinkKpi(Phase phase, Kpi kpi) {
		phase.getKpis().remove(kpi);
		return phase;
	}

	// ------------------------------------------------------------------ the map behind it all

	/** The journey map of the journey: what the reports draw, built once per state of its file. */
	public JourneyMap map(Journey journey) {
		return JourneyMapCache.of(journey);
	}

	private Column column(Phase phase) {
		Journey journey = journey(phase);
		return map(journey).columns().get(journey.getPhases().indexOf(phase));
	}

	private CurvePoint curvePoint(Phase phase) {
		Journey journey = journey(phase);
		return map(journey).feelingCurve().get(journey.getPhases().indexOf(phase));
	}

	private TouchpointCard card(Touchpoint touchpoint) {
		Phase phase = (Phase) touchpoint.eContainer();
		return column(phase).touchpoints().get(phase.getTouchpoints().indexOf(touchpoint));
	}

	private PainCard painCard(Pain pain) {
		Phase phase = (Phase) pain.eContainer();
		return column(phase).pains().get(phase.getPains().indexOf(pain));
	}

	private OpportunityCard opportunityCard(Opportunity opportunity) {
		Phase phase = (Phase) opportunity.eContainer();
		Journey journey = journey(phase);
		int index = 0;
		for (Phase each : journey.getPhases()) {
			if (each == phase) {
				return map(journey).opportunities().get(index + phase.getOpportunities().indexOf(opportunity));
			}
			index += each.getOpportunities().size();
		}
		throw new IllegalStateException("opportunity " + opportunity.getName() + " is not in its journey");
	}

	private static Journey journey(Phase phase) {
		return (Journey) phase.eContainer();
	}

	private ReportLabels labels(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Journey journey) {
				return ReportLabels.of(JourneyQueries.language(journey));
			}
		}
		return ReportLabels.of(ReportLanguage.EN);
	}

	private String signed(EObject element, int score) {
		return ReportFormats.of(labels(element).language()).signed(score);
	}

	/** The first journey, in the loaded files, one of whose phases names the KPI. */
	private static Optional<Journey> journeyNaming(Kpi kpi) {
		Resource resource = kpi.eResource();
		Collection<Resource> resources = resource == null ? List.of()
				: resource.getResourceSet() == null ? List.of(resource) : List.copyOf(resource.getResourceSet().getResources());
		for (Resource each : resources) {
			for (var contents = each.getAllContents(); contents.hasNext();) {
				if (contents.next() instanceof Journey journey
						&& journey.getPhases().stream().anyMatch(p -> p.getKpis().contains(kpi))) {
					return Optional.of(journey);
				}
			}
		}
		return Optional.empty();
	}
}
