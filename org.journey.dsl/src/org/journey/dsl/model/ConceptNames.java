package org.journey.dsl.model;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.journey.dsl.journey.JourneyPackage;

/** The words a modeller uses for the language's concepts, for messages. */
public final class ConceptNames {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	private static final Map<EClass, String> NAMES = Map.ofEntries(
			Map.entry(P.getSegment(), "segment"),
			Map.entry(P.getSource(), "source"),
			Map.entry(P.getKpi(), "KPI"),
			Map.entry(P.getGoal(), "goal"),
			Map.entry(P.getJourney(), "journey"),
			Map.entry(P.getPhase(), "phase"),
			Map.entry(P.getTouchpoint(), "touchpoint"),
			Map.entry(P.getEvent(), "event"),
			Map.entry(P.getEventProperty(), "event property"),
			Map.entry(P.getPain(), "pain"),
			Map.entry(P.getOpportunity(), "opportunity"),
			Map.entry(P.getInitiative(), "initiative"));

	private ConceptNames() {
	}

	public static String of(EClass type) {
		return NAMES.getOrDefault(type, type.getName().toLowerCase());
	}
}
