package org.journey.tests.lsp;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;
import org.junit.jupiter.api.Assertions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.journey.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/** Each quick fix: the edit it makes, and the issue it fixes gone once the edit is applied. */
class LspCodeActionTest extends LspTestBase {

	private static final String RETURNS_KPI = """
			kpi Returns "Return rate" {
			    unit percent
			    baseline 8
			    target 5
			    direction decrease
			    source Analytics
			}
			""";

	private static final String INTEREST_PHASE = """
			    phase Interest {
			        customer-goal "Compare"
			        volume 500
			        touchpoint Search { channel search serves Buyers, Browsers }
			    }
			""";

	private static final String DELIGHT_PHASE = """
			    phase Delight {
			        customer-goal "Enjoy"
			        volume 60
			        touchpoint Newsletter { channel email }
			    }
			""";

	@Test
	void ga4InvalidEventNameIsRenamedToTheSuggestedSnakeCaseNameInTheFormulaToo() throws Exception {
		String model = CLEAN.replace("purchase_completed", "køb_gennemført");

		String fixed = applyFix(model, IssueCodes.GA4_NAME_INVALID_CHARACTERS, "Rename 'køb_gennemført' to 'koeb_gennemfoert'");

		Assertions.assertEquals(CLEAN.replace("purchase_completed", "koeb_gennemfoert"), fixed);
	}

	@Test
	void ga4ReservedPrefixIsDroppedFromThePropertyName() throws Exception {
		String model = variant("order_id: string required", "ga_order_id: string required");

		String fixed = applyFix(model, IssueCodes.GA4_RESERVED_PREFIX, "Rename 'ga_order_id' to 'order_id'");

		Assertions.assertEquals(CLEAN, fixed);
	}

	@Test
	void ga4ReservedEventNameGetsTheCustomSuffixInTheFormulaToo() throws Exception {
		String model = CLEAN.replace("product_viewed", "page_view");

		String fixed = applyFix(model, IssueCodes.GA4_RESERVED_EVENT_NAME, "Rename 'page_view' to 'page_view_custom'");

		Assertions.assertEquals(CLEAN.replace("product_viewed", "page_view_custom"), fixed);
	}

	@Test
	void kpiWithoutTargetGetsATargetLineAtTheBaseline() throws Exception {
		String model = variant("    target 5\n", "");

		String fixed = applyFix(model, IssueCodes.KPI_WITHOUT_TARGET, "Add a target to KPI Returns");

		Assertions.assertEquals(variant("    target 5\n    direction decrease\n    source Analytics\n",
				"    direction decrease\n    source Analytics\n    target 8\n"), fixed);
	}

	@Test
	void kpiWithoutBodyGetsABodyWithATarget() throws Exception {
		String model = variant("goal MoreSales", "kpi Visits \"Visits\"\ngoal MoreSales").replace("kpis Conversion, Returns",
				"kpis Conversion, Returns, Visits");

		String fixed = applyFix(model, IssueCodes.KPI_WITHOUT_TARGET, "Add a target to KPI Visits");

		assertTrue(fixed.contains("kpi Visits \"Visits\" {\n    target 0\n}\ngoal MoreSales"), fixed);
	}

	@Test
	void missingModelPhasesAreAddedAsStubsInModelOrder() throws Exception {
		String model = variant(INTEREST_PHASE, "").replace(DELIGHT_PHASE, "");

		String fixed = applyFix(model, IssueCodes.MODEL_PHASES_MISSING, "Add the missing funnel phases: Interest, Delight");

		String attractEnd = "fixes Noise }\n    }\n";
		String closeEnd = "value: number required } }\n    }\n";
		Assertions.assertEquals(model.replace(attractEnd, attractEnd.stripTrailing() + "\n    phase Interest {\n    }\n")
				.replace(closeEnd, closeEnd.stripTrailing() + "\n    phase Delight {\n    }\n"), fixed);
	}

	@Test
	void unusedKpiIsRemovedWithItsLines() throws Exception {
		String model = variant("kpis Conversion, Returns", "kpis Conversion");

		String fixed = applyFix(model, IssueCodes.UNUSED_KPI, "Remove the unused KPI Returns");

		Assertions.assertEquals(model.replace(RETURNS_KPI, ""), fixed);
	}

	@Test
	void unusedSegmentIsRemoved() throws Exception {
		String model = variant("source Analytics \"Web analytics\"", "segment Lurkers\nsource Analytics \"Web analytics\"");

		String fixed = applyFix(model, IssueCodes.UNUSED_SEGMENT, "Remove the unused segment Lurkers");

		Assertions.assertEquals(CLEAN, fixed);
	}

	@Test
	void unusedSourceIsRemoved() throws Exception {
		String model = variant("source Analytics \"Web analytics\" { kind analytics }\n",
				"source Analytics \"Web analytics\" { kind analytics }\nsource Interviews { kind interviews }\n");

		String fixed = applyFix(model, IssueCodes.UNUSED_SOURCE, "Remove the unused source Interviews");

		Assertions.assertEquals(CLEAN, fixed);
	}

	@Test
	void phaseOutOfModelOrderMovesBackWithItsComment() throws Exception {
		String commentedInterest = "    // where buyers compare offers\n" + INTEREST_PHASE;
		String model = CLEAN.replace(INTEREST_PHASE, "").replace("    phase Close {", commentedInterest + "    phase Close {");

		String fixed = applyFix(model, IssueCodes.PHASE_OUT_OF_MODEL_ORDER, "Reorder the phases to the funnel model's order");

		Assertions.assertEquals(CLEAN.replace(INTEREST_PHASE, commentedInterest), fixed);
	}

	@Test
	void phaseWithoutTouchpointGetsATouchpointStubAsItsLastLine() throws Exception {
		String newsletter = "        touchpoint Newsletter { channel email }\n";
		String model = variant(newsletter, "");

		String fixed = applyFix(model, IssueCodes.PHASE_WITHOUT_TOUCHPOINT, "Add a touchpoint to phase Delight");

		Assertions.assertEquals(variant(newsletter, "        touchpoint NewTouchpoint \"...\" { channel web }\n"), fixed);
	}

	@Test
	void touchpointStubTakesANameNoOtherTouchpointHas() throws Exception {
		String model = variant("touchpoint Newsletter { channel email }", "pain Bored").replace("touchpoint Site {",
				"touchpoint NewTouchpoint {");

		String fixed = applyFix(model, IssueCodes.PHASE_WITHOUT_TOUCHPOINT, "Add a touchpoint to phase Delight");

		assertTrue(fixed.contains("        pain Bored\n        touchpoint NewTouchpoint2 \"...\" { channel web }\n    }"), fixed);
	}

	@Test
	void phaseWithoutCustomerGoalGetsOneAsTheFirstLineOfItsBody() throws Exception {
		String enjoy = "        customer-goal \"Enjoy\"\n";
		String model = variant(enjoy, "");

		String fixed = applyFix(model, IssueCodes.PHASE_WITHOUT_CUSTOMER_GOAL, "Add a customer goal to phase Delight");

		Assertions.assertEquals(variant(enjoy, "        customer-goal \"...\"\n"), fixed);
	}

	@Test
	void phaseWithAOneLineBodyGetsTheCustomerGoalOnThatLine() throws Exception {
		String model = variant(DELIGHT_PHASE, "    phase Delight { volume 60 touchpoint Newsletter { channel email } }\n");

		String fixed = applyFix(model, IssueCodes.PHASE_WITHOUT_CUSTOMER_GOAL, "Add a customer goal to phase Delight");

		Assertions.assertEquals(variant(DELIGHT_PHASE,
				"    phase Delight { customer-goal \"...\" volume 60 touchpoint Newsletter { channel email } }\n"), fixed);
	}

	@Test
	void misspelledReferenceIsChangedToTheClosestVisibleName() throws Exception {
		String fixed = applyFix(variant("for Buyers, Browsers", "for Buyrs, Browsers"), IssueCodes.UNRESOLVED_REFERENCE,
				"Change to 'Buyers'");

		Assertions.assertEquals(CLEAN, fixed);
	}

	@Test
	void formulaEventNoTouchpointEmitsIsChangedToTheClosestEvent() throws Exception {
		String model = variant("count(purchase_completed) / count(product_viewed)",
				"count(purchase_complete) / count(product_viewed)");

		String fixed = applyFix(model, IssueCodes.UNKNOWN_EVENT, "Change to 'purchase_completed'");

		Assertions.assertEquals(CLEAN, fixed);
	}

	@Test
	void feelingOffTheScaleBecomesTheNearestEndOfTheScale() throws Exception {
		String fixed = applyFix(variant("feeling 1", "feeling 7"), IssueCodes.FEELING_OUT_OF_RANGE, "Change to 2");

		Assertions.assertEquals(variant("feeling 1", "feeling 2"), fixed);
	}

	@Test
	void experienceOffTheScaleBecomesTheNearestEndOfTheScale() throws Exception {
		String fixed = applyFix(variant("experience 2", "experience -9"), IssueCodes.EXPERIENCE_OUT_OF_RANGE,
				"Change to -2");

		Assertions.assertEquals(variant("experience 2", "experience -2"), fixed);
	}

	@Test
	void targetBelowTheBaselineDeclaresThatLowerIsBetter() throws Exception {
		String model = variant("target 2.0 by 2027-06-30", "target 1.0 by 2027-06-30");

		String fixed = applyFix(model, IssueCodes.TARGET_WRONG_SIDE_OF_BASELINE, "Declare 'direction decrease'");

		Assertions.assertEquals(variant("target 2.0 by 2027-06-30", "target 1.0 by 2027-06-30\n    direction decrease"), fixed);
	}

	@Test
	void targetAboveTheBaselineOfADecreasingKpiSwitchesItsDirection() throws Exception {
		String model = variant("target 5\n    direction decrease", "target 9\n    direction decrease");

		String fixed = applyFix(model, IssueCodes.TARGET_WRONG_SIDE_OF_BASELINE, "Declare 'direction increase'");

		Assertions.assertEquals(variant("target 5\n    direction decrease", "target 9\n    direction increase"), fixed);
	}

	@Test
	void issuesWithoutAFixGetNoCodeAction() throws Exception {
		String model = variant("share 30%", "share 45.5%");
		String uri = openModel("shop.journey", model);
		Diagnostic diagnostic = single(uri, IssueCodes.SEGMENT_SHARES_EXCEED_100);

		Assertions.assertEquals(List.of(), codeActions(uri, diagnostic));
	}

	/**
	 * Opens {@code model}, takes the one code action offered for its one {@code code} diagnostic,
	 * applies the edit as a client would and checks the diagnostic is gone; returns the new text.
	 */
	private String applyFix(String model, String code, String expectedTitle) throws Exception {
		String uri = openModel("shop.journey", model);
		Diagnostic diagnostic = single(uri, code);

		List<Either<Command, CodeAction>> actions = codeActions(uri, diagnostic);

		Assertions.assertEquals(1, actions.size(), actions.toString());
		CodeAction action = actions.get(0).getRight();
		Assertions.assertEquals(expectedTitle, action.getTitle());
		Assertions.assertEquals(CodeActionKind.QuickFix, action.getKind());
		String fixed = apply(model, action.getEdit().getChanges().get(uri));
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(fixed))));
		assertTrue(diagnosticsOf(uri).stream().noneMatch(d -> code.equals(d.getCode().getLeft())),
				() -> "still reported after the fix: " + diagnosticsOf(uri) + "\n" + fixed);
		return fixed;
	}

	private Diagnostic single(String uri, String code) {
		List<Diagnostic> matching = diagnosticsOf(uri).stream().filter(d -> code.equals(d.getCode().getLeft())).toList();
		Assertions.assertEquals(1, matching.size(), () -> "diagnostics: " + diagnosticsOf(uri));
		return matching.get(0);
	}

	private List<Either<Command, CodeAction>> codeActions(String uri, Diagnostic diagnostic) throws Exception {
		return languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)))).get();
	}

	/** Applies LSP text edits (non-overlapping, ranges in the original text) from the last to the first. */
	private static String apply(String text, List<TextEdit> edits) {
		List<TextEdit> lastFirst = new ArrayList<>(edits);
		lastFirst.sort(Comparator.comparing((TextEdit edit) -> offset(text, edit.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : lastFirst) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
		}
		return result.toString();
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
