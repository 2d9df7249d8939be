package org.journey.dsl.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.Initiative;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Milestone;

/** Initiatives: a plan whose milestones fit inside it. */
public class InitiativeValidator extends AbstractJourneyCheck {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	/**
	 * A milestone dated after its initiative's due date: either the milestone belongs to a later
	 * plan or the due date is too early. The timeline in the report would show the milestone
	 * outside its initiative's bar.
	 */
	@Check
	public void checkMilestoneNotAfterInitiativeDue(Milestone milestone) {
		if (!(milestone.eContainer() instanceof Initiative initiative)) {
			return;
		}
		Optional<LocalDate> date = date(milestone.getDate());
		Optional<LocalDate> due = date(initiative.getDue());
		if (date.isPresent() && due.isPresent() && date.get().isAfter(due.get())) {
			warning("Milestone \"" + milestone.getTitle() + "\" is dated " + date.get() + ", after initiative '"
					+ initiative.getName() + "' is due (" + due.get() + "). Move the milestone to " + due.get()
					+ " or earlier, or the initiative's due date to " + date.get() + " or later.",
					P.getMilestone_Date(), IssueCodes.MILESTONE_AFTER_INITIATIVE_DUE, date.get().toString(),
					due.get().toString());
		}
	}

	/** A date the value converter accepted (yyyy-mm-dd); anything else is already reported. */
	private static Optional<LocalDate> date(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
