package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMap.ChannelRow;
import org.journey.dsl.map.JourneyMap.Column;
import org.journey.dsl.map.JourneyMap.CurvePoint;
import org.journey.dsl.map.JourneyMap.FunnelStep;
import org.journey.dsl.map.JourneyMap.OpportunityCard;
import org.journey.dsl.map.JourneyMap.SegmentReach;
import org.journey.dsl.map.JourneyMap.SourceInfo;
import org.journey.dsl.map.JourneyMap.TouchpointCard;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.Quadrant;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The journey map computed from {@link JourneyModels#CLEAN}: five funnel phases with volumes
 * 1000, 500, 200, 50, 60, feelings only in Attract (+1) and Close (-2), one touchpoint each.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyMapBuilderTest {

	@Inject
	private JourneyFixture fixture;

	@Test
	void oneColumnPerPhaseInOrderWithTheModelPhasesName() {
		JourneyMap map = build(JourneyModels.CLEAN);

		assertEquals(List.of("Attract", "Interest", "Convert", "Close", "Delight"), map.columns().stream().map(Column::name).toList());
		assertEquals(List.of(0, 1, 2, 3, 4), map.columns().stream().map(Column::index).toList());
		assertEquals("Attract", map.columns().get(0).modelPhaseName());
		assertEquals("Get inspired", map.columns().get(0).customerGoal());
		assertEquals("shop.Buying", map.qualifiedName());
	}

	@Test
	void danishJourneyNamesTheModelPhasesInDanish() {
		JourneyMap map = build(JourneyModels.variant("model funnel", "model funnel language da"));

		assertEquals("Tiltrækning", map.columns().get(0).modelPhaseName());
		assertEquals("Tiltrækning", map.columns().get(0).heading(), "no title: the model phase's name is the heading");
	}

	@Test
	void feelingCurveHasOnePointPerPhaseAndExperiencePointsPerScoredTouchpoint() {
		JourneyMap map = build(JourneyModels.CLEAN);

		assertEquals(Arrays.asList(1, null, null, -2, null), map.feelingCurve().stream().map(CurvePoint::feeling).toList());
		assertEquals(5, map.feelingCurve().size());
		assertEquals(1, map.experiencePoints().size(), "only the Ad touchpoint gives an experience");
		assertEquals(0, map.experiencePoints().get(0).columnIndex());
		assertEquals("Ad", map.experiencePoints().get(0).touchpoint());
		assertEquals(2, map.experiencePoints().get(0).experience());
	}

	@Test
	void funnelConversionIsEachVolumeOverThePreviousAndOverTheFirst() {
		JourneyMap map = build(JourneyModels.CLEAN);

		List<FunnelStep> funnel = map.funnel();
		assertEquals(List.of(1000L, 500L, 200L, 50L, 60L), funnel.stream().map(FunnelStep::volume).toList());
		assertNull(funnel.get(0).conversionFromPrevious(), "the first step has nothing before it");
		assertNull(funnel.get(0).conversionFromFirst());
		assertEquals(0.5, funnel.get(1).conversionFromPrevious(), 1e-12); // 500 / 1000
		assertEquals(0.4, funnel.get(2).conversionFromPrevious(), 1e-12); // 200 / 500
		assertEquals(0.25, funnel.get(3).conversionFromPrevious(), 1e-12); // 50 / 200
		assertEquals(1.2, funnel.get(4).conversionFromPrevious(), 1e-12); // 60 / 50: growth after the purchase
		assertEquals(0.05, funnel.get(3).conversionFromFirst(), 1e-12); // 50 / 1000
	}

	@Test
	void funnelSkipsPhasesWithoutVolume() {
		JourneyMap map = build(JourneyModels.variant("volume 500\n", ""));

		assertEquals(List.of(0, 2, 3, 4), map.funnel().stream().map(FunnelStep::columnIndex).toList());
		assertEquals(0.2, map.funnel().get(1).conversionFromPrevious(), 1e-12); // 200 / 1000: Interest has no volume
	}

	@Test
	void opportunitiesLandInTheirValueEffortQuadrant() {
		JourneyMap map = build(JourneyModels.variant(
				"opportunity Calm \"Fewer, better ads\" { value high effort low fixes Noise }",
				"""
						opportunity Calm "Fewer, better ads" { value high effort low fixes Noise }
						opportunity Rebrand { value medium effort high }
						opportunity Emoji { value low effort low }
						opportunity Hologram { value low effort medium }
						opportunity Someday
						"""));

		assertEquals(List.of(Quadrant.QUICK_WIN, Quadrant.BIG_BET, Quadrant.FILL_IN, Quadrant.MONEY_PIT, Quadrant.UNRATED),
				map.opportunities().stream().map(OpportunityCard::quadrant).toList());
		assertEquals(List.of("Noise"), map.opportunities().get(0).fixes());
		assertEquals("Attract", map.opportunities().get(0).phase());
		assertEquals("quick-win", Quadrant.QUICK_WIN.id());
	}

	@Test
	void touchpointsKeepTheWrittenOrderAndEachNamesItsChannel() {
		// written email, store, email: grouping by channel would move the shop after both mails
		JourneyMap map = build(JourneyModels.variant(JourneyModels.variant("model funnel", "model funnel language da"),
				"touchpoint Newsletter { channel email }",
				"touchpoint Newsletter { channel email } touchpoint Shop { channel store } touchpoint Reminder { channel email }"));

		List<TouchpointCard> delight = map.columns().get(4).touchpoints();
		assertEquals(List.of("Newsletter", "Shop", "Reminder"), delight.stream().map(TouchpointCard::name).toList());
		assertEquals(List.of("email", "store", "email"), delight.stream().map(TouchpointCard::channel).toList());
		assertEquals(List.of("E-mail", "Butik", "E-mail"), delight.stream().map(TouchpointCard::channelLabel).toList());
	}

	@Test
	void coverageCountsTouchpointsPerChannelAndPhaseInTheOrderTheChannelsAreFirstMet() {
		JourneyMap map = build(JourneyModels.variant("touchpoint Newsletter { channel email }",
				"touchpoint Newsletter { channel email } touchpoint Reminder { channel email }"));

		assertEquals(List.of("social", "search", "web", "email"), map.channelCoverage().stream().map(ChannelRow::channel).toList());
		assertEquals(List.of(0, 0, 1, 1, 0), counts(map, "web"));
		assertEquals(List.of(1, 0, 0, 0, 0), counts(map, "social"));
		assertEquals(List.of(0, 0, 0, 0, 2), counts(map, "email"));
		assertEquals(2, map.columns().get(4).touchpointCount());
	}

	@Test
	void segmentIsReachedWhereATouchpointServesItOrServesEveryone() {
		// Interest's only touchpoint serves Buyers alone; every other touchpoint serves every segment
		JourneyMap map = build(JourneyModels.variant("serves Buyers, Browsers", "serves Buyers"));

		assertEquals(List.of(true, true, true, true, true), reach(map, "Buyers"));
		assertEquals(List.of(true, false, true, true, true), reach(map, "Browsers"));
	}

	@Test
	void kpisSourcesAndInitiativesOfTheJourney() {
		JourneyMap map = build(JourneyModels.CLEAN);

		assertEquals(List.of("Conversion", "Returns"), map.kpis().stream().map(k -> k.name()).toList());
		assertEquals(List.of("Close"), map.kpis().get(0).phases());
		assertEquals(List.of("MoreSales"), map.kpis().get(0).goals());
		assertEquals("count(purchase_completed) / count(product_viewed)", map.kpis().get(0).formula());
		assertEquals(1, map.kpis().get(0).milestones().size(), "CalmAds' milestone moves Conversion");
		assertEquals(List.of("Analytics"), map.sources().stream().map(SourceInfo::name).toList());
		assertEquals("analytics", map.sources().get(0).kind());
		assertEquals(List.of("CalmAds"), map.initiatives().stream().map(i -> i.name()).toList());
		assertNull(map.owner(), "the journey names no owner");
	}

	private JourneyMap build(String model) {
		return JourneyMapBuilder.build(fixture.parseJourney(model));
	}

	private static List<Integer> counts(JourneyMap map, String channel) {
		return map.channelCoverage().stream().filter(r -> r.channel().equals(channel)).findFirst().orElseThrow()
				.countsPerColumn();
	}

	private static List<Boolean> reach(JourneyMap map, String segment) {
		return map.segmentReach().stream().filter(r -> r.segment().equals(segment)).findFirst()
				.map(SegmentReach::reachedPerColumn).orElseThrow();
	}
}
