package org.journey.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.journey.dsl.diff.ModelDiff;
import org.journey.dsl.diff.ModelDiff.ChangeKind;
import org.journey.dsl.diff.ModelDiff.ElementChange;
import org.journey.dsl.diff.ModelDiff.PropertyChange;
import org.journey.dsl.diff.SchemaVer;
import org.journey.tests.support.JourneyModels;
import org.journey.tests.support.Repository;
import org.junit.jupiter.api.Test;

/** The comparison of two sets of models by meaning: what counts as a change, and what does not. */
class ModelDiffTest {

	@Test
	void aModelComparedWithItselfHasNoChange() {
		ModelDiff diff = Diffs.compare(JourneyModels.CLEAN, JourneyModels.CLEAN);

		assertTrue(diff.isEmpty(), diff.toString());
	}

	@Test
	void theExamplesComparedWithThemselvesHaveNoChange() {
		ModelDiff diff = Diffs.compare(Repository.path("examples"), Repository.path("examples"));

		assertTrue(diff.isEmpty(), diff.toString());
	}

	/** Layout, comments, quotes, 2.0 written 2.00, properties in another order: the same meaning. */
	@Test
	void formattingAndCommentsAreNoChange() {
		String reformatted = JourneyModels.CLEAN.replace("    ", "\t").replace("\n\n", "\n\n\n")
				.replace("target 2.0 by 2027-06-30", "target 2.00 by 2027-06-30 // by the end of June")
				.replace("segment Buyers \"Online buyers\" { share 60% }",
						"/* who buys */\nsegment Buyers 'Online buyers' {\n  share 60.0 %\n}")
				.replace("""
						    baseline 8
						    target 5
						    direction decrease
						""".replace("    ", "\t"), """
						    direction decrease
						    target 5
						    baseline 8.0
						""".replace("    ", "\t"));
		assertTrue(reformatted.contains("baseline 8.0"), "the reordering applies");

		ModelDiff diff = Diffs.compare(JourneyModels.CLEAN, reformatted);

		assertTrue(diff.isEmpty(), diff.toString());
	}

	@Test
	void aKpiTargetChangeNamesThePropertyWithOldAndNewValue() {
		ModelDiff diff = Diffs.compare(JourneyModels.CLEAN,
				JourneyModels.variant("target 2.0 by 2027-06-30", "target 2.5 by 2027-06-30"));

		assertEquals(List.of(new ElementChange(ChangeKind.CHANGED, "kpi", "shop.Conversion", null, null, null,
				List.of(new PropertyChange("target", "2", "2.5")))), diff.elements());
		assertEquals(List.of(), diff.events());
	}

	@Test
	void aTouchpointInAnotherPhaseIsMoved() {
		String moved = JourneyModels.variant(JourneyModels.variant("        touchpoint Search { channel search serves Buyers, Browsers }\n", ""),
				"        touchpoint Newsletter { channel email }",
				"        touchpoint Newsletter { channel email }\n        touchpoint Search { channel search serves Buyers, Browsers }");

		ModelDiff diff = Diffs.compare(JourneyModels.CLEAN, moved);

		assertEquals(List.of(new ElementChange(ChangeKind.MOVED, "touchpoint", "shop.Buying.Delight.Search", null,
				"Interest", "Delight", List.of())), diff.elements());
	}

	/** Danish names: a segment renamed with æ, ø and å, its content unchanged, its references following it. */
	@Test
	void aDanishRenameIsProbablyARenameAndItsReferencesFollow() {
		String old = JourneyModels.variant("segment Browsers \"Browsers\" { share 30% }",
				"segment Kunder \"Kunder på Østerbro\" { share 30% }").replace("Buyers, Browsers", "Buyers, Kunder");
		String now = old.replace("segment Kunder ", "segment Københavnere ").replace("Buyers, Kunder", "Buyers, Københavnere");

		ModelDiff diff = Diffs.compare(old, now);

		assertEquals(List.of(new ElementChange(ChangeKind.RENAMED, "segment", "shop.Københavnere", "shop.Kunder", null,
				null, List.of())), diff.elements());
	}

	/** Two empty segments swapping names cannot be told apart from a removal and an addition. */
	@Test
	void elementsWithoutContentAreNeverTakenForARename() {
		String old = JourneyModels.CLEAN + "segment Ærø\n";
		String now = JourneyModels.CLEAN + "segment Æbeltoft\n";

		ModelDiff diff = Diffs.compare(old, now);

		assertEquals(List.of(new ElementChange(ChangeKind.ADDED, "segment", "shop.Æbeltoft", null, null, null, List.of()),
				new ElementChange(ChangeKind.REMOVED, "segment", "shop.Ærø", null, null, null, List.of())), diff.elements());
	}

	@Test
	void aRemovedEventIsBreaking() {
		ModelDiff diff = Diffs.compare(JourneyModels.CLEAN, JourneyModels.variant(
				" event ad_clicked { campaign: string required }", ""));

		assertEquals(SchemaVer.MODEL, diff.level());
		assertTrue(diff.isBreaking());
		assertEquals("ad_clicked", diff.events().get(0).event());
		assertEquals(ChangeKind.REMOVED, diff.events().get(0).kind());
	}

	@Test
	void anOptionalPropertyAddedIsAnAddition() {
		ModelDiff diff = Diffs.compare(JourneyModels.CLEAN, JourneyModels.variant(
				"event ad_clicked { campaign: string required }", "event ad_clicked { campaign: string required, æske: integer }"));

		assertEquals(SchemaVer.ADDITION, diff.level());
		assertEquals("1-0-1", diff.events().get(0).newVersion());
		assertEquals(List.of(new ElementChange(ChangeKind.ADDED, "property", "shop.Buying.Attract.Ad.ad_clicked.æske", null,
				null, null, List.of())), diff.elements());
	}
}
