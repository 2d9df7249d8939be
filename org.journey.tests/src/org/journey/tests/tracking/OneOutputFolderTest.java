package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Every journey generated into one folder, as a team's dbt project, Iglu registry and output
 * folder hold them: where two journeys write the same path (or the same Iglu URI), they write the
 * same bytes. Reads {@code examples/} of the repository.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class OneOutputFolderTest {

	/** Journeys whose names meet once snake-cased or lower-cased, in a package with Danish letters. */
	private static final String NAMES_THAT_MEET = """
			package butik.plakatværksted
			kpi Køb "Køb" { unit count baseline 1 target 2 formula count(koeb_gennemfoert) }
			goal Salg { kpis Køb }
			journey Min_Rejse "Min rejse" { pursues Salg phase P { touchpoint T { event koeb_gennemfoert { ordre: string } } } }
			journey MinRejse "Min anden rejse" {
			    pursues Salg
			    phase P { touchpoint T { event koeb_gennemfoert { ordre: string required, beloeb: number } } }
			}
			""";

	/** Where a file lands when a team merges the outputs: Iglu schemas in one registry, the rest as written. */
	private static String merged(String path) {
		int snowplow = path.indexOf(SNOWPLOW);
		return snowplow < 0 ? path : "iglu registry/" + path.substring(snowplow + SNOWPLOW.length());
	}

	private static final String SNOWPLOW = "/tracking/snowplow/";

	@Inject
	private WarehouseGeneration generation;

	@Inject
	private IGenerator2 generator;

	@Test
	void everyExampleAndJourneysWithMeetingNamesShareOneFolderWithoutOverwritingEachOther() throws Exception {
		ResourceSet examples = generation.loadExamples();
		ResourceSet meeting = generation.load(NAMES_THAT_MEET);

		List<String> collisions = new ArrayList<>();
		Map<String, String> files = new TreeMap<>();
		for (ResourceSet resources : List.of(examples, meeting)) {
			for (Resource resource : List.copyOf(resources.getResources())) {
				InMemoryFileSystemAccess output = new InMemoryFileSystemAccess();
				GeneratorContext context = new GeneratorContext();
				context.setCancelIndicator(CancelIndicator.NullImpl);
				generator.doGenerate(resource, output, context);
				output.getAllFiles().forEach((path, content) -> {
					String text = content instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
							: content.toString();
					String earlier = files.put(merged(path), text);
					if (earlier != null && !earlier.equals(text)) {
						collisions.add(path + " (from " + resource.getURI().lastSegment() + ")");
					}
				});
			}
		}

		assertTrue(files.size() > 150, "every target of every journey: " + files.size() + " files");
		assertEquals(List.of(), collisions, "paths written twice with different content");
	}
}
