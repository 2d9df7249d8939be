package org.journey.tests.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.formatting2.JourneyDocumentFormatter;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;
import org.journey.tests.support.Repository;

/**
 * The language reference (docs/language-reference.md) and the README's tour stay true to the
 * grammar: every keyword is documented, and every example is a file that validates without errors
 * and is already in the layout {@code journey format} writes. A block fenced as
 * {@code ```journey fragment} shows a piece of a file and is not checked.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class LanguageReferenceTest {


	private static final String REFERENCE = "docs/language-reference.md";

	private static final String README = "README.md";

	private static final String COMPLETE = "journey";

	private static final String FRAGMENT = "journey fragment";

	private static final Pattern FENCE = Pattern.compile("^```(.*)$");

	private static final Pattern INLINE_CODE = Pattern.compile("`([^`\n]+)`");

	private static final Pattern PACKAGE = Pattern.compile("^package\\s+(\\S+)", Pattern.MULTILINE);

	private static final Pattern IMPORT = Pattern.compile("^import\\s+(\\S+)", Pattern.MULTILINE);

	@Inject
	private IGrammarAccess grammarAccess;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private JourneyDocumentFormatter formatter;

	/** A fenced code block of a Markdown document: its info string and its text. */
	record Block(String document, int line, String info, String text) {

		boolean complete() {
			return info.equals(COMPLETE);
		}

		Optional<String> packageName() {
			Matcher matcher = PACKAGE.matcher(text);
			return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
		}

		/** The packages the block imports from: {@code a.b} for {@code import a.b.*} and {@code import a.b.C}. */
		Set<String> importedPackages() {
			Set<String> packages = new TreeSet<>();
			Matcher matcher = IMPORT.matcher(text);
			while (matcher.find()) {
				String imported = matcher.group(1);
				int lastDot = imported.lastIndexOf('.');
				if (lastDot > 0) {
					packages.add(imported.substring(0, lastDot));
				}
			}
			return packages;
		}

		@Override
		public String toString() {
			return document + ":" + line;
		}
	}

	@Test
	void everyKeywordOfTheGrammarIsInTheReference() {
		Set<String> keywords = GrammarUtil.getAllKeywords(grammarAccess.getGrammar());
		List<String> inlineCode = inlineCode(read(REFERENCE));

		Set<String> undocumented = new TreeSet<>();
		for (String keyword : keywords) {
			if (!documented(keyword, inlineCode)) {
				undocumented.add(keyword);
			}
		}

		assertTrue(keywords.contains("journey") && keywords.contains("word-of-mouth"), "the grammar's keywords: " + keywords);
		assertEquals(Set.of(), undocumented, "keywords of Journey.xtext that " + REFERENCE
				+ " does not show in `code` (a word in a code span, a sign as a code span of its own)");
	}

	@Test
	void theDocumentsHaveCheckedExamplesAndEveryJourneyBlockIsMarkedCompleteOrFragment() {
		List<Block> blocks = Stream.concat(blocks(REFERENCE).stream(), blocks(README).stream()).toList();

		List<Block> unknown = blocks.stream().filter(b -> b.info().startsWith("journey"))
				.filter(b -> !b.info().equals(COMPLETE) && !b.info().equals(FRAGMENT)).toList();
		long referenceExamples = blocks(REFERENCE).stream().filter(Block::complete).count();
		long readmeExamples = blocks(README).stream().filter(Block::complete).count();

		assertEquals(List.of(), unknown, "a journey block is fenced ```journey or ```journey fragment");
		// Guards against examples silently dropping out of the check (a fence written ``` only).
		assertTrue(referenceExamples >= 10, "complete examples in the reference: " + referenceExamples);
		assertTrue(readmeExamples >= 1, "the README's tour is fenced ```journey");
	}

	static Stream<Block> completeBlocks() {
		return Stream.concat(blocks(REFERENCE).stream(), blocks(README).stream()).filter(Block::complete);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("completeBlocks")
	void exampleValidatesWithoutErrorsAndIsFormatted(Block block) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = load(resourceSet, block);
		// An example that imports a package sees the examples that declare it, as files of one
		// workspace would: the tour's shop.shared is the reference's library example.
		for (Block library : completeBlocks().filter(other -> !other.equals(block)).toList()) {
			if (library.packageName().filter(block.importedPackages()::contains).isPresent()) {
				load(resourceSet, library);
			}
		}
		EcoreUtil.resolveAll(resourceSet);

		List<Issue> errors = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();

		assertEquals("", describe(errors), () -> "errors in the example at " + block + ":\n" + block.text());
		assertEquals(block.text(), formatter.format(resource),
				() -> "the example at " + block + " is not in the layout journey format writes");
	}

	// ---------------------------------------------------------------- reading the documents

	private static String read(String document) {
		try {
			return Files.readString(Repository.path(document), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The fenced code blocks of a document, each with the line its opening fence is on. */
	static List<Block> blocks(String document) {
		List<Block> blocks = new ArrayList<>();
		String[] lines = read(document).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher opening = FENCE.matcher(lines[i]);
			if (!opening.matches()) {
				continue;
			}
			StringBuilder text = new StringBuilder();
			int closing = i + 1;
			while (closing < lines.length && !lines[closing].equals("```")) {
				text.append(lines[closing]).append('\n');
				closing++;
			}
			assertFalse(closing == lines.length, document + ":" + (i + 1) + ": a code block that is never closed");
			blocks.add(new Block(document, i + 1, opening.group(1).trim(), text.toString()));
			i = closing;
		}
		return blocks;
	}

	/** The text of every `code span` outside fenced blocks. */
	private static List<String> inlineCode(String markdown) {
		StringBuilder prose = new StringBuilder();
		boolean inBlock = false;
		for (String line : markdown.split("\n")) {
			if (line.startsWith("```")) {
				inBlock = !inBlock;
			} else if (!inBlock) {
				prose.append(line).append('\n');
			}
		}
		List<String> spans = new ArrayList<>();
		Matcher matcher = INLINE_CODE.matcher(prose);
		while (matcher.find()) {
			spans.add(matcher.group(1));
		}
		return spans;
	}

	/**
	 * A word keyword counts as documented where a code span has it as a whole word
	 * ({@code `channel social online`} documents {@code online}); a sign such as {@code -} or
	 * {@code .} only as a code span of its own, since signs are part of so much else.
	 */
	private static boolean documented(String keyword, List<String> inlineCode) {
		if (!Character.isLetter(keyword.charAt(0))) {
			return inlineCode.contains(keyword);
		}
		Pattern word = Pattern.compile("(?<![\\w-])" + Pattern.quote(keyword) + "(?![\\w-])");
		return inlineCode.stream().anyMatch(span -> word.matcher(span).find());
	}

	// ---------------------------------------------------------------- loading the examples

	private static XtextResource load(XtextResourceSet resourceSet, Block block) throws IOException {
		URI uri = URI.createURI("memory:/" + block.document().replace('/', '-') + "-line-" + block.line() + ".journey");
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		resource.load(new ByteArrayInputStream(block.text().getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage() + " [" + i.getCode() + "]")
				.collect(Collectors.joining("\n"));
	}
}
