package org.journey.dsl.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.journey.Touchpoint;

/**
 * Touchpoints serve the journey's segments. A touchpoint without {@code serves} serves all of
 * them; one that names segments serves those only.
 */
public class SegmentReachValidator extends AbstractJourneyCheck {

	@Check
	public void checkTouchpointServesJourneySegments(Touchpoint touchpoint) {
		Journey journey = journeyOf(touchpoint);
		if (journey == null || journey.getSegments().isEmpty()) {
			return;
		}
		for (int i = 0; i < touchpoint.getSegments().size(); i++) {
			Segment segment = touchpoint.getSegments().get(i);
			if (!segment.eIsProxy() && !journey.getSegments().contains(segment)) {
				warning("Touchpoint '" + touchpoint.getName() + "' serves segment '" + segment.getName()
						+ "', but journey '" + journey.getName() + "' is not for it. Add it to the journey's 'for'"
						+ " list or remove it here.",
						touchpoint, JourneyPackage.Literals.TOUCHPOINT__SEGMENTS, i,
						IssueCodes.TOUCHPOINT_SEGMENT_NOT_IN_JOURNEY, segment.getName());
			}
		}
	}

	@Check
	public void checkJourneySegmentsReached(Phase phase) {
		if (!(phase.eContainer() instanceof Journey journey) || phase.getTouchpoints().isEmpty()) {
			return;
		}
		Set<Segment> reached = new HashSet<>();
		for (Touchpoint touchpoint : phase.getTouchpoints()) {
			if (touchpoint.getSegments().isEmpty()) {
				return;
			}
			reached.addAll(touchpoint.getSegments());
		}
		for (Segment segment : journey.getSegments()) {
			if (!segment.eIsProxy() && !reached.contains(segment)) {
				info("No touchpoint of phase '" + phase.getName() + "' reaches segment '" + segment.getName()
						+ "'. Add a touchpoint that serves it, or let an existing one serve it too.",
						JourneyPackage.Literals.PHASE__NAME, IssueCodes.SEGMENT_NOT_REACHED, segment.getName());
			}
		}
	}

	private static Journey journeyOf(Touchpoint touchpoint) {
		return touchpoint.eContainer() instanceof Phase phase && phase.eContainer() instanceof Journey journey ? journey : null;
	}
}
