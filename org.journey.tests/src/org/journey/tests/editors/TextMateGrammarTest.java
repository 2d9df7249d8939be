package org.journey.tests.editors;

import java.io.File;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.services.JourneyGrammarAccess;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;

/**
 * The VS Code extension's TextMate grammar (editors/vscode, tested there with npm) highlights
 * every word of the language: a keyword added to the Xtext grammar must be added there too.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class TextMateGrammarTest {

	/** Relative to this module, where the build runs its tests. */
	private static final File TEXTMATE_GRAMMAR = new File("../editors/vscode/syntaxes/journey.tmLanguage.json");

	/** A word in a regular expression: letters and digits, hyphens escaped as in customer\-goal. */
	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+(?:\\\\-[A-Za-z0-9_]+)*");

	@Inject
	private JourneyGrammarAccess grammar;

	@Test
	void everyWordOfTheLanguageIsInTheTextMateGrammar() throws Exception {
		JsonNode textMate = new ObjectMapper().readTree(TEXTMATE_GRAMMAR);
		Set<String> highlighted = new HashSet<>();
		collectWords(textMate, highlighted);

		Set<String> missing = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (Character.isLetter(keyword.charAt(0)) && !highlighted.contains(keyword)) {
				missing.add(keyword);
			}
		}

		Assertions.assertEquals(Set.of(), missing, "keywords the TextMate grammar does not know");
	}

	/** The words of every "match" and "begin" expression of the grammar. */
	private static void collectWords(JsonNode node, Set<String> words) {
		node.fields().forEachRemaining(field -> {
			if ((field.getKey().equals("match") || field.getKey().equals("begin")) && field.getValue().isTextual()) {
				Matcher matcher = WORD.matcher(field.getValue().asText());
				while (matcher.find()) {
					words.add(matcher.group().replace("\\-", "-"));
				}
			}
		});
		node.elements().forEachRemaining(child -> collectWords(child, words));
	}
}
