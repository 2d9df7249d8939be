package org.journey.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.journey.dsl.ide.labels.JourneyLabels;
import org.journey.dsl.ide.outline.JourneyOutline;
import org.journey.dsl.ide.outline.JourneyOutline.ElementEntry;
import org.journey.dsl.ide.outline.JourneyOutline.Entry;
import org.journey.dsl.ide.outline.JourneyOutline.GroupEntry;
import org.journey.dsl.ide.outline.OutlineFilter;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Phase;
import org.journey.tests.support.JourneyModels;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;

/** The Eclipse outline's structure and filters, computed by JourneyOutline and OutlineFilter. */
class EditorOutlineTest extends ValidationTestBase {

	@Test
	void thePackageShowsSegmentsSourcesGroupedKpisAndGoalsJourneysAndInitiatives() {
		// given
		Model model = parse(JourneyModels.CLEAN);
		// when
		List<String> rows = JourneyOutline.children(model).stream().map(EditorOutlineTest::label).toList();
		// then
		assertEquals(List.of("Buyers – Online buyers", "Browsers – Browsers", "Analytics – Web analytics", "KPIs", "Goals",
				"Buying – Buying online", "CalmAds – Calmer ads"), rows);
	}

	@Test
	void theKpiGroupHoldsEveryKpiOfTheFile() {
		// given
		Model model = parse(JourneyModels.CLEAN);
		// when
		GroupEntry kpis = (GroupEntry) JourneyOutline.children(model).stream()
				.filter(entry -> entry instanceof GroupEntry group && group.label().equals(JourneyOutline.KPI_GROUP))
				.findFirst().orElseThrow();
		// then
		assertEquals(List.of("Conversion – Visit-to-purchase conversion", "Returns – Return rate"),
				kpis.members().stream().map(JourneyLabels::text).toList());
		assertEquals(JourneyLabels.KPI, kpis.icon());
	}

	@Test
	void aJourneyShowsPhasesAndAPhaseItsTouchpointsPainsAndOpportunities() {
		// given
		Model model = parse(JourneyModels.CLEAN);
		Journey journey = EcoreUtil2.getAllContentsOfType(model, Journey.class).get(0);
		Phase attract = journey.getPhases().get(0);
		// when
		List<String> phases = JourneyOutline.children(journey).stream().map(EditorOutlineTest::label).toList();
		List<String> inAttract = JourneyOutline.children(attract).stream().map(EditorOutlineTest::label).toList();
		// then
		assertEquals(List.of("Attract", "Interest", "Convert", "Close", "Delight"), phases);
		assertEquals(List.of("Ad [social]", "Noise – Too many ads", "Calm – Fewer, better ads"), inAttract);
		assertTrue(JourneyOutline.hasChildren(attract.getTouchpoints().get(0)), "the touchpoint shows its event");
		assertFalse(JourneyOutline.hasChildren(attract.getPains().get(0)));
	}

	@Test
	void aFileWithoutKpisHasNoKpiGroup() {
		// given
		Model model = parse("package p\nsegment S \"s\"\ngoal G \"g\"\n");
		// when
		List<String> rows = JourneyOutline.children(model).stream().map(EditorOutlineTest::label).toList();
		// then
		assertEquals(List.of("S – s", "Goals"), rows);
	}

	@Test
	void filtersHideTheirKindsOnly() {
		assertTrue(OutlineFilter.HIDE_EVENTS.hides(JourneyPackage.Literals.EVENT));
		assertTrue(OutlineFilter.HIDE_EVENTS.hides(JourneyPackage.Literals.EVENT_PROPERTY));
		assertFalse(OutlineFilter.HIDE_EVENTS.hides(JourneyPackage.Literals.TOUCHPOINT));
		assertTrue(OutlineFilter.HIDE_PAINS_AND_OPPORTUNITIES.hides(JourneyPackage.Literals.OPPORTUNITY));
		assertFalse(OutlineFilter.HIDE_PAINS_AND_OPPORTUNITIES.hides(JourneyPackage.Literals.PHASE));
		assertTrue(OutlineFilter.HIDE_SEGMENTS_AND_SOURCES.hides(JourneyPackage.Literals.SOURCE));
		for (OutlineFilter filter : OutlineFilter.values()) {
			assertTrue(JourneyLabels.ALL_ICONS.contains(filter.icon()), filter::name);
		}
	}

	private static String label(Entry entry) {
		return entry instanceof ElementEntry element ? JourneyLabels.text(element.element()) : ((GroupEntry) entry).label();
	}
}
