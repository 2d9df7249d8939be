package org.journey.dsl.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import org.journey.dsl.journey.Channel;
import org.journey.dsl.journey.Initiative;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Milestone;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Opportunity;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.phasemodel.ModelPhase;
import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.PhaseModels;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * Facts derived from a journey model that validation, reports and diagrams all need, computed
 * in one place so they agree.
 */
public final class JourneyQueries {

	/** Channels whose touchpoints are offline unless the modeller says otherwise. */
	private static final Set<Channel> OFFLINE_CHANNELS = EnumSet.of(Channel.STORE, Channel.PHONE, Channel.PRINT,
			Channel.TV, Channel.MAIL, Channel.WORD_OF_MOUTH, Channel.EVENT);

	private JourneyQueries() {
	}

	/** Whether the touchpoint is online: as declared, else as its channel usually is. */
	public static boolean isOnline(Touchpoint touchpoint) {
		if (touchpoint.isOnline()) {
			return true;
		}
		if (touchpoint.isOffline()) {
			return false;
		}
		return !OFFLINE_CHANNELS.contains(touchpoint.getChannel());
	}

	public static Optional<PhaseModel> phaseModel(Journey journey) {
		return journey.getPhaseModel() == null ? Optional.empty() : PhaseModels.find(journey.getPhaseModel());
	}

	public static ReportLanguage language(Journey journey) {
		return ReportLanguage.ofCode(journey.getLanguage());
	}

	/** The phase of the journey's phase model that this phase stands for, matched by name. */
	public static Optional<ModelPhase> modelPhase(Phase phase) {
		if (!(phase.eContainer() instanceof Journey journey)) {
			return Optional.empty();
		}
		return phaseModel(journey).flatMap(model -> model.phaseNamed(phase.getName()));
	}

	/** The journey's phases up to and including the purchase phase; all phases if there is none. */
	public static List<Phase> phasesUntilPurchase(Journey journey) {
		List<Phase> phases = journey.getPhases();
		Optional<PhaseModel> model = phaseModel(journey);
		if (model.isEmpty()) {
			return phases;
		}
		ModelPhase purchase = model.get().purchasePhase();
		List<Phase> result = new ArrayList<>();
		for (Phase phase : phases) {
			result.add(phase);
			if (model.get().phaseNamed(phase.getName()).filter(purchase::equals).isPresent()) {
				return result;
			}
		}
		return phases;
	}

	/** The journey's KPIs: those of its goals, its phases and its initiatives' milestones, in that order. */
	public static List<Kpi> kpisOf(Journey journey) {
		Set<Kpi> kpis = new LinkedHashSet<>();
		journey.getGoals().stream().filter(g -> !g.eIsProxy()).forEach(g -> kpis.addAll(g.getKpis()));
		journey.getPhases().forEach(p -> kpis.addAll(p.getKpis()));
		initiativesOf(journey).forEach(i -> i.getMilestones().stream().map(Milestone::getKpi).filter(k -> k != null)
				.forEach(kpis::add));
		return kpis.stream().filter(k -> !k.eIsProxy()).toList();
	}

	/** Initiatives in any loaded file that realize an opportunity of this journey, in file order. */
	public static List<Initiative> initiativesOf(Journey journey) {
		List<Opportunity> own = journey.getPhases().stream().flatMap(p -> p.getOpportunities().stream()).toList();
		if (own.isEmpty()) {
			return List.of();
		}
		// every journey asks, several times per report: the workspace's initiatives are indexed once
		InitiativeIndex index = WorkspaceMemo.get(journey, InitiativeIndex.class, () -> InitiativeIndex.of(journey));
		Set<Initiative> realizing = new LinkedHashSet<>();
		for (Opportunity opportunity : own) {
			realizing.addAll(index.byOpportunity().getOrDefault(opportunity, List.of()));
		}
		List<Initiative> result = new ArrayList<>(realizing);
		result.sort(Comparator.comparingInt(index.order()::get));
		return result;
	}

	/** The initiatives of the files loaded with a journey: by the opportunities they realize, and their place in file order. */
	private record InitiativeIndex(Map<Opportunity, List<Initiative>> byOpportunity, Map<Initiative, Integer> order) {

		static InitiativeIndex of(Journey journey) {
			List<Resource> resources = journey.eResource() == null || journey.eResource().getResourceSet() == null
					? journey.eResource() == null ? List.of() : List.of(journey.eResource())
					: journey.eResource().getResourceSet().getResources();
			Map<Opportunity, List<Initiative>> byOpportunity = new HashMap<>();
			Map<Initiative, Integer> order = new HashMap<>();
			for (Resource resource : List.copyOf(resources)) {
				for (EObject root : resource.getContents()) {
					if (root instanceof Model model) {
						for (EObject element : model.getElements()) {
							if (element instanceof Initiative initiative) {
								order.put(initiative, order.size());
								for (Opportunity realized : initiative.getRealizes()) {
									byOpportunity.computeIfAbsent(realized, o -> new ArrayList<>()).add(initiative);
								}
							}
						}
					}
				}
			}
			return new InitiativeIndex(byOpportunity, order);
		}
	}

}
