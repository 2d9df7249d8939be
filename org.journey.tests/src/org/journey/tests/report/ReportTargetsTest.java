package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.journey.dsl.generator.GeneratorTargets;
import org.journey.dsl.generator.JourneyGenerator;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The markdown, csv and json targets as the generator runs them: registered, one folder per journey. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ReportTargetsTest {

	@Inject
	private ReportFixture fixture;

	@Inject
	private GeneratorTargets targets;

	@Inject
	private JourneyGenerator generator;

	@Test
	void runtimeModuleRegistersTheDataReports() {
		assertTrue(targets.names().containsAll(List.of("markdown", "csv", "json")), () -> "registered: " + targets.names());
	}

	@Test
	void generatorWritesEveryFileIntoTheJourneysFolder() {
		Journey journey = fixture.resourceJourney("golden/golden.journey");
		InMemoryFileSystemAccess files = new InMemoryFileSystemAccess();
		GeneratorContext context = new GeneratorContext();
		context.setCancelIndicator(CancelIndicator.NullImpl);

		targets.select(List.of("markdown", "csv", "json"));
		try {
			generator.doGenerate(journey.eResource(), files, context);
		} finally {
			targets.selectAll();
		}

		Map<String, byte[]> written = ReportFixture.filesBelow(files, "golden.FirstOrder/");
		assertEquals(Set.of("journey-map.md", "touchpoints.csv", "kpis.csv", "opportunities.csv", "journey.json"),
				written.keySet());
	}
}
