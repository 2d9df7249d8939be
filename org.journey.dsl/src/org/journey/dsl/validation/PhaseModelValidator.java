package org.journey.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.model.JourneyQueries;
import org.journey.dsl.phasemodel.ModelPhase;
import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.ReportLanguage;

/** A journey that declares a standard phase model follows its phases, in its order. */
public class PhaseModelValidator extends AbstractJourneyCheck {

	/**
	 * Reports the fewest phases that break the model's order: those outside the longest run of
	 * phases already in order, each with the phase it belongs after.
	 */
	@Check
	public void checkPhaseOrder(Journey journey) {
		Optional<PhaseModel> model = JourneyQueries.phaseModel(journey);
		if (model.isEmpty()) {
			return;
		}
		List<Phase> matched = new ArrayList<>();
		List<Integer> ranks = new ArrayList<>();
		for (Phase phase : journey.getPhases()) {
			model.get().phaseNamed(phase.getName()).ifPresent(modelPhase -> {
				matched.add(phase);
				ranks.add(model.get().indexOf(modelPhase));
			});
		}
		Set<Integer> inOrder = longestNonDecreasingRun(ranks);
		for (int i = 0; i < matched.size(); i++) {
			if (inOrder.contains(i)) {
				continue;
			}
			Phase phase = matched.get(i);
			String place = placeInOrder(matched, ranks, inOrder, ranks.get(i));
			warning("Phase '" + phase.getName() + "' is out of the " + model.get().id() + " model's order: it belongs "
					+ place + ". Move it, so the map reads in the customer's order.",
					phase, JourneyPackage.Literals.PHASE__NAME, IssueCodes.PHASE_OUT_OF_MODEL_ORDER,
					modelOrder(journey, model.get()).toArray(String[]::new));
		}
	}

	private static String placeInOrder(List<Phase> matched, List<Integer> ranks, Set<Integer> inOrder, int rank) {
		String after = null;
		for (int j = 0; j < matched.size(); j++) {
			if (inOrder.contains(j) && ranks.get(j) <= rank) {
				after = matched.get(j).getName();
			}
		}
		if (after != null) {
			return "after '" + after + "'";
		}
		for (int j = 0; j < matched.size(); j++) {
			if (inOrder.contains(j)) {
				return "before '" + matched.get(j).getName() + "'";
			}
		}
		return "elsewhere";
	}

	/** Indexes of a longest non-decreasing subsequence of {@code ranks} (a handful of phases: O(n²) is fine). */
	static Set<Integer> longestNonDecreasingRun(List<Integer> ranks) {
		int n = ranks.size();
		int[] length = new int[n];
		int[] previous = new int[n];
		int best = -1;
		for (int i = 0; i < n; i++) {
			length[i] = 1;
			previous[i] = -1;
			for (int j = 0; j < i; j++) {
				if (ranks.get(j) <= ranks.get(i) && length[j] + 1 > length[i]) {
					length[i] = length[j] + 1;
					previous[i] = j;
				}
			}
			if (best < 0 || length[i] > length[best]) {
				best = i;
			}
		}
		Set<Integer> run = new HashSet<>();
		for (int i = best; i >= 0; i = previous[i]) {
			run.add(i);
		}
		return run;
	}

	@Check
	public void checkModelPhasesPresent(Journey journey) {
		Optional<PhaseModel> model = JourneyQueries.phaseModel(journey);
		if (model.isEmpty()) {
			return;
		}
		Set<ModelPhase> present = journey.getPhases().stream()
				.map(p -> model.get().phaseNamed(p.getName()))
				.flatMap(Optional::stream)
				.collect(Collectors.toSet());
		List<ModelPhase> missing = model.get().phases().stream().filter(p -> !present.contains(p)).toList();
		if (!missing.isEmpty()) {
			// named as the journey's language names them, the names a modeller of that language gives the phases
			ReportLanguage language = JourneyQueries.language(journey);
			info("The " + model.get().id() + " model also has "
					+ missing.stream().map(p -> p.name(language)).collect(Collectors.joining(", "))
					+ ". Add these phases to map the whole journey.",
					JourneyPackage.Literals.JOURNEY__PHASE_MODEL, IssueCodes.MODEL_PHASES_MISSING,
					missing.stream().map(ModelPhase::id).toArray(String[]::new));
		}
	}

	@Check
	public void checkPhaseIsInModel(Phase phase) {
		if (!(phase.eContainer() instanceof Journey journey)) {
			return;
		}
		Optional<PhaseModel> model = JourneyQueries.phaseModel(journey);
		if (model.isPresent() && model.get().phaseNamed(phase.getName()).isEmpty()) {
			ReportLanguage language = JourneyQueries.language(journey);
			String known = model.get().phases().stream().map(p -> p.name(language)).collect(Collectors.joining(", "));
			info("Phase '" + phase.getName() + "' is not a phase of the " + model.get().id() + " model (" + known
					+ "); its place in the model's order is not checked.",
					JourneyPackage.Literals.PHASE__NAME, IssueCodes.PHASE_NOT_IN_MODEL, phase.getName(), model.get().id());
		}
	}

	/**
	 * The journey's phase names sorted into model order (phases outside the model keep their
	 * position relative to the phase before them): the issue data a "reorder" fix applies.
	 */
	static List<String> modelOrder(Journey journey, PhaseModel model) {
		List<Phase> phases = new ArrayList<>(journey.getPhases());
		List<String> sorted = new ArrayList<>();
		Set<Phase> placed = new LinkedHashSet<>();
		for (ModelPhase modelPhase : model.phases()) {
			for (int i = 0; i < phases.size(); i++) {
				Phase phase = phases.get(i);
				if (!placed.contains(phase) && model.phaseNamed(phase.getName()).filter(modelPhase::equals).isPresent()) {
					placed.add(phase);
					sorted.add(phase.getName());
					for (int j = i + 1; j < phases.size() && model.phaseNamed(phases.get(j).getName()).isEmpty(); j++) {
						placed.add(phases.get(j));
						sorted.add(phases.get(j).getName());
					}
				}
			}
		}
		for (Phase phase : phases) {
			if (!placed.contains(phase)) {
				sorted.add(phase.getName());
			}
		}
		return sorted;
	}
}
