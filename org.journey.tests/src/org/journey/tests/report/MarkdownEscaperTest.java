package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.journey.dsl.generator.report.MarkdownEscaper;
import org.journey.dsl.generator.report.MarkdownReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Model strings in Markdown text, code spans and Mermaid statements. */
class MarkdownEscaperTest {

	@Test
	void htmlBecomesEntitiesSoItShowsAsText() {
		assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;", MarkdownEscaper.text("<script>alert(1)</script> &amp;"));
	}

	@Test
	void inlineMarkupIsBackslashEscaped() {
		assertEquals("a \\| b \\*bold\\* \\_em\\_ \\`code\\` \\[x\\](y) \\~\\~del\\~\\~ \\$x\\$ back\\\\slash",
				MarkdownEscaper.text("a | b *bold* _em_ `code` [x](y) ~~del~~ $x$ back\\slash"));
	}

	@Test
	void lineBreaksBecomeHtmlBreaksSoATextStaysOnOneLine() {
		String escaped = MarkdownEscaper.text("one\ntwo\r\nthree\rfour");

		assertEquals("one<br>two<br>three<br>four", escaped);
		assertFalse(escaped.contains("\n") || escaped.contains("\r"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '§', value = {
			"# heading§\\# heading",
			"- item§\\- item",
			"+ item§\\+ item",
			"> quote§&gt; quote",
			"=== underline§\\=== underline",
			"1. first§1\\. first",
			"12) twelfth§12\\) twelfth",
			"2026 was good§2026 was good",
			"a # in the middle§a # in the middle" })
	void aBlockMarkerAtTheStartIsEscaped(String text, String expected) {
		assertEquals(expected, MarkdownEscaper.text(text));
	}

	@Test
	void surroundingWhiteSpaceIsDroppedAsMarkdownWouldIgnoreItAnyway() {
		// four leading spaces would otherwise start an indented code block
		assertEquals("padded", MarkdownEscaper.text("    padded  "));
	}

	@Test
	void nullIsEmpty() {
		assertEquals("", MarkdownEscaper.text(null));
		assertEquals("", MarkdownEscaper.code(null));
	}

	@Test
	void codeSpanFenceIsLongerThanAnyBacktickRunInside() {
		assertEquals("`count(a) / count(b)`", MarkdownEscaper.code("count(a) / count(b)"));
		assertEquals("``` ``x`` ```", MarkdownEscaper.code("``x``"));
		assertEquals("``a`b``", MarkdownEscaper.code("a`b"));
		assertEquals("`` `tick` ``", MarkdownEscaper.code("`tick`"));
	}

	@Test
	void codeSpanInATableEscapesPipes() {
		assertEquals("`a \\| b`", MarkdownEscaper.tableCode("a | b"));
	}

	@Test
	void mermaidTaskNamesLoseTheCharactersThatEndOrSplitAStatement() {
		String task = MarkdownEscaper.mermaidTask("Step 1: pay; then # tag\nnext %% comment", "Fallback");

		assertFalse(task.contains(":"), task);
		assertFalse(task.contains(";"), task);
		assertFalse(task.contains("#"), task);
		assertFalse(task.contains("\n"), task);
		assertFalse(task.contains("%%"), task);
		assertEquals("Step 1\u2236 pay, then \u266F tag next %\u200B% comment", task);
	}

	@Test
	void mermaidTitleMayKeepItsColon() {
		assertEquals("Journey map: buying", MarkdownEscaper.mermaidTitle("Journey map: buying", "J"));
		assertEquals("Buying\u2236 online", MarkdownEscaper.mermaidSection("Buying: online", "B"));
	}

	@Test
	void mermaidNamesStartingWithAKeywordAreNotReadAsOne() {
		String task = MarkdownEscaper.mermaidTask("Section two", "S");

		assertTrue(task.startsWith("\u200B"), "a zero-width space keeps Mermaid's lexer from seeing 'section'");
		assertEquals("Section two", task.substring(1));
		assertEquals("Checkout", MarkdownEscaper.mermaidTask("Checkout", "C"));
	}

	@Test
	void mermaidActorsKeepTheirCommasApartFromTheActorList() {
		assertEquals("Office\u201A facility managers", MarkdownEscaper.mermaidActor("Office, facility managers", "Office"));
	}

	@Test
	void mermaidActorWithASemicolonStaysOneActor() {
		// the semicolon would end the task's data, a comma would split the actor in two
		assertEquals("Kunder\u201A 25-45 år", MarkdownEscaper.mermaidActor("Kunder; 25-45 år", "Kunder"));
		assertEquals("Kunder, 25-45 år", MarkdownEscaper.mermaidTask("Kunder; 25-45 år", "Kunder"));
	}

	@Test
	void mermaidNameWithNothingLeftFallsBackToTheIdentifier() {
		assertEquals("Checkout", MarkdownEscaper.mermaidTask("  \n ", "Checkout"));
		assertEquals("Checkout", MarkdownEscaper.mermaidTask(null, "Checkout"));
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = {
			"-2, null, 1",
			"-1, null, 2",
			"0, null, 3",
			"1, null, 4",
			"2, null, 5",
			"null, -2, 1",
			"null, 2, 5",
			"1, -2, 4",
			"null, null, null",
			"7, null, 5",
			"-9, null, 1" })
	void mermaidScoreMapsExperienceElseFeelingFromMinusTwoToOneAndPlusTwoToFive(Integer experience, Integer feeling,
			Integer expected) {
		assertEquals(expected, MarkdownReport.mermaidScore(experience, feeling));
	}
}
