package org.journey.tests.lsp;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;

import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The summary lines above phases and KPIs. */
class LspCodeLensTest extends LspTestBase {

	@Test
	void everyKpiAndPhaseGetsItsSummaryOnItsName() throws Exception {
		String model = variant("volume 1000", "volume 42000");

		List<String> lenses = lenses(model);

		Assertions.assertEquals(List.of(
				"Conversion: baseline 1.2 → target 2.0 by 2027-06-30 · measured by formula",
				"Returns: baseline 8 → target 5 · measured from Web analytics",
				"Attract: 1 touchpoint · volume 42,000",
				"Interest: 1 touchpoint · volume 500 · 1.2 % from previous",
				"Convert: 1 touchpoint · volume 200 · 40 % from previous",
				"Close: 1 touchpoint · volume 50 · 25 % from previous",
				"Delight: 1 touchpoint · volume 60 · 120 % from previous"), lenses);
	}

	@Test
	void phaseWithoutVolumeIsSkippedWhenTheNextPhaseComparesWithThePreviousVolume() throws Exception {
		String model = variant("        volume 500\n", "").replace("touchpoint Site {", "touchpoint Store { channel store }\n        touchpoint Site {");

		List<String> lenses = lenses(model);

		Assertions.assertEquals("Interest: 1 touchpoint", lenses.get(3));
		Assertions.assertEquals("Convert: 2 touchpoints · volume 200 · 20 % from previous", lenses.get(4));
	}

	@Test
	void aDanishJourneysPhaseFiguresAreWrittenAsDanishWritesNumbers() throws Exception {
		String model = variant("volume 1000", "volume 42000").replace("model funnel", "model funnel\n    language da");

		List<String> lenses = lenses(model);

		Assertions.assertEquals("Attract: 1 touchpoint · volume 42.000", lenses.get(2));
		Assertions.assertEquals("Interest: 1 touchpoint · volume 500 · 1,2 % from previous", lenses.get(3));
		// a KPI's figures stay as the model writes them: it belongs to no one journey
		Assertions.assertEquals("Conversion: baseline 1.2 → target 2.0 by 2027-06-30 · measured by formula", lenses.get(0));
	}

	@Test
	void kpiWithoutTargetOrMeasurementSaysSo() throws Exception {
		String model = variant("    target 5\n", "").replace("    source Analytics\n", "");

		List<String> lenses = lenses(model);

		Assertions.assertEquals("Returns: baseline 8 · no target · not measured", lenses.get(1));
	}

	/** Each lens as the name it stands on, a colon and its title, in the file's order. */
	private List<String> lenses(String model) throws Exception {
		String uri = openModel("shop.journey", model);
		List<? extends CodeLens> lenses = languageServer.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))).get();
		return lenses.stream()
				.sorted((a, b) -> Integer.compare(LspEditingTest.offset(model, a.getRange().getStart()),
						LspEditingTest.offset(model, b.getRange().getStart())))
				.map(lens -> model.substring(LspEditingTest.offset(model, lens.getRange().getStart()),
						LspEditingTest.offset(model, lens.getRange().getEnd())) + ": " + lens.getCommand().getTitle())
				.toList();
	}
}
