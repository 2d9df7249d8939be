package org.journey.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.diagram.services.JourneyMapServices;
import org.journey.dsl.journey.Channel;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyFactory;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The services behind the diagram's tools (create, direct edit, remove a KPI from a phase) and the
 * edge cases of its layout services, on {@link JourneyModels#CLEAN} and variants of it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyMapServicesEditingTest {

	private final JourneyMapServices services = new JourneyMapServices();

	@Inject
	private JourneyFixture fixtures;

	@Test
	void aCreatedPhaseIsNamedAfterTheFirstModelPhaseTheJourneyLacks() throws IOException {
		// given: the funnel journey without its Interest phase
		Journey journey = journey(JourneyModels.variant(JourneyModels.CLEAN, """
				    phase Interest {
				        customer-goal "Compare"
				        volume 500
				        touchpoint Search { channel search serves Buyers, Browsers }
				    }
				""", ""));
		Phase created = JourneyFactory.eINSTANCE.createPhase();

		// when
		journey.getPhases().add(created);

		// then
		assertEquals("Interest", services.suggestedPhaseName(created));
	}

	@Test
	void aCreatedPhaseOfACompleteJourneyGetsAUniqueNewName() throws IOException {
		// given
		Journey journey = journey(JourneyModels.CLEAN);
		Phase first = JourneyFactory.eINSTANCE.createPhase();
		journey.getPhases().add(first);
		first.setName(services.suggestedPhaseName(first));
		Phase second = JourneyFactory.eINSTANCE.createPhase();

		// when
		journey.getPhases().add(second);

		// then
		assertEquals("NewPhase", first.getName());
		assertEquals("NewPhase2", services.suggestedPhaseName(second));
	}

	@Test
	void aCreatedTouchpointGetsANameItsPhaseDoesNotUseAndTheWebChannel() throws IOException {
		// given
		Phase attract = journey(JourneyModels.CLEAN).getPhases().get(0);
		Touchpoint existing = JourneyFactory.eINSTANCE.createTouchpoint();
		existing.setName("NewTouchpoint");
		attract.getTouchpoints().add(existing);
		Touchpoint created = JourneyFactory.eINSTANCE.createTouchpoint();

		// when
		attract.getTouchpoints().add(created);

		// then
		assertEquals("NewTouchpoint2", services.uniqueName(created, "NewTouchpoint"));
		assertEquals(Channel.WEB, services.defaultChannel(created));
	}

	@Test
	void directEditSetsNameAndTitleWrittenAsTheLanguageWritesThem() throws IOException {
		// given
		Touchpoint ad = journey(JourneyModels.CLEAN).getPhases().get(0).getTouchpoints().get(0);
		assertEquals("Ad", services.editText(ad));

		// when
		services.applyEdit(ad, "InstagramAd \"Instagram ad\"");

		// then
		assertEquals("InstagramAd", ad.getName());
		assertEquals("Instagram ad", ad.getTitle());
		assertEquals("InstagramAd \"Instagram ad\"", services.editText(ad));
	}

	@Test
	void directEditWithoutQuotesRemovesTheTitle() throws IOException {
		// given
		Phase attract = journey(JourneyModels.CLEAN).getPhases().get(0);
		attract.setTitle("Attention");

		// when
		services.applyEdit(attract, "  Attract ");

		// then
		assertEquals("Attract", attract.getName());
		assertNull(attract.getTitle());
	}

	@Test
	void directEditThatIsNotANameChangesNothing() throws IOException {
		// given
		Touchpoint ad = journey(JourneyModels.CLEAN).getPhases().get(0).getTouchpoints().get(0);

		// when
		for (String text : List.of("two words", "1st", "Ad \"unclosed", "", "Ad \"a\" \"b\"")) {
			assertSame(ad, services.applyEdit(ad, text));
		}

		// then
		assertEquals("Ad", ad.getName());
		assertNull(ad.getTitle());
	}

	@Test
	void aFeelingBeyondTheScaleSitsAtItsNearestEndAsInTheReport() throws IOException {
		// given: a feeling of 5, an error the validator reports, still drawn
		Journey journey = journey(JourneyModels.variant(JourneyModels.CLEAN, "feeling 1", "feeling 5"));
		Phase attract = journey.getPhases().get(0);

		// when
		List<Integer> levels = IntStream.rangeClosed(-2, 2).boxed().filter(s -> !services.feelingAt(attract, s).isEmpty()).toList();

		// then
		assertEquals(List.of(2), levels);
		assertEquals("+5", services.feelingLabel(attract));
	}

	@Test
	void removingAKpiFromTheMapUnlinksItFromThePhaseAndKeepsTheKpi() throws IOException {
		// given
		Journey journey = journey(JourneyModels.CLEAN);
		Phase close = journey.getPhases().get(3);
		Kpi conversion = services.phaseKpis(close).get(0);

		// when
		services.unlinkKpi(close, conversion);

		// then
		assertTrue(close.getKpis().isEmpty());
		assertTrue(((Model) journey.eContainer()).getElements().contains(conversion));
	}

	@Test
	void aKpiLabelShowsTheChipsValuesAndTheTargetDate() throws IOException {
		// given
		Phase close = journey(JourneyModels.CLEAN).getPhases().get(3);

		// when
		String label = services.kpiLabel(services.phaseKpis(close).get(0));

		// then
		assertEquals("Visit-to-purchase conversion\n1.2% → 2%\nby 30 Jun 2027", label);
	}

	private Journey journey(String text) throws IOException {
		return fixtures.parseJourney(text);
	}
}
