package org.journey.dsl.validation;

import java.util.ArrayList;
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

/** A journey that declares a standard phase model follows its phases, in its order. */
public class PhaseModelValidator extends AbstractJourneyCheck {

	@Check
	public void checkPhaseOrder(Journey journey) {
		Optional<PhaseModel> model = JourneyQueries.phaseModel(journey);
		if (model.isEmpty()) {
			return;
		}
		ModelPhase latest = null;
		Phase latestPhase = null;
		for (Phase phase : journey.getPhases()) {
			Optional<ModelPhase> modelPhase = model.get().phaseNamed(phase.getName());
			if (modelPhase.isEmpty()) {
				continue;
			}
			if (latest != null && model.get().indexOf(modelPhase.get()) < model.get().indexOf(latest)) {
				warning("Phase '" + phase.getName() + "' comes after '" + latestPhase.getName() + "', but the "
						+ model.get().id() + " model puts " + modelPhase.get().id() + " before " + latest.id()
						+ ". Move it, so the map reads in the customer's order.",
						phase, JourneyPackage.Literals.PHASE__NAME, IssueCodes.PHASE_OUT_OF_MODEL_ORDER,
						modelOrder(journey, model.get()).toArray(String[]::new));
			} else {
				latest = modelPhase.get();
				latestPhase = phase;
			}
		}
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
		List<String> missing = model.get().phases().stream().filter(p -> !present.contains(p)).map(ModelPhase::id).toList();
		if (!missing.isEmpty()) {
			info("The " + model.get().id() + " model also has " + String.join(", ", missing)
					+ ". Add these phases to map the whole journey.",
					JourneyPackage.Literals.JOURNEY__PHASE_MODEL, IssueCodes.MODEL_PHASES_MISSING,
					missing.toArray(String[]::new));
		}
	}

	@Check
	public void checkPhaseIsInModel(Phase phase) {
		if (!(phase.eContainer() instanceof Journey journey)) {
			return;
		}
		Optional<PhaseModel> model = JourneyQueries.phaseModel(journey);
		if (model.isPresent() && model.get().phaseNamed(phase.getName()).isEmpty()) {
			String known = model.get().phases().stream().map(ModelPhase::id).collect(Collectors.joining(", "));
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
