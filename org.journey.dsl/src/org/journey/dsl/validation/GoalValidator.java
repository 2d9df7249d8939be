package org.journey.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.Goal;
import org.journey.dsl.journey.JourneyPackage;

/** A business goal is only actionable when a KPI says how it is measured. */
public class GoalValidator extends AbstractJourneyCheck {

	@Check
	public void checkGoalHasKpi(Goal goal) {
		if (goal.getKpis().isEmpty()) {
			warning("Goal '" + goal.getName() + "' has no KPI, so nobody can tell whether it is reached."
					+ " Add one: kpis <KpiName>.",
					JourneyPackage.Literals.ELEMENT__NAME, IssueCodes.GOAL_WITHOUT_KPI, goal.getName());
		}
	}
}
