package org.journey.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.formatting2.JourneyDocumentFormatter;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** A file with no model (empty, or only comments) formats to itself; Xtext's region builder failed on it (found by fuzzing). */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ModelLessFileTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private JourneyDocumentFormatter formatter;

	@ParameterizedTest
	@ValueSource(strings = { "", "\n", "// only a comment\n", "/* a\n   block */\n" })
	void aFileWithoutAModelIsLeftAsItIs(String text) throws Exception {
		XtextResource resource = (XtextResource) resourceSets.get().createResource(URI.createURI("empty.journey"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);

		String formatted = formatter.format(resource);

		assertEquals(text, formatted);
	}
}
