package org.journey.tests.lsp;

import static org.journey.tests.support.JourneyModels.EVENTS_KPIS;
import static org.journey.tests.support.JourneyModels.EVENTS_SHOP;

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


	@Test
	void renamingAnEventInOneFileRelinksTheFormulasOfAnother() {
		Map<String, String> uris = openModels(Map.of("kpis.journey", EVENTS_KPIS, "shop.journey", EVENTS_SHOP));
		Assertions.assertEquals(List.of(), unresolved(uris.get("kpis.journey")), "both events resolve at first");

		change(uris.get("shop.journey"), EVENTS_SHOP.replace("event order_placed", "event purchase_made"));

		Assertions.assertEquals(List.of("order_placed"), unresolved(uris.get("kpis.journey")));

		change(uris.get("kpis.journey"), EVENTS_KPIS.replace("count(order_placed)", "count(purchase_made)"));

		Assertions.assertEquals(List.of(), unresolved(uris.get("kpis.journey")), "the formula finds the renamed event");

		change(uris.get("shop.journey"), EVENTS_SHOP.replace("event shop_visited", "event page_viewed")
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
