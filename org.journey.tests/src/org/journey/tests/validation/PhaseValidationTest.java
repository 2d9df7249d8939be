package org.journey.tests.validation;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;

class PhaseValidationTest extends ValidationTestBase {

	private static final String DELIGHT = """
			    phase Delight {
			        customer-goal "Enjoy"
			        volume 60
			        touchpoint Newsletter { channel email }
			    }
			""";

	@Test
	void phaseWithoutTouchpointIsReported() {
		String model = variant("        touchpoint Newsletter { channel email }\n", "");

		Issue issue = assertSingleIssue(model, IssueCodes.PHASE_WITHOUT_TOUCHPOINT, Severity.WARNING);

		assertEquals("Delight", marked(model, issue));
	}

	@Test
	void phasesWithTouchpointsAreFine() {
		assertNoIssue(CLEAN, IssueCodes.PHASE_WITHOUT_TOUCHPOINT);
	}

	@Test
	void phaseWithoutCustomerGoalIsInfo() {
		String model = variant("customer-goal \"Enjoy\"", "");

		Issue issue = assertSingleIssue(model, IssueCodes.PHASE_WITHOUT_CUSTOMER_GOAL, Severity.INFO);

		assertEquals("Delight", marked(model, issue));
	}

	@Test
	void phasesWithCustomerGoalsAreFine() {
		assertNoIssue(CLEAN, IssueCodes.PHASE_WITHOUT_CUSTOMER_GOAL);
	}

	@Test
	void volumeGrowingBeforeThePurchasePhaseIsReported() {
		String model = variant("volume 200", "volume 700");

		Issue issue = assertSingleIssue(model, IssueCodes.FUNNEL_VOLUME_GROWS, Severity.WARNING);

		assertEquals("700", marked(model, issue));
		assertArrayEquals(new String[] { "500", "700" }, issue.getData());
	}

	@Test
	void volumeGrowingIntoThePurchasePhaseIsReported() {
		assertSingleIssue(variant("volume 50\n", "volume 250\n"), IssueCodes.FUNNEL_VOLUME_GROWS, Severity.WARNING);
	}

	@Test
	void volumeGrowingAfterThePurchasePhaseIsFine() {
		assertNoIssue(CLEAN, IssueCodes.FUNNEL_VOLUME_GROWS);
	}

	@Test
	void withoutAPhaseModelEveryStepOfTheFunnelMustNarrow() {
		String model = variant("    model funnel\n", "");

		Issue issue = assertSingleIssue(model, IssueCodes.FUNNEL_VOLUME_GROWS, Severity.WARNING);

		assertEquals("60", marked(model, issue));
	}

	@Test
	void phaseOutOfModelOrderIsReportedWithTheModelOrderAsData() {
		String model = variant(DELIGHT, "").replace("    phase Interest {", DELIGHT + "    phase Interest {");

		Issue issue = assertSingleIssue(model, IssueCodes.PHASE_OUT_OF_MODEL_ORDER, Severity.WARNING);

		assertEquals("Delight", marked(model, issue));
		assertArrayEquals(new String[] { "Attract", "Interest", "Convert", "Close", "Delight" }, issue.getData());
		assertTrue(issue.getMessage().contains("after 'Close'"), issue.getMessage());
	}

	@Test
	void phasesInModelOrderAreFine() {
		assertNoIssue(CLEAN, IssueCodes.PHASE_OUT_OF_MODEL_ORDER);
	}

	@Test
	void missingModelPhasesAreInfoOnTheModel() {
		String model = variant(DELIGHT, "");

		Issue issue = assertSingleIssue(model, IssueCodes.MODEL_PHASES_MISSING, Severity.INFO);

		assertEquals("funnel", marked(model, issue));
		assertArrayEquals(new String[] { "Delight" }, issue.getData());
	}

	@Test
	void allModelPhasesPresentIsFine() {
		assertNoIssue(CLEAN, IssueCodes.MODEL_PHASES_MISSING);
	}

	@Test
	void phaseThatIsNotInTheModelIsInfo() {
		String model = variant("phase Delight {", "phase Celebrate {");

		Issue issue = assertSingleIssue(model, IssueCodes.PHASE_NOT_IN_MODEL, Severity.INFO);

		assertArrayEquals(new String[] { "Celebrate", "funnel" }, issue.getData());
	}

	@Test
	void phasesNamedInDanishOrNorwegianMatchTheModel() {
		String model = variant("model funnel", "model five-steps")
				.replace("phase Attract {", "phase Research {")
				.replace("phase Interest {", "phase Tilbud {")
				.replace("phase Convert {", "phase Konvertering {")
				.replace("phase Close {", "phase Bruk {")
				.replace("phase Delight {", "phase Lojalitet {");

		assertNoIssue(model, IssueCodes.PHASE_NOT_IN_MODEL);
		assertNoIssue(model, IssueCodes.PHASE_OUT_OF_MODEL_ORDER);
		assertNoIssue(model, IssueCodes.MODEL_PHASES_MISSING);
	}

	@Test
	void multiWordPhaseNamesMatchWithoutSpaces() {
		String model = """
				journey J {
				    model eight-phases
				    phase Opdager { touchpoint A }
				    phase Overvejer { touchpoint A }
				    phase Køber { touchpoint A }
				    phase Ibrugtager { touchpoint A }
				    phase Bruger { touchpoint A }
				    phase FårSupport { touchpoint A }
				    phase KøberIgen { touchpoint A }
				    phase Leave { touchpoint A }
				}
				""";

		assertNoIssue(model, IssueCodes.PHASE_NOT_IN_MODEL);
		assertNoIssue(model, IssueCodes.PHASE_OUT_OF_MODEL_ORDER);
		assertNoIssue(model, IssueCodes.MODEL_PHASES_MISSING);
	}

	@Test
	void missingPhasesAreNamedInTheJourneysLanguage() {
		String model = """
				journey J {
				    model eight-phases
				    language da
				    phase Opdager { touchpoint A }
				    phase Overvejer { touchpoint A }
				    phase Køber { touchpoint A }
				    phase Ibrugtager { touchpoint A }
				    phase Bruger { touchpoint A }
				    phase FårSupport { touchpoint A }
				}
				""";

		Issue issue = assertSingleIssue(model, IssueCodes.MODEL_PHASES_MISSING, Severity.INFO);

		assertEquals("The eight-phases model also has Køber igen, Forlader. Add these phases to map the whole journey.",
				issue.getMessage());
		// the data stays the phase ids: the quick fix looks the phases up by them
		assertArrayEquals(new String[] { "BuyAgain", "Leave" }, issue.getData());
	}

	@Test
	void phaseOutsideTheModelListsThePhasesInTheJourneysLanguage() {
		String model = """
				journey J {
				    model five-steps
				    language nb
				    phase Research { touchpoint A }
				    phase Fest { touchpoint A }
				}
				""";

		Issue issue = assertSingleIssue(model, IssueCodes.PHASE_NOT_IN_MODEL, Severity.INFO);

		assertTrue(issue.getMessage().contains("(Research, Tilbud, Konvertering, Bruk, Lojalitet)"), issue.getMessage());
	}
}
