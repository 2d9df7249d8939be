package org.journey.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;

/**
 * The language's validator: the checks of the design doc, split by concern into the composed
 * validators below. Every diagnostic carries a code from {@link IssueCodes}.
 */
@ComposedChecks(validators = {
		NamesAreUniqueValidator.class,
		CrossFileNamesValidator.class,
		ImportValidator.class,
		GoalValidator.class,
		KpiValidator.class,
		InitiativeValidator.class,
		FormulaValidator.class,
		EventValidator.class,
		Ga4NamingValidator.class,
		DataLayerValidator.class,
		ScoreValidator.class,
		PhaseValidator.class,
		PhaseModelValidator.class,
		SegmentReachValidator.class,
		UsageValidator.class,
		TrackingValidator.class,
		OutputNamesValidator.class })
public class JourneyValidator extends AbstractJourneyValidator {
}
