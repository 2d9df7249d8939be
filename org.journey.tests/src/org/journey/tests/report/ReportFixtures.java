package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;
import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMapBuilder;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads journeys for the report tests: the repository's examples, all in one resource set as in
 * an IDE workspace (so imports and initiatives in other files resolve), or a model given as text.
 * Inject it into a test that runs with the Journey injector.
 */
public class ReportFixtures {

	private static final String ROOT_PROPERTY = "journey.repository.root";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** The repository root, from the system property surefire sets (see org.journey.tests/pom.xml). */
	public static Path repositoryRoot() {
		String root = System.getProperty(ROOT_PROPERTY);
		assertNotNull(root, "System property " + ROOT_PROPERTY + " is not set (surefire sets it, see org.journey.tests/pom.xml)");
		return Path.of(root).toAbsolutePath().normalize();
	}

	/** Every journey of every {@code .journey} file below {@code examples}, in file order. */
	public List<Journey> exampleJourneys() throws IOException {
		Path folder = repositoryRoot().resolve("examples");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".journey")).sorted()
					.toList();
		}
		assertFalse(files.isEmpty(), "No .journey files under " + folder);
		XtextResourceSet resourceSet = newResourceSet();
		for (Path file : files) {
			resourceSet.getResource(URI.createFileURI(file.toString()), true);
		}
		// link only once all files are loaded, so cross-file references find their targets
		EcoreUtil.resolveAll(resourceSet);
		List<Journey> journeys = journeys(resourceSet.getResources());
		assertFalse(journeys.isEmpty(), "The examples contain no journey");
		return journeys;
	}

	/** The journeys of a model given as text, parsed and linked in a resource set of its own. */
	public List<Journey> parse(String text) throws IOException {
		XtextResourceSet resourceSet = newResourceSet();
		Resource resource = resourceSet.createResource(URI.createURI("inline.journey"));
		resource.load(new StringInputStream(text, StandardCharsets.UTF_8.name()), resourceSet.getLoadOptions());
		EcoreUtil.resolveAll(resourceSet);
		assertTrue(resource.getErrors().isEmpty(), () -> "The model does not parse: " + resource.getErrors());
		return journeys(List.of(resource));
	}

	public static String render(Journey journey) {
		return new HtmlReport().render(JourneyMapBuilder.build(journey));
	}

	private XtextResourceSet newResourceSet() {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		return resourceSet;
	}

	private static List<Journey> journeys(Collection<Resource> resources) {
		return List.copyOf(resources).stream().flatMap(r -> r.getContents().stream())
				.flatMap(root -> EcoreUtil2.getAllContentsOfType(root, Journey.class).stream()).toList();
	}
}
