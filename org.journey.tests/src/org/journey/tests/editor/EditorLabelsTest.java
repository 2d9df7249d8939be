package org.journey.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.EcoreUtil2;
import org.journey.dsl.ide.labels.JourneyLabels;
import org.journey.dsl.journey.Channel;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Touchpoint;
import org.journey.tests.support.JourneyModels;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;

/** The Eclipse label provider's texts and icons, computed by JourneyLabels. */
class EditorLabelsTest extends ValidationTestBase {

	@Test
	void everyConceptOfTheLanguageHasALabelAndAnIcon() {
		// given every element of the clean model, which uses every concept
		Model model = parse(JourneyModels.CLEAN);
		Set<EClass> seen = new HashSet<>();
		// when labelling each
		for (EObject element : EcoreUtil2.eAllContentsAsList(model)) {
			if (JourneyPackage.Literals.FORMULA.isSuperTypeOf(element.eClass())) {
				continue; // parts of a KPI's formula are not shown on their own
			}
			seen.add(element.eClass());
			// then it has both
			assertNotNull(JourneyLabels.text(element), () -> "no label for " + element.eClass().getName());
			assertNotNull(JourneyLabels.icon(element), () -> "no icon for " + element.eClass().getName());
		}
		for (EClass concept : List.of(JourneyPackage.Literals.SEGMENT, JourneyPackage.Literals.SOURCE, JourneyPackage.Literals.KPI,
				JourneyPackage.Literals.GOAL, JourneyPackage.Literals.JOURNEY, JourneyPackage.Literals.PHASE,
				JourneyPackage.Literals.TOUCHPOINT, JourneyPackage.Literals.EVENT, JourneyPackage.Literals.PAIN,
				JourneyPackage.Literals.OPPORTUNITY, JourneyPackage.Literals.INITIATIVE)) {
			assertTrue(seen.contains(concept), () -> "the test model lacks a " + concept.getName());
		}
	}

	@Test
	void labelsShowNameAndTitleAndTheTouchpointsChannel() {
		// given
		Model model = parse(JourneyModels.CLEAN);
		Touchpoint ad = EcoreUtil2.getAllContentsOfType(model, Touchpoint.class).get(0);
		Event clicked = ad.getEvents().get(0);
		EventProperty campaign = clicked.getProperties().get(0);
		// when, then
		assertEquals("shop", JourneyLabels.text(model));
		assertEquals("Buyers – Online buyers", JourneyLabels.text(model.getElements().get(0)));
		assertEquals("Ad [social]", JourneyLabels.text(ad));
		assertEquals("ad_clicked (1 property)", JourneyLabels.text(clicked));
		assertEquals("campaign: string required", JourneyLabels.text(campaign));
	}

	@Test
	void touchpointIconsFollowTheChannelFamily() {
		assertEquals(JourneyLabels.TOUCHPOINT_DIGITAL, JourneyLabels.touchpointIcon(Channel.WEB));
		assertEquals(JourneyLabels.TOUCHPOINT_MEDIA, JourneyLabels.touchpointIcon(Channel.SOCIAL));
		assertEquals(JourneyLabels.TOUCHPOINT_MESSAGE, JourneyLabels.touchpointIcon(Channel.EMAIL));
		assertEquals(JourneyLabels.TOUCHPOINT_CONVERSATION, JourneyLabels.touchpointIcon(Channel.WORD_OF_MOUTH));
		assertEquals(JourneyLabels.TOUCHPOINT_PLACE, JourneyLabels.touchpointIcon(Channel.STORE));
		assertEquals(JourneyLabels.TOUCHPOINT_OTHER, JourneyLabels.touchpointIcon(Channel.UNSPECIFIED));
	}

	@Test
	void everyChannelHasAnIconTheIconListNames() {
		for (Channel channel : Channel.VALUES) {
			assertTrue(JourneyLabels.ALL_ICONS.contains(JourneyLabels.touchpointIcon(channel)), channel::getLiteral);
		}
	}
}
