package org.journey.tests.lsp;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;
import org.junit.jupiter.api.Assertions;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

class LspHoverTest extends LspTestBase {

	@Test
	void kpiShowsUnitProgressDirectionAndFormula() throws Exception {
		String hover = hoverText(CLEAN, "kpi Conversion", "kpi ".length());

		Assertions.assertEquals("""
				**KPI** `Conversion` — Visit-to-purchase conversion
				- Unit: percent
				- Baseline → target: 1.2 → 2.0 by 2027-06-30
				- Direction: increase (higher is better)
				- Measured by: `count(purchase_completed) / count(product_viewed)`
				""", hover);
	}

	@Test
	void kpiReferenceShowsTheKpiMeasuredFromItsSources() throws Exception {
		String hover = hoverText(CLEAN, "kpis Conversion, Returns", "kpis Conversion, ".length());

		Assertions.assertEquals("""
				**KPI** `Returns` — Return rate
				- Unit: percent
				- Baseline → target: 8 → 5
				- Direction: decrease (lower is better)
				- Measured from: Web analytics
				""", hover);
	}

	@Test
	void phaseShowsCustomerGoalFeelingVolumeAndTouchpoints() throws Exception {
		String hover = hoverText(CLEAN, "phase Attract", "phase ".length());

		Assertions.assertEquals("""
				**Phase** `Attract`

				Customer goal: Get inspired
				- Feeling: +1
				- Volume: 1,000 customers

				**Touchpoints**
				- `Ad` (social)
				""", hover);
	}

	@Test
	void eventInAFormulaShowsWhereItIsEmittedAndItsProperties() throws Exception {
		String hover = hoverText(CLEAN, "count(purchase_completed)", "count(".length());

		Assertions.assertEquals("""
				**Event** `purchase_completed`
				- Emitted by: touchpoint Checkout in phase Close

				**Properties**
				- `order_id`: string, required
				- `value`: number, required
				""", hover);
	}

	@Test
	void segmentShowsShareAndNeeds() throws Exception {
		String model = variant("segment Buyers \"Online buyers\" { share 60% }",
				"segment Buyers \"Online buyers\" { share 60% needs \"Fair prices\", \"Fast delivery\" }");

		String hover = hoverText(model, "for Buyers", "for ".length());

		Assertions.assertEquals("""
				**Segment** `Buyers` — Online buyers
				- Share: 60 % of customers
				- Needs: Fair prices, Fast delivery
				""", hover);
	}

	@Test
	void keywordsHaveNoHover() throws Exception {
		String uri = openModel("shop.journey", CLEAN);

		Hover hover = languageServer.hover(new HoverParams(new TextDocumentIdentifier(uri),
				positionOf(CLEAN, "customer-goal \"Get inspired\"", 2))).get();

		Assertions.assertEquals("", textOf(hover));
	}

	private String hoverText(String model, String marker, int shift) throws Exception {
		String uri = openModel("shop.journey", model);
		Hover hover = languageServer.hover(new HoverParams(new TextDocumentIdentifier(uri), positionOf(model, marker, shift))).get();
		Assertions.assertEquals(MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
		return textOf(hover);
	}

	/** The hover's text; "" for Xtext's empty hover (no contents at all). */
	private static String textOf(Hover hover) {
		if (hover.getContents().isLeft()) {
			return String.join("", hover.getContents().getLeft().stream().map(part -> part.isLeft() ? part.getLeft() : part.getRight().getValue()).toList());
		}
		return hover.getContents().getRight().getValue();
	}
}
