package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.JourneyGenerator;
import org.journey.dsl.generator.tracking.DbtNames;
import org.journey.dsl.generator.tracking.DbtTarget;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlanBuilder;
import org.journey.dsl.generator.tracking.TrackingSettings;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import com.google.inject.Inject;

/**
 * Every example journey generates its Snowplow schemas and dbt file, and the output depends on the
 * model only: not on the run, the default locale or the time zone.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class SnowplowAndDbtExamplesTest {

	@Inject
	private WarehouseGeneration generation;

	@Test
	void everyExampleJourneyGetsADbtFileAndASchemaForEachOfItsEvents() throws Exception {
		ResourceSet examples = generation.loadExamples();

		Map<String, String> files = generation.generate(examples, "snowplow", "dbt");

		List<Executable> checks = new ArrayList<>();
		for (Resource resource : List.copyOf(examples.getResources())) {
			for (Journey journey : EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Journey.class)) {
				TrackingPlan plan = TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
				String folder = JourneyGenerator.outputFolder(JourneyMapBuilder.build(journey));
				String dbtFile = DbtTarget.FOLDER + DbtTarget.fileName(DbtNames.journeyPrefix(journey));
				checks.add(() -> assertTrue(files.containsKey(dbtFile), "no dbt file " + dbtFile + " for " + folder));
				for (TrackedEvent event : plan.events()) {
					String schema = folder + "tracking/snowplow/schemas/" + plan.settings().vendor() + "/" + event.name()
							+ "/jsonschema/1-0-0";
					checks.add(() -> assertTrue(files.containsKey(schema), "no Snowplow schema " + schema));
				}
			}
		}
		assertTrue(checks.size() > 50, "the examples should have four journeys with many events; checks: " + checks.size());
		assertAll(checks);
	}

	@Test
	void generatingTwiceGivesTheSameBytes() throws Exception {
		Map<String, String> first = generation.generate(generation.loadExamples(), "snowplow", "dbt");

		Map<String, String> second = generation.generate(generation.loadExamples(), "snowplow", "dbt");

		assertEquals(first, second);
	}

	@Test
	void theOutputDoesNotDependOnTheDefaultLocaleOrTimeZone() throws Exception {
		Map<String, String> usual = generation.generate(generation.loadExamples(), "snowplow", "dbt");
		Locale locale = Locale.getDefault();
		TimeZone timeZone = TimeZone.getDefault();
		Map<String, String> elsewhere;
		try {
			// Turkish lower-cases "I" to a dotless "ı"; Kiritimati is 14 hours ahead of UTC
			Locale.setDefault(Locale.forLanguageTag("tr-TR"));
			TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
			elsewhere = generation.generate(generation.loadExamples(), "snowplow", "dbt");
		} finally {
			Locale.setDefault(locale);
			TimeZone.setDefault(timeZone);
		}

		assertEquals(usual, elsewhere);
	}

	@Test
	void linesEndInLineFeedsAndFilesInOne() throws Exception {
		Map<String, String> files = generation.generate(generation.loadExamples(), "snowplow", "dbt");

		assertFalse(files.isEmpty());
		assertAll(files.entrySet().stream().map(file -> (Executable) () -> {
			assertFalse(file.getValue().contains("\r"), file.getKey() + " contains a carriage return");
			assertTrue(file.getValue().endsWith("\n") && !file.getValue().endsWith("\n\n"),
					file.getKey() + " should end with exactly one line feed");
		}));
	}
}
