package org.journey.dsl.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.journey.dsl.model.EditDistance;
import org.journey.dsl.parser.antlr.internal.InternalJourneyLexer;

/**
 * Reads a misspelt element keyword as the keyword: {@code touchpiont Checkout "Checkout" { ... }}
 * is read as a touchpoint. Without this, the parser's recovery from the unknown word dropped the
 * touchpoint and everything after it up to the end of the journey, and every reference into that
 * part of the file became a false error. The misspelling itself is still an error:
 * {@link SyntaxDiagnostics} reports every keyword whose text differs from the keyword, with the
 * keyword as the suggestion.
 * <p>
 * Only where it cannot be anything else: a lower-case word that is not a keyword, close to an
 * element keyword (segment, touchpoint, event...), followed by another plain word. Nowhere in the
 * grammar may a plain name follow a plain name, so such a pair is always a mistake, and a name
 * after a keyword-like word is the shape of an element header.
 */
final class KeywordTypoTokenSource implements TokenSource {

	private final TokenSource source;
	private final Map<String, Integer> elementKeywordTypes;
	private final Deque<Token> lookahead = new ArrayDeque<>();

	KeywordTypoTokenSource(TokenSource source, Map<String, Integer> elementKeywordTypes) {
		this.source = source;
		this.elementKeywordTypes = elementKeywordTypes;
	}

	@Override
	public Token nextToken() {
		Token token = lookahead.isEmpty() ? source.nextToken() : lookahead.poll();
		if (token.getType() == InternalJourneyLexer.RULE_ID && Character.isLowerCase(token.getText().charAt(0))
				&& nextSignificantIsPlainWord()) {
			closestElementKeyword(token.getText()).ifPresent(keyword -> token.setType(elementKeywordTypes.get(keyword)));
		}
		return token;
	}

	private Optional<String> closestElementKeyword(String written) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String keyword : elementKeywordTypes.keySet()) {
			int distance = EditDistance.between(written, keyword);
			if (distance < bestDistance) {
				best = keyword;
				bestDistance = distance;
			}
		}
		return best != null && bestDistance <= Suggestions.allowedEdits(written, best) ? Optional.of(best) : Optional.empty();
	}

	private boolean nextSignificantIsPlainWord() {
		Iterator<Token> buffered = lookahead.iterator();
		while (true) {
			Token next = buffered.hasNext() ? buffered.next() : read();
			if (next.getType() == Token.EOF) {
				return false;
			}
			if (!isHidden(next.getType())) {
				return next.getType() == InternalJourneyLexer.RULE_ID;
			}
		}
	}

	private Token read() {
		Token next = source.nextToken();
		lookahead.add(next);
		return next;
	}

	private static boolean isHidden(int type) {
		return type == InternalJourneyLexer.RULE_WS || type == InternalJourneyLexer.RULE_SL_COMMENT
				|| type == InternalJourneyLexer.RULE_ML_COMMENT;
	}

	@Override
	public String getSourceName() {
		return source.getSourceName();
	}
}
