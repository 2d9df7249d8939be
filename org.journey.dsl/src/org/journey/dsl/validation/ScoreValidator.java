package org.journey.dsl.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.model.ScoreScale;

/** Scores on the −2..+2 scale and segment shares that must add up. */
public class ScoreValidator extends AbstractJourneyCheck {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Check
	public void checkFeelingInRange(Phase phase) {
		Integer feeling = phase.getFeeling();
		if (feeling != null && !ScoreScale.contains(feeling)) {
			error("Feeling " + feeling + " is off the scale: use -2 (very negative) to +2 (very positive).",
					JourneyPackage.Literals.PHASE__FEELING, IssueCodes.FEELING_OUT_OF_RANGE, String.valueOf(feeling));
		}
	}

	@Check
	public void checkExperienceInRange(Touchpoint touchpoint) {
		Integer experience = touchpoint.getExperience();
		if (experience != null && !ScoreScale.contains(experience)) {
			error("Experience " + experience + " is off the scale: use -2 (very negative) to +2 (very positive).",
					JourneyPackage.Literals.TOUCHPOINT__EXPERIENCE, IssueCodes.EXPERIENCE_OUT_OF_RANGE,
					String.valueOf(experience));
		}
	}

	/** Segments declared together in one file describe one customer base: their shares add up to 100% at most. */
	@Check
	public void checkSegmentSharesAddUp(Model model) {
		List<Segment> withShare = model.getElements().stream().filter(Segment.class::isInstance).map(Segment.class::cast)
				.filter(s -> s.getShare() != null).toList();
		BigDecimal total = withShare.stream().map(Segment::getShare).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(HUNDRED) > 0) {
			String parts = withShare.stream().map(s -> s.getName() + " " + format(s.getShare()) + "%")
					.collect(Collectors.joining(", "));
			Segment last = withShare.get(withShare.size() - 1);
			warning("The segments' shares add up to " + format(total) + "% (" + parts
					+ "), more than all customers. Correct the shares so they total at most 100%.",
					last, JourneyPackage.Literals.SEGMENT__SHARE, IssueCodes.SEGMENT_SHARES_EXCEED_100, format(total));
		}
	}
}
