package org.journey.tests.lsp;

import static org.journey.tests.support.JourneyModels.variant;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class LspCompletionTest extends LspTestBase {

	private static final String NEW_PHASE = "    phase \n";

	@Test
	void newPhaseAfterAttractIsOfferedTheMissingModelPhasesInterestFirst() throws Exception {
		String model = variant(INTEREST_PHASE, NEW_PHASE).replace(DELIGHT_PHASE, "");

		List<CompletionItem> items = complete(model, NEW_PHASE, NEW_PHASE.length() - 1);

		Assertions.assertEquals(List.of("Interest", "Delight"), items.stream().limit(2).map(CompletionItem::getLabel).toList());
		Assertions.assertEquals("2. phase of funnel: Interest", items.get(0).getDetail());
	}

	@Test
	void newPhaseAfterCloseIsOfferedDelightFirstThenTheEarlierGap() throws Exception {
		String closeEnd = "value: number required } }\n    }\n";
		String model = variant(INTEREST_PHASE, "").replace(DELIGHT_PHASE, "").replace(closeEnd, closeEnd + NEW_PHASE);

		List<CompletionItem> items = complete(model, closeEnd + NEW_PHASE, closeEnd.length() + NEW_PHASE.length() - 1);

		Assertions.assertEquals(List.of("Delight", "Interest"), items.stream().limit(2).map(CompletionItem::getLabel).toList());
	}

	@Test
	void newTouchpointIsOfferedTheTypicalTouchpointsOfItsStandardPhaseWithTitles() throws Exception {
		String marker = "        touchpoint \n";
		String model = variant("        touchpoint Ad {", marker + "        touchpoint Ad {");

		List<CompletionItem> items = complete(model, marker, marker.length() - 1);

		Assertions.assertEquals(List.of("SocialMediaAds", "YouTube", "Influencers", "Blog"),
				items.stream().limit(4).map(CompletionItem::getLabel).toList());
		Assertions.assertEquals("SocialMediaAds \"Social media ads\"", items.get(0).getTextEdit().getLeft().getNewText());
	}

	@Test
	void segmentReferenceIsOfferedTheSegmentsOfAnImportedFile() throws Exception {
		String shop = LspNavigationTest.SHOP.replace("    for Buyers\n", "    for \n");
		Map<String, String> uris = openModels(Map.of("lib.journey", LspNavigationTest.LIBRARY, "shop.journey", shop));

		Either<List<CompletionItem>, CompletionList> result = languageServer.completion(new CompletionParams(
				new TextDocumentIdentifier(uris.get("shop.journey")), positionOf(shop, "for \n", "for ".length()))).get();

		List<String> labels = (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream()
				.map(CompletionItem::getLabel).toList();
		Assertions.assertTrue(labels.contains("Buyers"), labels::toString);
	}

	@Test
	void channelIsOfferedEveryChannelButUnspecified() throws Exception {
		String model = variant("touchpoint Newsletter { channel email }", "touchpoint Newsletter { channel  }");

		List<String> labels = labels(complete(model, "{ channel  }", "{ channel ".length()));

		Assertions.assertEquals(sorted("web", "app", "social", "search", "display", "video", "email", "sms", "store", "phone",
				"chat", "print", "tv", "mail", "word-of-mouth", "event", "partner", "other"), labels);
	}

	@Test
	void kpiUnitIsOfferedTheUnits() throws Exception {
		String model = variant("    unit percent\n    baseline 8", "    unit \n    baseline 8");

		List<String> labels = labels(complete(model, "unit \n", "unit ".length()));

		Assertions.assertEquals(sorted("percent", "count", "currency", "score", "ratio", "duration"), labels);
	}

	@Test
	void eventPropertyIsOfferedThePropertyTypes() throws Exception {
		String model = variant("{ product_id: string required }", "{ product_id:  required }");

		List<String> labels = labels(complete(model, "product_id:  ", "product_id: ".length()));

		Assertions.assertEquals(sorted("string", "number", "integer", "boolean"), labels);
	}

	@Test
	void aNewNameIsNotOfferedTheWordsOfTheLanguage() throws Exception {
		String model = variant("segment Browsers", "segment \nsegment Browsers");

		List<String> labels = labels(complete(model, "segment \n", "segment ".length()));

		// 'value', 'kind', 'unit'... are valid names too (ValidID), which is no reason to offer them as one
		Assertions.assertEquals(List.of(), labels);
	}

	@Test
	void segmentReferenceIsOfferedTheSegmentsOnly() throws Exception {
		String model = variant("for Buyers, Browsers", "for Buyers, ");

		List<String> labels = labels(complete(model, "for Buyers, ", "for Buyers, ".length()));

		Assertions.assertEquals(List.of("Browsers", "Buyers", "shop.Browsers", "shop.Buyers"), labels);
	}

	@Test
	void aSegmentDeclaredByAnEditIsOfferedRightAfterTheEdit() throws Exception {
		String model = variant("for Buyers, Browsers", "for Buyers, ");
		String uri = openModel("shop.journey", model);
		String edited = model.replace("segment Browsers", "segment Newcomers \"Newcomers\" { share 10% }\nsegment Browsers");

		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(edited))));
		Either<List<CompletionItem>, CompletionList> result = languageServer.completion(new CompletionParams(
				new TextDocumentIdentifier(uri), positionOf(edited, "for Buyers, ", "for Buyers, ".length()))).get();

		Assertions.assertEquals(List.of("Browsers", "Buyers", "Newcomers", "shop.Browsers", "shop.Buyers", "shop.Newcomers"),
				labels(result.isLeft() ? result.getLeft() : result.getRight().getItems()));
	}

	@Test
	void aPhaseAddedByAnEditIsNoLongerOffered() throws Exception {
		String model = variant(INTEREST_PHASE, NEW_PHASE).replace(DELIGHT_PHASE, "");
		String uri = openModel("shop.journey", model);
		String edited = model.replace(NEW_PHASE, NEW_PHASE + INTEREST_PHASE);

		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(edited))));
		Either<List<CompletionItem>, CompletionList> result = languageServer.completion(new CompletionParams(
				new TextDocumentIdentifier(uri), positionOf(edited, NEW_PHASE, NEW_PHASE.length() - 1))).get();

		List<CompletionItem> items = (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream()
				.sorted(Comparator.comparing(CompletionItem::getSortText)).toList();
		Assertions.assertEquals("Delight", items.get(0).getLabel());
		Assertions.assertTrue(items.stream().noneMatch(item -> item.getLabel().equals("Interest")), items::toString);
	}

	@Test
	void theEditOfAProposalReplacesTheTypedPrefixOnTheCursorsLine() throws Exception {
		String model = variant("for Buyers, Browsers", "for Buyers, Bro");

		List<CompletionItem> items = complete(model, "for Buyers, Bro", "for Buyers, Bro".length());

		CompletionItem browsers = items.stream().filter(item -> item.getLabel().equals("Browsers")).findFirst().orElseThrow();
		Position cursor = positionOf(model, "for Buyers, Bro", "for Buyers, Bro".length());
		Assertions.assertEquals(new Range(new Position(cursor.getLine(), cursor.getCharacter() - "Bro".length()), cursor),
				browsers.getTextEdit().getLeft().getRange());
		Assertions.assertEquals("Browsers", browsers.getTextEdit().getLeft().getNewText());
	}

	private static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).sorted().toList();
	}

	private static List<String> sorted(String... labels) {
		return Stream.of(labels).sorted().toList();
	}

	/** The completion items at {@code marker} + {@code shift}, in the order the server ranks them. */
	private List<CompletionItem> complete(String model, String marker, int shift) throws Exception {
		String uri = openModel("shop.journey", model);
		Either<List<CompletionItem>, CompletionList> result = languageServer
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), positionOf(model, marker, shift))).get();
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return items.stream().sorted(Comparator.comparing(CompletionItem::getSortText)).toList();
	}
}
