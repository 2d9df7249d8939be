package org.journey.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.formatting2.JourneyDocumentFormatter;
import org.journey.dsl.parser.FormulaNesting;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formulas nested deep: up to the limit they validate and format on a thread with the default
 * stack (as the CLI's main thread and the language server's request threads have); beyond it the
 * file is one error, the same in every run, and the formatter says why it does not format it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class DeepFormulaTest {

	private static final String EVENTS = "journey J { phase P { touchpoint T { event clicked } } }\n\n";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private JourneyDocumentFormatter formatter;

	@Test
	void theLimitIsTwoHundredLevels() {
		assertEquals(200, FormulaNesting.MAX_DEPTH);
	}

	@Test
	void aFormulaAtTheLimitValidatesAndFormatsOnADefaultStack() throws Exception {
		// the aggregate's own parenthesis is a level too
		int depth = FormulaNesting.MAX_DEPTH - 1;
		String messy = EVENTS + "kpi K {\n  formula " + "( ".repeat(depth) + "count( clicked )" + " )".repeat(depth) + "\n}\n";

		String formatted = onADefaultStackThread(() -> {
			XtextResource resource = load(messy);
			assertEquals(List.of(), errors(resource));
			return formatter.format(resource);
		});

		assertEquals("journey J {\n    phase P {\n        touchpoint T {\n            event clicked\n        }\n    }\n}\n\n"
				+ "kpi K {\n    formula " + "(".repeat(depth) + "count(clicked)" + ")".repeat(depth) + "\n}\n", formatted);
	}

	@Test
	void oneLevelBeyondTheLimitIsOneErrorAtTheDeepestParenthesisAndIsNotFormatted() throws Exception {
		int depth = FormulaNesting.MAX_DEPTH;
		String text = EVENTS + "kpi K {\n    formula " + "(".repeat(depth) + "count(clicked)" + ")".repeat(depth) + "\n}\n";

		XtextResource resource = onADefaultStackThread(() -> load(text));
		List<Issue> issues = validation.validate(resource);

		assertEquals(1, issues.size(), issues::toString);
		assertEquals(IssueCodes.NESTING_TOO_DEEP, issues.get(0).getCode());
		assertEquals(4, issues.get(0).getLineNumber());
		assertEquals("    formula ".length() + depth + "count(".length(), issues.get(0).getColumn(), "at the 201st parenthesis, count's own");
		assertEquals("Parentheses nest 201 levels deep here; at most 200 are read. Simplify the formula: a KPI formula"
				+ " needs a few levels at most.", issues.get(0).getMessage());
		assertEquals(issues.get(0).getMessage(), formatter.refusal(resource));
		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> formatter.format(resource));
		assertEquals("deep.journey is not formatted: " + issues.get(0).getMessage(), refused.getMessage());
	}

	@Test
	void theSameDeepFileGetsTheSameErrorInEveryRun() throws Exception {
		// at 2,200 levels the parser's own stack overflow used to decide, and the JIT moved it from run to run
		String text = EVENTS + "kpi K {\n    formula " + "(".repeat(2_200) + "count(clicked)" + ")".repeat(2_200) + "\n}\n";

		List<String> runs = new ArrayList<>();
		for (int run = 0; run < 5; run++) {
			runs.add(onADefaultStackThread(() -> validation.validate(load(text)).toString()));
		}

		assertEquals(1, validation.validate(load(text)).size());
		assertEquals(List.of(runs.get(0), runs.get(0), runs.get(0), runs.get(0), runs.get(0)), runs);
	}

	@Test
	void parenthesesInTextsAndCommentsDoNotCount() {
		String deepPunctuation = "(".repeat(500);
		String text = EVENTS + "// " + deepPunctuation + "\n/* " + deepPunctuation + " */\nkpi K {\n    description \""
				+ deepPunctuation + "\"\n    formula (count(clicked))\n}\n";

		XtextResource resource = load(text);

		assertEquals(List.of(), errors(resource));
		assertNull(formatter.refusal(resource));
	}

	private XtextResource load(String text) {
		try {
			XtextResource resource = (XtextResource) resourceSets.get().createResource(URI.createURI("deep.journey"));
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
			return resource;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<String> errors(XtextResource resource) {
		return validation.validate(resource).stream().filter(issue -> issue.getSeverity() == Severity.ERROR)
				.map(Issue::getMessage).toList();
	}

	/** Runs the work on a new thread with the JVM's default stack size, whatever thread the test runner uses. */
	private static <T> T onADefaultStackThread(Supplier<T> work) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread thread = new Thread(() -> {
			try {
				result.set(work.get());
			} catch (Throwable e) {
				failure.set(e);
			}
		});
		thread.start();
		thread.join();
		if (failure.get() instanceof Error error) {
			throw error;
		}
		if (failure.get() instanceof Exception exception) {
			throw exception;
		}
		return result.get();
	}
}
