package org.journey.dsl.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.journey.dsl.journey.Channel;
import org.journey.dsl.journey.Journey;
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
}
