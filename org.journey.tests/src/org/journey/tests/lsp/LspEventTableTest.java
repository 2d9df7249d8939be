package org.journey.tests.lsp;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The events of the workspace are one table shared by the files of one index state: when a file
 * renames an event, the formulas of another file relink against the new names, not a stale table.
 */
class LspEventTableTest extends LspTestBase {

	/** A KPI whose formula names events emitted by the journey in the other file. */
	private static final String KPIS = """
			package metrics

			kpi Conversion {
			    unit percent
			    formula count(order_placed) / count(shop_visited)
			}
			""";

	private static final String SHOP = """
			package shop

			journey Buying {
			    phase Visit {
			        customer-goal "Look around"
			        touchpoint Web { channel web event shop_visited }
			    }
			    phase Order {
			        customer-goal "Order"
			        touchpoint Checkout { channel web event order_placed }
			    }
			}
			""";

	@Test
	void renamingAnEventInOneFileRelinksTheFormulasOfAnother() {
		Map<String, String> uris = openModels(Map.of("kpis.journey", KPIS, "shop.journey", SHOP));
		Assertions.assertEquals(List.of(), unresolved(uris.get("kpis.journey")), "both events resolve at first");

		change(uris.get("shop.journey"), SHOP.replace("event order_placed", "event purchase_made"));

		Assertions.assertEquals(List.of("order_placed"), unresolved(uris.get("kpis.journey")));

		change(uris.get("kpis.journey"), KPIS.replace("count(order_placed)", "count(purchase_made)"));

		Assertions.assertEquals(List.of(), unresolved(uris.get("kpis.journey")), "the formula finds the renamed event");

		change(uris.get("shop.journey"), SHOP.replace("event shop_visited", "event page_viewed")
				.replace("event order_placed", "event purchase_made"));

		Assertions.assertEquals(List.of("shop_visited"), unresolved(uris.get("kpis.journey")));
	}

	private int version = 1;

	private void change(String uri, String text) {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** The event names the file's diagnostics say are not found, in order. */
	private List<String> unresolved(String uri) {
		return diagnosticsOf(uri).stream().map(diagnostic -> diagnostic.getMessage().getLeft())
				.filter(message -> message.contains("order_placed") || message.contains("shop_visited")
						|| message.contains("purchase_made"))
				.map(message -> message.contains("order_placed") ? "order_placed"
						: message.contains("shop_visited") ? "shop_visited" : "purchase_made")
				.toList();
	}
}
