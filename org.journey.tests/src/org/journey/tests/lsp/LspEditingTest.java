package org.journey.tests.lsp;

import static org.journey.tests.lsp.LspNavigationTest.LIBRARY;
import static org.journey.tests.lsp.LspNavigationTest.SHOP;
import static org.journey.tests.lsp.LspNavigationTest.nameRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Formatting, rename across files and workspace symbols: Xtext's services on Journey models. */
class LspEditingTest extends LspTestBase {

	@Test
	void formattingTheWholeDocumentGivesTheCanonicalLayout() throws Exception {
		String messy = """
				package shop
				segment Buyers { share 60 % }
				journey Buying { for Buyers   model funnel
				phase Attract { customer-goal "Get inspired" touchpoint Ad { channel social } } }
				""";
		String uri = openModel("shop.journey", messy);
		// what VS Code sends for a file indented with four spaces
		FormattingOptions options = new FormattingOptions(4, true);

		List<? extends TextEdit> edits = languageServer.formatting(
				new DocumentFormattingParams(new TextDocumentIdentifier(uri), options)).get();

		Assertions.assertEquals("""
				package shop

				segment Buyers {
				    share 60%
				}

				journey Buying {
				    for Buyers
				    model funnel

				    phase Attract {
				        customer-goal "Get inspired"

				        touchpoint Ad {
				            channel social
				        }
				    }
				}
				""", apply(messy, edits));
	}

	@Test
	void formattingARangeLeavesTheRestOfTheDocumentAsItIs() throws Exception {
		String journey = "journey Buying { for Buyers phase Attract { customer-goal \"Get inspired\" } }\n";
		String messy = "package shop\n\nsegment Buyers { share 60 % }\n\n" + journey;
		String uri = openModel("shop.journey", messy);
		Range segmentLine = new Range(new Position(2, 0), new Position(2, "segment Buyers { share 60 % }".length()));

		List<? extends TextEdit> edits = languageServer.rangeFormatting(new DocumentRangeFormattingParams(
				new TextDocumentIdentifier(uri), new FormattingOptions(4, true), segmentLine)).get();

		Assertions.assertEquals("package shop\n\nsegment Buyers {\n    share 60%\n}\n\n" + journey, apply(messy, edits));
	}

	@Test
	void prepareRenameOffersTheSegmentName() throws Exception {
		Map<String, String> uris = openModels(Map.of("lib.journey", LIBRARY, "shop.journey", SHOP));

		Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepared = languageServer.prepareRename(
				new PrepareRenameParams(new TextDocumentIdentifier(uris.get("lib.journey")),
						positionOf(LIBRARY, "segment Buyers", "segment B".length()))).get();

		Range expected = nameRange(LIBRARY, "segment Buyers", "Buyers");
		Range offered = prepared.isFirst() ? prepared.getFirst() : prepared.getSecond().getRange();
		Assertions.assertEquals(expected, offered);
	}

	@Test
	void renamingASegmentInTheLibraryUpdatesTheJourneyInTheOtherFile() throws Exception {
		Map<String, String> uris = openModels(Map.of("lib.journey", LIBRARY, "shop.journey", SHOP));

		WorkspaceEdit edit = languageServer.rename(new RenameParams(new TextDocumentIdentifier(uris.get("lib.journey")),
				positionOf(LIBRARY, "segment Buyers", "segment ".length()), "Customers")).get();

		Map<String, List<TextEdit>> edits = editsByUri(edit);
		Assertions.assertEquals(LIBRARY.replace("Buyers", "Customers"), apply(LIBRARY, edits.get(uris.get("lib.journey"))));
		Assertions.assertEquals(SHOP.replace("Buyers", "Customers"), apply(SHOP, edits.get(uris.get("shop.journey"))));
	}

	@Test
	void workspaceSymbolsFindElementsOfEveryFileByTheirQualifiedName() throws Exception {
		openModels(Map.of("lib.journey", LIBRARY, "shop.journey", SHOP));

		Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>> symbols = languageServer
				.symbol(new WorkspaceSymbolParams("Buy")).get();

		List<String> names = symbols.isLeft() ? symbols.getLeft().stream().map(SymbolInformation::getName).sorted().toList()
				: symbols.getRight().stream().map(WorkspaceSymbol::getName).sorted().toList();
		// the query matches anywhere in the qualified name: a journey's phases and touchpoints come with it
		Assertions.assertEquals(List.of("lib.Buyers", "shop.Buying", "shop.Buying.Attract", "shop.Buying.Attract.Ad"), names);
	}

	/** The edits per document, whether the server sent plain changes or versioned document changes. */
	private static Map<String, List<TextEdit>> editsByUri(WorkspaceEdit edit) {
		Map<String, List<TextEdit>> edits = new HashMap<>();
		if (edit.getChanges() != null) {
			edits.putAll(edit.getChanges());
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().forEach(change -> edits.computeIfAbsent(change.getLeft().getTextDocument().getUri(),
					uri -> new ArrayList<>()).addAll(change.getLeft().getEdits().stream().map(Either::getLeft).toList()));
		}
		return edits;
	}

	/** Applies LSP text edits (non-overlapping, ranges in the original text) from the last to the first. */
	static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> lastFirst = new ArrayList<>(edits);
		lastFirst.sort(Comparator.comparing((TextEdit edit) -> offset(text, edit.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : lastFirst) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
		}
		return result.toString();
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
