package org.journey.tests.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.formatting2.JourneyDocumentFormatter;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;
import org.journey.tests.support.Repository;

/**
 * The examples are what modellers copy: they are in the canonical layout the formatter produces.
 * Reads examples/ through the system property journey.repository.root (set by surefire).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ExamplesLayoutTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private JourneyDocumentFormatter formatter;

	@TestFactory
	Stream<DynamicTest> everyExampleIsInTheCanonicalLayout() throws IOException {
		Path examples = Repository.path("examples");
		try (Stream<Path> files = Files.walk(examples)) {
			return files.filter(f -> f.toString().endsWith(".journey")).sorted().toList().stream()
					.map(file -> DynamicTest.dynamicTest(examples.relativize(file).toString(), () -> {
						String text = Files.readString(file, StandardCharsets.UTF_8);
						XtextResource resource = (XtextResource) resourceSets.get()
								.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);

						String formatted = formatter.format(resource);

						if (Boolean.getBoolean("journey.examples.reformat")) {
							Files.writeString(file, formatted, StandardCharsets.UTF_8);
						}
						assertEquals(text, formatted, "format it with -Djourney.examples.reformat=true, then review the diff");
					}));
		}
	}
}
