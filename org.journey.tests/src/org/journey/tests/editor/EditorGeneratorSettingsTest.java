package org.journey.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.OutputConfiguration;
import org.journey.dsl.generator.GeneratorTargets;
import org.journey.dsl.generator.settings.GeneratorSettings;
import org.journey.dsl.generator.settings.GeneratorSettings.TargetSelection;
import org.journey.dsl.generator.settings.JourneyOutputConfigurations;
import org.journey.dsl.generator.settings.ReportLocations;
import org.journey.dsl.journey.Model;
import org.journey.tests.support.JourneyModels;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;

import com.google.inject.Inject;

/** The preferences of the Eclipse builder (targets, output folder) and where "Open report" looks. */
class EditorGeneratorSettingsTest extends ValidationTestBase {

	@Inject
	private GeneratorTargets targets;

	@Test
	void allOrBlankSelectsEveryTarget() {
		// given the generator's real target names
		List<String> known = targets.names();
		// when, then
		assertEquals(known, GeneratorSettings.parseTargets("all", known).selectedAmong(known));
		assertEquals(known, GeneratorSettings.parseTargets("", known).selectedAmong(known));
		assertEquals(known, GeneratorSettings.parseTargets(null, known).selectedAmong(known));
	}

	@Test
	void namedTargetsAreSelectedInTheGeneratorsOrderAndUnknownOnesReported() {
		// given
		List<String> known = targets.names();
		// when
		TargetSelection selection = GeneratorSettings.parseTargets(" Markdown, html ,htm,", known);
		// then
		assertFalse(selection.all());
		assertEquals(List.of("html", "markdown"), selection.selectedAmong(known));
		assertEquals(List.of("htm"), selection.unknown());
		assertTrue(GeneratorSettings.checkTargets(" Markdown, html ,htm,", known).orElseThrow().startsWith("Unknown target(s) htm; known targets: "));
		assertTrue(GeneratorSettings.checkTargets("html, gtm", known).isEmpty());
	}

	@Test
	void theOutputFolderMustBeARelativePathInsideTheProject() {
		assertTrue(GeneratorSettings.checkOutputFolder("build/journeys").isEmpty());
		assertTrue(GeneratorSettings.checkOutputFolder("reports").isEmpty());
		assertTrue(GeneratorSettings.checkOutputFolder("").isPresent());
		assertTrue(GeneratorSettings.checkOutputFolder("/tmp/out").isPresent());
		assertTrue(GeneratorSettings.checkOutputFolder("C:\\out").isPresent());
		assertTrue(GeneratorSettings.checkOutputFolder("build/../../elsewhere").isPresent());
	}

	@Test
	void theBuilderWritesIntoTheDefaultOutputFolderAndMayCleanIt() {
		// when
		Set<OutputConfiguration> outputs = new JourneyOutputConfigurations().getOutputConfigurations();
		// then
		assertEquals(1, outputs.size());
		OutputConfiguration output = outputs.iterator().next();
		assertEquals(IFileSystemAccess.DEFAULT_OUTPUT, output.getName());
		assertEquals(GeneratorSettings.DEFAULT_OUTPUT_FOLDER, output.getOutputDirectory());
		assertTrue(output.isOverrideExistingResources());
		assertTrue(output.isCleanUpDerivedResources());
	}

	@Test
	void theReportOfEveryJourneyIsInItsQualifiedNamesFolder() {
		// given a file with one journey, Buying, in package shop
		Model model = parse(JourneyModels.CLEAN);
		// when, then
		assertEquals(List.of("build/journeys/shop.Buying/journey-map.html"),
				ReportLocations.htmlReports(model.eResource(), "build/journeys"));
		assertEquals(List.of("out/shop.Buying/journey-map.html"), ReportLocations.htmlReports(model.eResource(), "./out/"));
		assertEquals(List.of("build/journeys/shop.Buying/journey-map.html"), ReportLocations.htmlReports(model.eResource(), ""));
	}
}
