package org.journey.tests.lsp;

import static org.journey.tests.support.JourneyModels.CLEAN;

import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Xtext's default folding already folds every element that spans lines, the { } bodies of this
 * grammar included, so Journey needs no folding service of its own.
 */
class LspFoldingTest extends LspTestBase {

	@Test
	void everyBodyOverSeveralLinesFoldsFromItsFirstLineAndOneLineBodiesDoNot() throws Exception {
		String uri = openModel("shop.journey", CLEAN);

		List<? extends FoldingRange> ranges = languageServer.foldingRange(new FoldingRangeRequestParams(
				new TextDocumentIdentifier(uri))).get();

		List<String> folded = ranges.stream().sorted(Comparator.comparingInt(FoldingRange::getStartLine))
				.map(range -> firstLine(range.getStartLine()) + " .. " + range.getEndLine()).toList();
		// each fold ends on the line of its closing brace; one-line segments, goals and touchpoints do not fold
		Assertions.assertEquals(List.of(
				"kpi Conversion \"Visit-to-purchase conversion\" { .. 11",
				"kpi Returns \"Return rate\" { .. 18",
				"journey Buying \"Buying online\" { .. 55",
				"phase Attract { .. 32",
				"phase Interest { .. 37",
				"phase Convert { .. 42",
				"phase Close { .. 49",
				"phase Delight { .. 54",
				"initiative CalmAds \"Calmer ads\" { .. 62"), folded);
		Assertions.assertEquals("}", firstLine(11));
	}

	private static String firstLine(int line) {
		return CLEAN.lines().skip(line).findFirst().orElseThrow().strip();
	}
}
