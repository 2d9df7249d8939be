package org.journey.tests.lsp;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.variant;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Semantic tokens: each kind of element its own token type, names marked as declarations. */
class LspSemanticTokensTest extends LspTestBase {

	/** A decoded token: where it starts, how long it is, its type and modifiers as the legend names them. */
	record Token(int line, int character, int length, String type, List<String> modifiers) {

		String describe() {
			return modifiers.isEmpty() ? type : type + " " + String.join(" ", modifiers);
		}
	}

	@Test
	void theServerAnnouncesFullDocumentSemanticTokens() throws Exception {
		openModel("shop.journey", CLEAN);

		Assertions.assertTrue(initializeResult.getCapabilities().getSemanticTokensProvider().getFull().getLeft());
	}

	@Test
	void eachKindOfElementHasItsOwnTokenTypeAndItsNameIsADeclaration() throws Exception {
		List<Token> tokens = tokens(CLEAN);

		Assertions.assertEquals("class declaration", at(tokens, CLEAN, "segment Buyers", "segment ".length()));
		Assertions.assertEquals("class", at(tokens, CLEAN, "for Buyers", "for ".length()));
		Assertions.assertEquals("variable declaration", at(tokens, CLEAN, "kpi Conversion", "kpi ".length()));
		Assertions.assertEquals("variable", at(tokens, CLEAN, "kpis Conversion, Returns", "kpis ".length()));
		Assertions.assertEquals("interface", at(tokens, CLEAN, "pursues MoreSales", "pursues ".length()));
		Assertions.assertEquals("struct", at(tokens, CLEAN, "evidence Analytics", "evidence ".length()));
		Assertions.assertEquals("event", at(tokens, CLEAN, "count(purchase_completed)", "count(".length()));
		Assertions.assertEquals("event declaration", at(tokens, CLEAN, "event purchase_completed", "event ".length()));
		Assertions.assertEquals("type declaration", at(tokens, CLEAN, "phase Attract", "phase ".length()));
		Assertions.assertEquals("function declaration", at(tokens, CLEAN, "touchpoint Checkout", "touchpoint ".length()));
		Assertions.assertEquals("enumMember", at(tokens, CLEAN, "fixes Noise", "fixes ".length()));
	}

	@Test
	void aNameThatIsAlsoAWordOfTheLanguageIsColouredAsAName() throws Exception {
		List<Token> tokens = tokens(CLEAN);

		// 'value' is a keyword elsewhere (opportunity value high); here it names an event property
		Assertions.assertEquals("property declaration", at(tokens, CLEAN, "value: number", 0));
	}

	@Test
	void keywordsAndAnUnresolvedReferenceGetNoToken() throws Exception {
		String model = variant("for Buyers, Browsers", "for Buyrs, Browsers");

		List<Token> tokens = tokens(model);

		Assertions.assertNull(at(tokens, model, "for Buyrs", "for ".length()));
		Assertions.assertNull(at(tokens, model, "for Buyrs", 0));
		Assertions.assertEquals("class", at(tokens, model, "Buyrs, Browsers", "Buyrs, ".length()));
	}

	private List<Token> tokens(String model) throws Exception {
		String uri = openModel("shop.journey", model);
		SemanticTokens tokens = languageServer.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
		return decode(tokens.getData(), initializeResult.getCapabilities().getSemanticTokensProvider().getLegend());
	}

	/** LSP's relative encoding: per token, line delta, start delta (on the same line), length, type, modifier bits. */
	private static List<Token> decode(List<Integer> data, SemanticTokensLegend legend) {
		List<Token> tokens = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			if (data.get(i) > 0) {
				line += data.get(i);
				character = 0;
			}
			character += data.get(i + 1);
			List<String> modifiers = new ArrayList<>();
			for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					modifiers.add(legend.getTokenModifiers().get(bit));
				}
			}
			tokens.add(new Token(line, character, data.get(i + 2), legend.getTokenTypes().get(data.get(i + 3)), modifiers));
		}
		return tokens;
	}

	/** The token that starts at {@code marker} + {@code shift}, described as "type modifiers", or null if none does. */
	private static String at(List<Token> tokens, String model, String marker, int shift) {
		Position position = positionOf(model, marker, shift);
		return tokens.stream()
				.filter(token -> token.line() == position.getLine() && token.character() == position.getCharacter())
				.map(Token::describe).findFirst().orElse(null);
	}
}
