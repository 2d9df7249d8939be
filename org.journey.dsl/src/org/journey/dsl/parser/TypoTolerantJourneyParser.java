package org.journey.dsl.parser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.journey.dsl.parser.antlr.JourneyParser;

import com.google.inject.Inject;

/** The generated parser, reading a misspelt element keyword as the keyword (see {@link KeywordTypoTokenSource}). */
public class TypoTolerantJourneyParser extends JourneyParser {

	/** The keywords that start an element with a name: the ones whose misspelling loses the most. */
	static final List<String> ELEMENT_KEYWORDS = List.of("segment", "source", "kpi", "goal", "journey", "phase",
			"touchpoint", "event", "pain", "opportunity", "initiative");

	@Inject
	private ITokenDefProvider tokenDefs;

	/** Built by the first parse; volatile, since files are parsed on several threads. */
	private volatile Map<String, Integer> elementKeywordTypes;

	@Override
	protected TokenSource createLexer(CharStream stream) {
		return new KeywordTypoTokenSource(super.createLexer(stream), elementKeywordTypes());
	}

	private Map<String, Integer> elementKeywordTypes() {
		if (elementKeywordTypes == null) {
			Map<String, Integer> types = new HashMap<>();
			tokenDefs.getTokenDefMap().forEach((type, name) -> {
				String keyword = name.length() > 2 && name.startsWith("'") ? name.substring(1, name.length() - 1) : null;
				if (keyword != null && ELEMENT_KEYWORDS.contains(keyword)) {
					types.put(keyword, type);
				}
			});
			elementKeywordTypes = types;
		}
		return elementKeywordTypes;
	}
}
