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
import org.journey.dsl.generator.JourneyGeneratorContext;
import org.journey.dsl.generator.JourneyGenerator;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The markdown, csv and json targets as the generator runs them: registered, one folder per journey. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ReportTargetsTest {

	@Inject
	private JourneyFixture fixture;

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
		GeneratorContext context = new JourneyGeneratorContext(List.of("markdown", "csv", "json"), CancelIndicator.NullImpl);

		generator.doGenerate(journey.eResource(), files, context);

		Map<String, byte[]> written = JourneyFixture.filesBelow(files, "golden.FirstOrder/");
		assertEquals(Set.of("journey-map.md", "touchpoints.csv", "kpis.csv", "opportunities.csv", "journey.json"),
				written.keySet());
	}

	@Test
	void aRunThatStartsWhileAnotherRunsKeepsEachRunsOwnSelection() {
		// given a markdown run, and a json run that starts while the first is between two targets
		// (the Eclipse builder and the command line share one injector, so this happens)
		Journey journey = fixture.resourceJourney("golden/golden.journey");
		InMemoryFileSystemAccess markdownFiles = new InMemoryFileSystemAccess();
		InMemoryFileSystemAccess jsonFiles = new InMemoryFileSystemAccess();
		boolean[] startedOther = { false };
		CancelIndicator startOtherRunOnce = () -> {
			if (!startedOther[0]) {
				startedOther[0] = true;
				generator.doGenerate(journey.eResource(), jsonFiles,
						new JourneyGeneratorContext(List.of("json"), CancelIndicator.NullImpl));
			}
			return false;
		};

		// when both run
		generator.doGenerate(journey.eResource(), markdownFiles,
				new JourneyGeneratorContext(List.of("markdown", "csv"), startOtherRunOnce));

		// then each wrote what it selected, nothing of the other's
		assertTrue(startedOther[0]);
		assertEquals(Set.of("journey-map.md", "touchpoints.csv", "kpis.csv", "opportunities.csv"),
				JourneyFixture.filesBelow(markdownFiles, "golden.FirstOrder/").keySet());
		assertEquals(Set.of("journey.json"), JourneyFixture.filesBelow(jsonFiles, "golden.FirstOrder/").keySet());
	}
}
