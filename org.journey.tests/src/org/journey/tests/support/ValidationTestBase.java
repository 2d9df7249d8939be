package org.journey.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.journey.Model;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Parses models and asserts the issues validation reports, by issue code. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
public abstract class ValidationTestBase {

	@Inject
	protected ParseHelper<Model> parseHelper;

	@Inject
	protected ValidationTestHelper validationHelper;

	protected Model parse(String text) {
		try {
			return parseHelper.parse(text);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	protected List<Issue> issues(String text) {
		return validationHelper.validate(parse(text));
	}

	protected List<Issue> issues(String text, String code) {
		return issues(text).stream().filter(i -> code.equals(i.getCode())).toList();
	}

	/** Exactly one issue with this code and severity; returns it for further assertions. */
	protected Issue assertSingleIssue(String text, String code, Severity severity) {
		List<Issue> all = issues(text);
		List<Issue> matching = all.stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, matching.size(), () -> "expected one " + code + " but got:\n" + describe(all));
		assertEquals(severity, matching.get(0).getSeverity(), () -> describe(matching));
		return matching.get(0);
	}

	protected void assertNoIssue(String text, String code) {
		List<Issue> matching = issues(text, code);
		assertTrue(matching.isEmpty(), () -> "unexpected " + code + ":\n" + describe(matching));
	}

	protected void assertClean(String text) {
		List<Issue> all = issues(text);
		assertTrue(all.isEmpty(), () -> "expected no issues but got:\n" + describe(all));
	}

	protected static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " "
				+ i.getMessage() + " [" + i.getCode() + "]").collect(Collectors.joining("\n"));
	}

	/** The text the issue marks in {@code text}. */
	protected static String marked(String text, Issue issue) {
		return text.substring(issue.getOffset(), issue.getOffset() + issue.getLength());
	}
}
