package org.journey.dsl.phasemodel;

import java.util.List;
import java.util.Optional;

/**
 * A standard list of phases a journey can follow, in order. {@code purchasePhaseId} names the
 * phase where the customer buys: before it the funnel narrows, after it volumes may grow again.
 */
public record PhaseModel(String id, String title, String seed, String purchasePhaseId, List<ModelPhase> phases) {

	public PhaseModel {
		phases = List.copyOf(phases);
	}

	/** The model phase a journey phase of this name stands for, by id or by any language's name. */
	public Optional<ModelPhase> phaseNamed(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String key = ModelPhase.normalize(name);
		return phases.stream().filter(p -> p.matchKeys().contains(key)).findFirst();
	}

	public int indexOf(ModelPhase phase) {
		return phases.indexOf(phase);
	}

	public ModelPhase purchasePhase() {
		return phases.stream().filter(p -> p.id().equals(purchasePhaseId)).findFirst().orElseThrow();
	}
}
