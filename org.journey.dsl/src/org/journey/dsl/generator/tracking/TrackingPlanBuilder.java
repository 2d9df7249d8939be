package org.journey.dsl.generator.tracking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.journey.dsl.generator.tracking.TrackingPlan.Conversion;
import org.journey.dsl.generator.tracking.TrackingPlan.EmittedAt;
import org.journey.dsl.generator.tracking.TrackingPlan.FormulaKind;
import org.journey.dsl.generator.tracking.TrackingPlan.Measure;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedGoal;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.dsl.journey.Aggregate;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.Formula;
import org.journey.dsl.journey.Goal;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Ratio;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.map.FormulaPrinter;
import org.journey.dsl.model.JourneyQueries;

/** Computes the {@link TrackingPlan} of a journey. */
public final class TrackingPlanBuilder {

	private TrackingPlanBuilder() {
	}

	public static TrackingPlan build(Journey journey, TrackingSettings settings) {
		List<Kpi> kpis = JourneyQueries.kpisOf(journey);
		Map<String, List<Event>> declarations = declarationsByEvent(journey, kpis);
		List<TrackedEvent> events = new ArrayList<>();
		declarations.forEach((name, events_) -> events.add(event(name, events_, journey, kpis)));
		List<TrackedGoal> goals = journey.getGoals().stream().filter(g -> !g.eIsProxy())
				.map(g -> new TrackedGoal(g.getName(), g.getTitle(), literal(g.getKind()),
						g.getKpis().stream().filter(k -> !k.eIsProxy()).map(Kpi::getName).toList()))
				.toList();
		return new TrackingPlan(journey.getName(), journey.getTitle(), settings, events,
				kpis.stream().map(kpi -> kpi(kpi, journey)).toList(), goals);
	}

	/**
	 * The declarations of each event the journey tracks, by event name in plan order: those its
	 * touchpoints emit, in model order, then those its KPIs count though another journey's
	 * touchpoints emit them (the declaration the formula refers to).
	 */
	public static Map<String, List<Event>> declarationsByEvent(Journey journey) {
		return declarationsByEvent(journey, JourneyQueries.kpisOf(journey));
	}

	private static Map<String, List<Event>> declarationsByEvent(Journey journey, List<Kpi> kpis) {
		Map<String, List<Event>> declarations = new LinkedHashMap<>();
		for (Phase phase : journey.getPhases()) {
			for (Touchpoint touchpoint : phase.getTouchpoints()) {
				for (Event event : touchpoint.getEvents()) {
					declarations.computeIfAbsent(event.getName(), n -> new ArrayList<>()).add(event);
				}
			}
		}
		for (Kpi kpi : kpis) {
			for (Event event : eventsOf(kpi.getFormula())) {
				declarations.computeIfAbsent(event.getName(), n -> new ArrayList<>(List.of(event)));
			}
		}
		return declarations;
	}

	/**
	 * The properties of all declarations of one event, merged: each once, in declaration order,
	 * with the type of its first declaration and the first description any declaration gives;
	 * required only if every declaration declares it required.
	 */
	public static List<TrackedProperty> mergedProperties(List<Event> declarations) {
		Map<String, TrackedProperty> properties = new LinkedHashMap<>();
		for (Event declaration : declarations) {
			for (EventProperty property : declaration.getProperties()) {
				boolean requiredEverywhere = declarations.stream().allMatch(d -> d.getProperties().stream()
						.anyMatch(p -> p.getName().equals(property.getName()) && p.isRequired()));
				properties.merge(property.getName(),
						new TrackedProperty(property.getName(), property.getType().getLiteral(), requiredEverywhere,
								property.getDescription()),
						(first, later) -> first.description() == null && later.description() != null
								? new TrackedProperty(first.name(), first.type(), first.required(), later.description())
								: first);
			}
		}
		return List.copyOf(properties.values());
	}

	/** The first description any of the declarations gives, or null. */
	public static String mergedDescription(List<Event> declarations) {
		return declarations.stream().map(Event::getDescription).filter(d -> d != null).findFirst().orElse(null);
	}

	private static TrackedEvent event(String name, List<Event> declarations, Journey journey, List<Kpi> kpis) {
		List<EmittedAt> emittedAt = declarations.stream().map(declaration -> {
			Touchpoint touchpoint = EcoreUtil2.getContainerOfType(declaration, Touchpoint.class);
			Phase phase = EcoreUtil2.getContainerOfType(declaration, Phase.class);
			boolean own = EcoreUtil2.getContainerOfType(declaration, Journey.class) == journey;
			return new EmittedAt(own && phase != null ? phase.getName() : null,
					touchpoint == null ? null : touchpoint.getName(),
					touchpoint == null ? null : literal(touchpoint.getChannel()));
		}).toList();
		List<String> usedBy = kpis.stream()
				.filter(kpi -> eventsOf(kpi.getFormula()).stream().anyMatch(e -> name.equals(e.getName())))
				.map(Kpi::getName).toList();
		return new TrackedEvent(name, mergedDescription(declarations), mergedProperties(declarations), emittedAt, usedBy);
	}

	private static TrackedKpi kpi(Kpi kpi, Journey journey) {
		Formula formula = kpi.getFormula();
		FormulaKind kind = kindOf(formula);
		List<Measure> measures = new ArrayList<>();
		if (kind == FormulaKind.SIMPLE) {
			measures.add(measure((Aggregate) formula));
		} else if (kind == FormulaKind.RATIO) {
			measures.add(measure((Aggregate) ((Ratio) formula).getNumerator()));
			measures.add(measure((Aggregate) ((Ratio) formula).getDenominator()));
		}
		Conversion conversion = conversionOf(formula);
		List<String> goals = journey.getGoals().stream().filter(g -> !g.eIsProxy() && g.getKpis().contains(kpi))
				.map(Goal::getName).toList();
		return new TrackedKpi(kpi.getName(), kpi.getTitle(), kpi.getDescription(), literal(kpi.getUnit()),
				kpi.getCurrency(), literal(kpi.getDurationUnit()),
				kpi.getBaseline(), kpi.getTarget(), kpi.getTargetDate(), kpi.getDirection().getLiteral(),
				FormulaPrinter.print(formula), kind, measures, conversion, goals);
	}

	/** The formula's shape, which decides what the tracking targets can make of it. */
	public static FormulaKind kindOf(Formula formula) {
		if (formula == null) {
			return FormulaKind.NONE;
		} else if (formula instanceof Aggregate) {
			return FormulaKind.SIMPLE;
		} else if (formula instanceof Ratio ratio && ratio.getNumerator() instanceof Aggregate
				&& ratio.getDenominator() instanceof Aggregate && ratio.getFurtherDenominators().isEmpty()) {
			return FormulaKind.RATIO;
		} else if (formula instanceof org.journey.dsl.journey.Conversion c && c.getFrom() != null && c.getTo() != null) {
			return FormulaKind.CONVERSION;
		}
		return FormulaKind.COMPLEX;
	}

	/** The conversion a {@link FormulaKind#CONVERSION} formula is, else null; an unresolved event's name is null. */
	public static Conversion conversionOf(Formula formula) {
		if (kindOf(formula) != FormulaKind.CONVERSION) {
			return null;
		}
		org.journey.dsl.journey.Conversion c = (org.journey.dsl.journey.Conversion) formula;
		return new Conversion(c.getFrom().getName(), c.getTo().getName(), c.getWindow(), c.getWindowUnit().getLiteral());
	}

	private static Measure measure(Aggregate aggregate) {
		return new Measure(aggregate.getFunction().getLiteral(), aggregate.getEvent().getName(),
				aggregate.getProperty() == null ? null : aggregate.getProperty().getName());
	}

	/** The events a formula names, resolved; unresolved ones are left out. */
	static List<Event> eventsOf(Formula formula) {
		if (formula == null) {
			return List.of();
		}
		List<Event> events = new ArrayList<>();
		for (Aggregate aggregate : EcoreUtil2.eAllOfType(formula, Aggregate.class)) {
			add(events, aggregate.getEvent());
		}
		if (formula instanceof Aggregate aggregate) {
			add(events, aggregate.getEvent());
		}
		for (org.journey.dsl.journey.Conversion conversion : EcoreUtil2.eAllOfType(formula,
				org.journey.dsl.journey.Conversion.class)) {
			add(events, conversion.getFrom());
			add(events, conversion.getTo());
		}
		if (formula instanceof org.journey.dsl.journey.Conversion conversion) {
			add(events, conversion.getFrom());
			add(events, conversion.getTo());
		}
		return events;
	}

	private static void add(List<Event> events, Event event) {
		if (event != null && !event.eIsProxy() && !events.contains(event)) {
			events.add(event);
		}
	}

	private static String literal(org.eclipse.emf.common.util.Enumerator value) {
		return value == null || "unspecified".equals(value.getLiteral()) ? null : value.getLiteral();
	}
}
