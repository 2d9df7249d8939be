package org.journey.tests.lsp;

import static org.journey.tests.support.JourneyModels.CLEAN;
import org.junit.jupiter.api.Assertions;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

class LspDocumentSymbolTest extends LspTestBase {

	@Test
	void outlineNestsPhasesInTheJourneyAndTouchpointsPainsAndOpportunitiesInTheirPhase() throws Exception {
		String uri = openModel("shop.journey", CLEAN);

		List<Either<SymbolInformation, DocumentSymbol>> symbols = languageServer
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get();

		StringBuilder outline = new StringBuilder();
		symbols.forEach(symbol -> print(symbol.getRight(), "", outline));
		Assertions.assertEquals("""
				shop Package
				  Buyers Struct
				  Browsers Struct
				  Analytics File
				  Conversion Number
				  Returns Number
				  MoreSales Constant
				  Buying Module
				    Attract Class
				      Ad Interface
				        ad_clicked Method
				          campaign Field
				      Noise Event
				      Calm Function
				    Interest Class
				      Search Interface
				    Convert Class
				      Site Interface
				        product_viewed Method
				          product_id Field
				    Close Class
				      Checkout Interface
				        purchase_completed Method
				          order_id Field
				          value Field
				    Delight Class
				      Newsletter Interface
				  CalmAds Object
				""", outline.toString());
	}

	private static void print(DocumentSymbol symbol, String indent, StringBuilder out) {
		out.append(indent).append(symbol.getName()).append(' ').append(symbol.getKind()).append('\n');
		if (symbol.getChildren() != null) {
			symbol.getChildren().forEach(child -> print(child, indent + "  ", out));
		}
	}
}
