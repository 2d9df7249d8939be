package org.journey.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.diagram.services.JourneyMapServices;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The diagram builds a journey's map once per state of its file: the many expressions of one
 * refresh share it, and a change of the file gives a new one.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyMapServicesCacheTest {

	@Inject
	private JourneyFixture fixtures;

	@Test
	void theExpressionsOfOneRefreshShareOneMap() throws IOException {
		// given
		Journey journey = fixtures.parseJourney(JourneyModels.CLEAN);
		Touchpoint touchpoint = journey.getPhases().get(0).getTouchpoints().get(0);
		JourneyMapServices services = new JourneyMapServices();
		JourneyMap before = services.map(journey);

		// when: a touchpoint's colour, label and tooltip, from another services object as Sirius may make
		JourneyMapServices other = new JourneyMapServices();
		other.channelRed(touchpoint);
		other.channelGreen(touchpoint);
		other.channelBlue(touchpoint);
		other.touchpointLabel(touchpoint);
		other.touchpointTooltip(touchpoint);

		// then
		assertSame(before, services.map(journey));
		assertSame(before, other.map(journey));
	}

	@Test
	void aChangeToTheFileGivesANewMapThatShowsIt() throws IOException {
		// given
		Journey journey = fixtures.parseJourney(JourneyModels.CLEAN);
		Phase attract = journey.getPhases().get(0);
		JourneyMapServices services = new JourneyMapServices();
		JourneyMap before = services.map(journey);

		// when
		attract.setFeeling(-2);

		// then
		JourneyMap after = services.map(journey);
		assertNotSame(before, after);
		assertEquals(-2, after.columns().get(0).feeling());
		assertEquals(-2, services.feeling(attract));
		assertSame(after, services.map(journey), "cached again until the next change");
	}

	@Test
	void aJourneyOutsideAFileGetsAMapOfItsCurrentState() throws IOException {
		// given: a journey a tool has taken out of its file
		Journey journey = fixtures.parseJourney(JourneyModels.CLEAN);
		journey.eResource().getContents().clear();
		JourneyMapServices services = new JourneyMapServices();

		// when
		String before = services.diagramTitle(journey);
		journey.setTitle("Renamed");

		// then
		assertEquals("Buying online", before);
		assertEquals("Renamed", services.diagramTitle(journey));
	}
}
