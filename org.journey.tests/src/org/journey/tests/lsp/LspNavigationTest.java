package org.journey.tests.lsp;

import static org.journey.tests.support.JourneyModels.CLEAN;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Go to definition, find references and document highlight: Xtext's services on Journey models. */
class LspNavigationTest extends LspTestBase {

	/** A segment library that a journey in another file imports. */
	static final String LIBRARY = """
			package lib

			segment Buyers "Online buyers" { share 60% }
			""";

	static final String SHOP = """
			package shop
			import lib.*

			journey Buying {
			    for Buyers
			    phase Attract {
			        touchpoint Ad { channel social serves Buyers }
			    }
			}
			""";

	@Test
	void kpiReferenceInAGoalLeadsToTheKpi() throws Exception {
		String uri = openModel("shop.journey", CLEAN);

		List<? extends Location> definitions = definition(uri, positionOf(CLEAN, "kpis Conversion, Returns", "kpis ".length()));

		Assertions.assertEquals(List.of(new Location(uri, nameRange(CLEAN, "kpi Conversion", "Conversion"))), definitions);
	}

	@Test
	void eventInAFormulaLeadsToTheEventOfItsTouchpoint() throws Exception {
		String uri = openModel("shop.journey", CLEAN);

		List<? extends Location> definitions = definition(uri, positionOf(CLEAN, "count(product_viewed)", "count(".length()));

		Assertions.assertEquals(List.of(new Location(uri, nameRange(CLEAN, "event product_viewed", "product_viewed"))),
				definitions);
	}

	@Test
	void segmentReferencesAreFoundInTheJourneyAndItsTouchpointInAnotherFile() throws Exception {
		Map<String, String> uris = openModels(Map.of("lib.journey", LIBRARY, "shop.journey", SHOP));

		List<? extends Location> references = references(uris.get("lib.journey"),
				positionOf(LIBRARY, "segment Buyers", "segment ".length()), false);

		Assertions.assertEquals(List.of(
				new Location(uris.get("shop.journey"), nameRange(SHOP, "for Buyers", "Buyers")),
				new Location(uris.get("shop.journey"), nameRange(SHOP, "serves Buyers", "Buyers"))), sorted(references));
	}

	@Test
	void findingReferencesWithTheDeclarationIncludesTheSegmentItself() throws Exception {
		Map<String, String> uris = openModels(Map.of("lib.journey", LIBRARY, "shop.journey", SHOP));

		List<? extends Location> references = references(uris.get("shop.journey"),
				positionOf(SHOP, "for Buyers", "for ".length()), true);

		Assertions.assertTrue(references.contains(new Location(uris.get("lib.journey"), nameRange(LIBRARY, "segment Buyers", "Buyers"))),
				references::toString);
		Assertions.assertEquals(3, references.size(), references::toString);
	}

	@Test
	void kpiIsHighlightedWhereItIsDeclaredAndWhereverItIsUsedInTheFile() throws Exception {
		String uri = openModel("shop.journey", CLEAN);

		List<? extends DocumentHighlight> highlights = languageServer.documentHighlight(new DocumentHighlightParams(
				new TextDocumentIdentifier(uri), positionOf(CLEAN, "kpi Conversion", "kpi ".length()))).get();

		Assertions.assertEquals(List.of(
				new DocumentHighlight(nameRange(CLEAN, "kpi Conversion", "Conversion"), DocumentHighlightKind.Write),
				new DocumentHighlight(nameRange(CLEAN, "kpis Conversion, Returns", "Conversion"), DocumentHighlightKind.Read),
				new DocumentHighlight(nameRange(CLEAN, "kpis Conversion\n", "Conversion"), DocumentHighlightKind.Read),
				new DocumentHighlight(nameRange(CLEAN, "moves Conversion", "Conversion"), DocumentHighlightKind.Read)),
				highlights.stream().sorted(Comparator.comparing(h -> offset(h.getRange().getStart()))).toList());
	}

	private List<? extends Location> definition(String uri, Position position) throws Exception {
		return languageServer.definition(new DefinitionParams(new TextDocumentIdentifier(uri), position)).get().getLeft();
	}

	private List<? extends Location> references(String uri, Position position, boolean includeDeclaration) throws Exception {
		return languageServer.references(new ReferenceParams(new TextDocumentIdentifier(uri), position,
				new ReferenceContext(includeDeclaration))).get();
	}

	private static List<Location> sorted(List<? extends Location> locations) {
		return locations.stream().map(Location.class::cast)
				.sorted(Comparator.comparing(Location::getUri).thenComparing(l -> offset(l.getRange().getStart()))).toList();
	}

	private static long offset(Position position) {
		return ((long) position.getLine() << 32) + position.getCharacter();
	}

	/** The range of {@code name} inside the first occurrence of {@code context} in {@code model}. */
	static Range nameRange(String model, String context, String name) {
		int shift = context.indexOf(name);
		Position start = positionOf(model, context, shift);
		return new Range(start, new Position(start.getLine(), start.getCharacter() + name.length()));
	}
}
