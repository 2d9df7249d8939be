package org.journey.dsl.validation;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.model.JourneyQueries;

/** The content of phases: touchpoints, a customer goal, a narrowing funnel. */
public class PhaseValidator extends AbstractJourneyCheck {

	@Check
	public void checkPhaseHasTouchpoint(Phase phase) {
		if (phase.getTouchpoints().isEmpty()) {
			warning("Phase '" + phase.getName() + "' has no touchpoint: where does the customer meet you here?"
					+ " Add one, e.g. touchpoint Website { channel web }.",
					JourneyPackage.Literals.PHASE__NAME, IssueCodes.PHASE_WITHOUT_TOUCHPOINT, phase.getName());
		}
	}

	@Check
	public void checkPhaseHasCustomerGoal(Phase phase) {
		if (phase.getCustomerGoal() == null) {
			info("Phase '" + phase.getName() + "' does not say what the customer wants to achieve in it."
					+ " Add customer-goal \"...\".",
					JourneyPackage.Literals.PHASE__NAME, IssueCodes.PHASE_WITHOUT_CUSTOMER_GOAL, phase.getName());
		}
	}

	/** Until the customer buys, each phase can only keep or lose customers of the one before. */
	@Check
	public void checkFunnelVolumeNarrows(Journey journey) {
		List<Phase> funnel = JourneyQueries.phasesUntilPurchase(journey);
		Phase previous = null;
		for (Phase phase : funnel) {
			if (phase.getVolume() == null) {
				continue;
			}
			if (previous != null && phase.getVolume() > previous.getVolume()) {
				warning("Volume grows from " + number(previous.getVolume()) + " in " + previous.getName() + " to "
						+ number(phase.getVolume()) + " in " + phase.getName()
						+ ": up to the purchase phase a funnel can only narrow. Check the figures or the phase order.",
						phase, JourneyPackage.Literals.PHASE__VOLUME, IssueCodes.FUNNEL_VOLUME_GROWS,
						String.valueOf(previous.getVolume()), String.valueOf(phase.getVolume()));
			}
			previous = phase;
		}
	}

	private static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
	}
}
