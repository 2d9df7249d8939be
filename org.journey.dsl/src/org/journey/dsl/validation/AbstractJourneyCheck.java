package org.journey.dsl.validation;

import java.math.BigDecimal;

import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Base of the validators composed into {@link JourneyValidator}; they do not register themselves. */
public abstract class AbstractJourneyCheck extends AbstractJourneyValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into JourneyValidator, which registers for all of them
	}

	protected static String format(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
