package org.journey.tests.lsp;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;
import org.junit.jupiter.api.Assertions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

	private static final List<String> SEGMENT_FIXES = List.of("Add segment Lurkers to the 'for' list of journey Buying",
			"Remove segment Lurkers from what touchpoint Search serves");

	/** The file the last fix was applied to. */
	private String fixedUri;

	private static final String RETURNS_KPI = """
			kpi Returns "Return rate" {
			    unit percent
			    baseline 8
			    target 5
			    direction decrease
			    source Analytics
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
	void ga4ReservedParameterNameGetsTheCustomSuffix() throws Exception {
		String model = variant("order_id: string required", "customer_id: string required");

		String fixed = applyFix(model, IssueCodes.GA4_RESERVED_PARAMETER_NAME, "Rename 'customer_id' to 'customer_id_custom'");

		Assertions.assertEquals(variant("order_id: string required", "customer_id_custom: string required"), fixed);
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

		String fixed = applyFix(model, IssueCodes.MODEL_PHASES_MISSING, "Add the missing funnel phases: Interest, Delight (stubs: fill in the customer goals)");

		String attractEnd = "fixes Noise }\n    }\n";
		String closeEnd = "value: number required } }\n    }\n";
		Assertions.assertEquals(model
				.replace(attractEnd, attractEnd.stripTrailing() + "\n    phase Interest {\n        customer-goal \"...\"\n"
						+ "        touchpoint SearchEngine \"Search engine\" { channel search }\n    }\n")
				.replace(closeEnd, closeEnd.stripTrailing() + "\n    phase Delight {\n        customer-goal \"...\"\n"
						+ "        touchpoint CustomerService \"Customer service\" { channel phone }\n    }\n"), fixed);
		// the stubs have what the phase checks ask for: a customer goal and a (typical) touchpoint
		Assertions.assertEquals(List.of(), diagnosticCodes());
	}

	@Test
	void missingPhaseStubsOfAJourneyInAnotherLanguageCarryThePhaseNameInThatLanguage() throws Exception {
		String model = variant(DELIGHT_PHASE, "").replace("model funnel", "model funnel\n    language da");

		String fixed = applyFix(model, IssueCodes.MODEL_PHASES_MISSING,
				"Add the missing funnel phases: Delight (stubs: fill in the customer goals)");

		assertTrue(fixed.contains("    phase Delight \"Begejstring\" {\n        customer-goal \"...\"\n"), fixed);
	}

	@Test
	void goalWithoutKpiIsOfferedTheKpisNoGoalNamesFirst() throws Exception {
		String model = variant("kpis Conversion, Returns }", "kpis Conversion }\ngoal Loyalty \"Loyal customers\"");

		String fixed = applyChosenFix(model, IssueCodes.GOAL_WITHOUT_KPI,
				List.of("Measure goal Loyalty with KPI Returns", "Measure goal Loyalty with KPI Conversion"),
				"Measure goal Loyalty with KPI Returns");

		Assertions.assertEquals(model.replace("goal Loyalty \"Loyal customers\"", "goal Loyalty \"Loyal customers\" {\n    kpis Returns\n}"),
				fixed);
	}

	@Test
	void goalWithoutKpiIsOfferedTheKpisOfAnImportedLibraryByTheNameTheImportAllows() throws Exception {
		String library = "package lib\n\nkpi Visits \"Visits\" { target 100 source Logs }\nsource Logs \"Server logs\"\n";
		String model = "package shop\nimport lib.*\n\ngoal MoreSales \"More new sales\" { kind new-sales }\n";
		String uri = openModels(Map.of("lib.journey", library, "shop.journey", model)).get("shop.journey");

		String fixed = applyTo(uri, model, IssueCodes.GOAL_WITHOUT_KPI, single(uri, IssueCodes.GOAL_WITHOUT_KPI),
				List.of("Measure goal MoreSales with KPI Visits"), "Measure goal MoreSales with KPI Visits");

		Assertions.assertEquals(model.replace("{ kind new-sales }", "{ kind new-sales kpis Visits }"), fixed);
	}

	@Test
	void goalWithoutKpiInAFileWithoutKpisGetsANewKpiStubThatSaysWhatItStillNeeds() throws Exception {
		String model = "package shop\n\ngoal MoreSales \"More new sales\" { kind new-sales }\n";

		String fixed = applyFix(model, IssueCodes.GOAL_WITHOUT_KPI,
				"Measure goal MoreSales with a new KPI MoreSalesKpi (a stub: give it a target and a measure)");

		Assertions.assertEquals("package shop\n\nkpi MoreSalesKpi \"...\"\ngoal MoreSales \"More new sales\" { kind new-sales kpis MoreSalesKpi }\n",
				fixed);
		// what is left to supply, each with a quick fix of its own
		Assertions.assertEquals(List.of(IssueCodes.KPI_NOT_MEASURED, IssueCodes.KPI_WITHOUT_TARGET), diagnosticCodes());
	}

	@Test
	void kpiNotMeasuredIsMeasuredWithASourceOfTheFile() throws Exception {
		String model = variant("    direction decrease\n    source Analytics\n", "    direction decrease\n");

		String fixed = applyFix(model, IssueCodes.KPI_NOT_MEASURED, "Measure KPI Returns with source Analytics");

		Assertions.assertEquals(CLEAN, fixed);
	}

	@Test
	void kpiNotMeasuredInAFileWithoutSourcesGetsANewSourceStub() throws Exception {
		String model = "package shop\n\nkpi Visits \"Visits\" {\n    target 100\n}\ngoal More \"More\" { kpis Visits }\n";

		String fixed = applyFix(model, IssueCodes.KPI_NOT_MEASURED,
				"Measure KPI Visits with a new source VisitsSource (a stub: describe it)");

		Assertions.assertEquals("package shop\n\nsource VisitsSource \"...\"\nkpi Visits \"Visits\" {\n    target 100\n"
				+ "    source VisitsSource\n}\ngoal More \"More\" { kpis Visits }\n", fixed);
		Assertions.assertEquals(List.of(), diagnosticCodes());
	}

	@Test
	void painWithoutEvidenceCitesASourceOfTheFile() throws Exception {
		String model = variant("pain Noise \"Too many ads\" { severity medium evidence Analytics }", "pain Noise \"Too many ads\"");

		String fixed = applyFix(model, IssueCodes.PAIN_WITHOUT_EVIDENCE, "Cite source Analytics as evidence of pain Noise");

		Assertions.assertEquals(variant("pain Noise \"Too many ads\" { severity medium evidence Analytics }",
				"pain Noise \"Too many ads\" {\n            evidence Analytics\n        }"), fixed);
	}

	@Test
	void painWithoutEvidenceInAFileWithoutSourcesGetsANewSourceStubBeforeItsJourney() throws Exception {
		String model = """
				package shop

				segment Buyers { share 60% }

				journey Buying {
				    for Buyers
				    phase Look {
				        customer-goal "Look around"
				        touchpoint Site { channel web }
				        pain Slow { severity high }
				    }
				}
				""";

		String fixed = applyFix(model, IssueCodes.PAIN_WITHOUT_EVIDENCE,
				"Cite a new source SlowEvidence (a stub: describe it) as evidence of pain Slow");

		Assertions.assertEquals(model.replace("{ share 60% }\n", "{ share 60% }\nsource SlowEvidence \"...\"\n")
				.replace("{ severity high }", "{ severity high evidence SlowEvidence }"), fixed);
	}

	@Test
	void segmentATouchpointServesIsAddedToTheJourney() throws Exception {
		String model = variant("source Analytics \"Web", "segment Lurkers \"Lurkers\"\nsource Analytics \"Web")
				.replace("serves Buyers, Browsers", "serves Buyers, Browsers, Lurkers");

		String fixed = applyChosenFix(model, IssueCodes.TOUCHPOINT_SEGMENT_NOT_IN_JOURNEY, SEGMENT_FIXES,
				"Add segment Lurkers to the 'for' list of journey Buying");

		Assertions.assertEquals(model.replace("for Buyers, Browsers", "for Buyers, Browsers, Lurkers"), fixed);
	}

	@Test
	void segmentATouchpointServesIsRemovedFromTheTouchpoint() throws Exception {
		String model = variant("source Analytics \"Web", "segment Lurkers \"Lurkers\"\nsource Analytics \"Web")
				.replace("serves Buyers, Browsers", "serves Buyers, Lurkers, Browsers");

		String fixed = applyChosenFix(model, IssueCodes.TOUCHPOINT_SEGMENT_NOT_IN_JOURNEY, SEGMENT_FIXES,
				"Remove segment Lurkers from what touchpoint Search serves");

		Assertions.assertEquals(model.replace("serves Buyers, Lurkers, Browsers", "serves Buyers, Browsers"), fixed);
	}

	@Test
	void theOnlySegmentATouchpointServesIsRemovedWithItsKeyword() throws Exception {
		String model = variant("source Analytics \"Web", "segment Lurkers \"Lurkers\"\nsource Analytics \"Web")
				.replace("serves Buyers, Browsers", "serves Lurkers");

		String fixed = applyChosenFix(model, IssueCodes.TOUCHPOINT_SEGMENT_NOT_IN_JOURNEY, SEGMENT_FIXES,
				"Remove segment Lurkers from what touchpoint Search serves");

		Assertions.assertEquals(model.replace("{ channel search serves Lurkers }", "{ channel search }"), fixed);
	}

	@Test
	void duplicateNameIsRenamedToANameTheFileDoesNotHave() throws Exception {
		String model = variant("segment Browsers \"Browsers\" { share 30% }",
				"segment Browsers \"Browsers\" { share 30% }\nsegment Browsers \"Window shoppers\"");
		String uri = openModel("shop.journey", model);
		List<Diagnostic> duplicates = diagnosticsOf(uri).stream()
				.filter(d -> IssueCodes.DUPLICATE_NAME.equals(d.getCode().getLeft())).toList();
		Assertions.assertEquals(2, duplicates.size(), () -> "diagnostics: " + diagnosticsOf(uri));

		String fixed = applyTo(uri, model, IssueCodes.DUPLICATE_NAME, duplicates.get(1),
				List.of("Rename this segment to 'Browsers2'"), "Rename this segment to 'Browsers2'");

		Assertions.assertEquals(model.replace("segment Browsers \"Window shoppers\"", "segment Browsers2 \"Window shoppers\""),
				fixed);
	}

	@Test
	void propertyNamedEventIsRenamedToTheSuggestedNameTheDataLayerLeavesFree() throws Exception {
		String model = variant("{ campaign: string required }", "{ campaign: string required, event: string }");

		String fixed = applyFix(model, IssueCodes.DATALAYER_RESERVED_PROPERTY, "Rename 'event' to 'event_type'");

		Assertions.assertEquals(variant("{ campaign: string required }", "{ campaign: string required, event_type: string }"),
				fixed);
	}

	@Test
	void percentageAboveAHundredBecomesAHundred() throws Exception {
		String fixed = applyFix(variant("baseline 8", "baseline 180"), IssueCodes.PERCENT_OUT_OF_RANGE, "Change to 100");

		Assertions.assertEquals(variant("baseline 8", "baseline 100"), fixed);
	}

	@Test
	void negativeShareBecomesZero() throws Exception {
		String fixed = applyFix(variant("share 30%", "share -5%"), IssueCodes.PERCENT_OUT_OF_RANGE, "Change to 0");

		Assertions.assertEquals(variant("share 30%", "share 0%"), fixed);
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

	/** A library in another package, and a journey file that uses its segment without importing it. */
	private static final String LIBRARY = "package lib.shared\n\nsegment Families \"Families\"\n";

	private static final String JOURNEY_FOR_FAMILIES = "journey Visits {\n    for Families\n}\n";

	@Test
	void nameDeclaredInAPackageNotImportedGetsTheImportAfterThePackageLine() throws Exception {
		String model = "package shop\n\n" + JOURNEY_FOR_FAMILIES;
		String uri = openModels(Map.of("lib.journey", LIBRARY, "shop.journey", model)).get("shop.journey");

		String fixed = applyTo(uri, model, IssueCodes.UNRESOLVED_REFERENCE, single(uri, IssueCodes.UNRESOLVED_REFERENCE),
				List.of("Add 'import lib.shared.*'"), "Add 'import lib.shared.*'");

		Assertions.assertEquals("package shop\n\nimport lib.shared.*\n\n" + JOURNEY_FOR_FAMILIES, fixed);
	}

	@Test
	void nameDeclaredInAPackageNotImportedGetsTheImportAfterTheLastImport() throws Exception {
		String model = "package shop\nimport other.*\n\n" + JOURNEY_FOR_FAMILIES;
		String other = "package other\n\nsource Logs\n";
		String uri = openModels(Map.of("lib.journey", LIBRARY, "other.journey", other, "shop.journey", model))
				.get("shop.journey");

		String fixed = applyTo(uri, model, IssueCodes.UNRESOLVED_REFERENCE, single(uri, IssueCodes.UNRESOLVED_REFERENCE),
				List.of("Add 'import lib.shared.*'"), "Add 'import lib.shared.*'");

		Assertions.assertEquals("package shop\nimport other.*\nimport lib.shared.*\n\n" + JOURNEY_FOR_FAMILIES, fixed);
	}

	@Test
	void nameInAFileWithoutPackageGetsTheImportAsItsFirstLine() throws Exception {
		String uri = openModels(Map.of("lib.journey", LIBRARY, "shop.journey", JOURNEY_FOR_FAMILIES)).get("shop.journey");

		String fixed = applyTo(uri, JOURNEY_FOR_FAMILIES, IssueCodes.UNRESOLVED_REFERENCE,
				single(uri, IssueCodes.UNRESOLVED_REFERENCE), List.of("Add 'import lib.shared.*'"), "Add 'import lib.shared.*'");

		Assertions.assertEquals("import lib.shared.*\n\n" + JOURNEY_FOR_FAMILIES, fixed);
	}

	@Test
	void importOfAMisspeltPackageIsChangedToTheClosestPackage() throws Exception {
		String model = "package shop\nimport lib.sharde.*\n\n" + JOURNEY_FOR_FAMILIES;
		String uri = openModels(Map.of("lib.journey", LIBRARY, "shop.journey", model)).get("shop.journey");

		String fixed = applyTo(uri, model, IssueCodes.IMPORT_UNRESOLVED, single(uri, IssueCodes.IMPORT_UNRESOLVED),
				List.of("Change to 'import lib.shared.*'"), "Change to 'import lib.shared.*'");

		Assertions.assertEquals(model.replace("lib.sharde.*", "lib.shared.*"), fixed);
		// and with the import right, the segment resolves too
		Assertions.assertTrue(diagnosticsOf(uri).stream()
				.noneMatch(d -> IssueCodes.UNRESOLVED_REFERENCE.equals(d.getCode().getLeft())), () -> diagnosticsOf(uri).toString());
	}

	@Test
	void formulaEventNoTouchpointEmitsIsChangedToTheClosestEvent() throws Exception {
		String model = variant("count(purchase_completed) / count(product_viewed)",
				"count(purchase_complete) / count(product_viewed)");

		String fixed = applyFix(model, IssueCodes.UNKNOWN_EVENT, "Change to 'purchase_completed'");

		Assertions.assertEquals(CLEAN, fixed);
	}

	@Test
	void aWrongChannelBecomesTheSuggestedOne() throws Exception {
		String fixed = applyFix(variant("channel social", "channel facebook"), IssueCodes.INVALID_KEYWORD_VALUE, "Change to 'social'");

		Assertions.assertEquals(CLEAN, fixed);
	}

	@Test
	void aMisspeltKeywordBecomesTheKeyword() throws Exception {
		String fixed = applyFix(variant("touchpoint Search", "touchpiont Search"), IssueCodes.KEYWORD_TYPO, "Change to 'touchpoint'");

		Assertions.assertEquals(CLEAN, fixed);
	}

	@Test
	void aDecimalCommaBecomesAPoint() throws Exception {
		String fixed = applyFix(variant("baseline 1.2", "baseline 1,2"), IssueCodes.DECIMAL_COMMA, "Write 1.2");

		Assertions.assertEquals(CLEAN, fixed);
	}

	@Test
	void aTextWithoutItsClosingQuoteIsClosed() throws Exception {
		String fixed = applyFix(variant("customer-goal \"Compare\"", "customer-goal \"Compare"), IssueCodes.MISSING_QUOTE,
				"Add the closing quote");

		Assertions.assertEquals(CLEAN, fixed);
	}

	@Test
	void aMissingCommaBetweenEventPropertiesIsAdded() throws Exception {
		String fixed = applyFix(variant("required, value", "required value"), IssueCodes.MISSING_COMMA, "Add the missing ','");

		Assertions.assertEquals(CLEAN, fixed);
	}

	@Test
	void aMissingOpeningBraceIsAdded() throws Exception {
		String fixed = applyFix(variant("touchpoint Site { channel web", "touchpoint Site channel web"),
				IssueCodes.MISSING_OPENING_BRACE, "Add the missing '{'");

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
		return applyChosenFix(model, code, List.of(expectedTitle), expectedTitle);
	}

	/** As {@link #applyFix}, for a diagnostic with several fixes: the titles offered, in order, and the one chosen. */
	private String applyChosenFix(String model, String code, List<String> offeredTitles, String chosenTitle) throws Exception {
		String uri = openModel("shop.journey", model);
		return applyTo(uri, model, code, single(uri, code), offeredTitles, chosenTitle);
	}

	private String applyTo(String uri, String model, String code, Diagnostic diagnostic, List<String> offeredTitles,
			String chosenTitle) throws Exception {
		List<Either<Command, CodeAction>> actions = codeActions(uri, diagnostic);

		Assertions.assertEquals(offeredTitles, actions.stream().map(action -> action.getRight().getTitle()).toList());
		CodeAction action = actions.get(offeredTitles.indexOf(chosenTitle)).getRight();
		Assertions.assertEquals(CodeActionKind.QuickFix, action.getKind());
		String fixed = apply(model, action.getEdit().getChanges().get(uri));
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(fixed))));
		assertTrue(diagnosticsOf(uri).stream().noneMatch(d -> code.equals(d.getCode().getLeft())),
				() -> "still reported after the fix: " + diagnosticsOf(uri) + "\n" + fixed);
		fixedUri = uri;
		return fixed;
	}

	/** The codes of the diagnostics of the file the last fix was applied to, sorted. */
	private List<String> diagnosticCodes() {
		return diagnosticsOf(fixedUri).stream().map(d -> d.getCode().getLeft()).sorted().toList();
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
