package org.journey.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.journey.dsl.JourneyRuntimeModule;
import org.journey.dsl.generator.JourneyGenerator;
import org.journey.dsl.generator.JourneyGeneratorContext;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlanBuilder;
import org.journey.dsl.generator.tracking.TrackingSettings;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.multibindings.Multibinder;

/**
 * The generator builds a journey's map and tracking plan once and hands the same ones to every
 * target it runs for that journey.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyRunTest {

	private static final String TWO_JOURNEYS = JourneyModels.CLEAN + """

			journey Returning "Coming back" {
			    for Buyers
			    phase Remind {
			        touchpoint Reminder { channel email event reminder_opened { campaign: string } }
			    }
			}
			""";

	/** A target that keeps what the generator gives it, and reads the plan as a tracking target does. */
	private static final class RecordingTarget implements ReportTarget {

		private final String name;
		private final List<JourneyMap> maps = new ArrayList<>();
		private final List<TrackingPlan> plans = new ArrayList<>();

		RecordingTarget(String name) {
			this.name = name;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public void generate(JourneyRun run, IFileSystemAccess2 files) {
			maps.add(run.map());
			plans.add(run.trackingPlan());
			files.generateFile(run.folder() + name + ".txt", run.trackingPlan().journey());
		}
	}

	@Inject
	private ParseHelper<Model> parseHelper;

	private final RecordingTarget first = new RecordingTarget("recorded-first");
	private final RecordingTarget second = new RecordingTarget("recorded-second");

	/** The generator as the runtime module configures it, with the two recording targets beside the real ones. */
	private JourneyGenerator generatorWithRecordingTargets() {
		return Guice.createInjector(new JourneyRuntimeModule(), binder -> {
			Multibinder<ReportTarget> targets = Multibinder.newSetBinder(binder, ReportTarget.class);
			targets.addBinding().toInstance(first);
			targets.addBinding().toInstance(second);
		}).getInstance(JourneyGenerator.class);
	}

	@Test
	void everyTargetOfAJourneyGetsTheSameMapAndTrackingPlan() throws Exception {
		// given a file with two journeys, and a run of two targets and the ga4 target
		Model model = parseHelper.parse(TWO_JOURNEYS);
		List<Journey> journeys = model.getElements().stream().filter(Journey.class::isInstance)
				.map(Journey.class::cast).toList();
		InMemoryFileSystemAccess files = new InMemoryFileSystemAccess();

		// when the generator runs
		generatorWithRecordingTargets().doGenerate(model.eResource(), files, new JourneyGeneratorContext(
				List.of("recorded-first", "ga4", "recorded-second"), CancelIndicator.NullImpl));

		// then both targets got one map and one plan per journey, the same instances
		assertEquals(2, journeys.size());
		assertEquals(2, first.plans.size());
		assertEquals(2, second.plans.size());
		for (int i = 0; i < journeys.size(); i++) {
			assertSame(first.maps.get(i), second.maps.get(i), "map of journey " + i);
			assertSame(first.plans.get(i), second.plans.get(i), "tracking plan of journey " + i);
			Journey journey = journeys.get(i);
			assertEquals(TrackingPlanBuilder.build(journey, TrackingSettings.of(journey)), first.plans.get(i),
					"the plan is the journey's own");
		}
		assertNotSame(first.plans.get(0), first.plans.get(1));
		assertTrue(files.getAllFiles().keySet().stream().anyMatch(path -> path.endsWith("ga4-measurement-plan.json")),
				"the ga4 target ran beside them");
	}

	@Test
	void aRunBuildsItsTrackingPlanOnceWhenFirstAskedFor() throws Exception {
		// given a journey's run
		Journey journey = (Journey) parseHelper.parse(JourneyModels.CLEAN).getElements().stream()
				.filter(Journey.class::isInstance).findFirst().orElseThrow();
		JourneyRun run = JourneyRun.of(journey);

		// when two targets ask for the plan
		TrackingPlan asked = run.trackingPlan();
		TrackingPlan askedAgain = run.trackingPlan();

		// then they get the one plan of the journey, and the run writes into the journey's folder
		assertSame(asked, askedAgain);
		assertEquals(List.of("ad_clicked", "product_viewed", "purchase_completed"),
				asked.events().stream().map(TrackingPlan.TrackedEvent::name).toList());
		assertEquals("shop.Buying/", run.folder());
	}
}
