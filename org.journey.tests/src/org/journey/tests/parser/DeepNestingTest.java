package org.journey.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** A formula nested deeper than the parser's stack is an error at its position, not a crash. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class DeepNestingTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ValidationTestHelper validation;

	@Test
	void tenThousandNestedParenthesesAreOneClearError() throws Exception {
		int depth = 10_000;
		String text = "segment S\n\nkpi K {\n    formula " + "(".repeat(depth) + "count(e)" + ")".repeat(depth) + "\n}\n";

		XtextResource resource = (XtextResource) resourceSets.get().createResource(URI.createURI("deep.journey"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		List<Issue> issues = validation.validate(resource);

		assertEquals(1, issues.size(), issues::toString);
		Issue issue = issues.get(0);
		assertEquals(IssueCodes.NESTING_TOO_DEEP, issue.getCode());
		assertEquals(4, issue.getLineNumber());
		assertEquals("    formula ".length() + depth + "count(".length(), issue.getColumn(), "at the deepest parenthesis, count's own");
		assertTrue(issue.getMessage().contains("10001 levels deep"), issue.getMessage());
	}
}
