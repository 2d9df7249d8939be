package org.journey.tests.generator;

import static org.journey.tests.support.JourneyModels.CLEAN;
import static org.journey.tests.support.JourneyModels.EVENTS_KPIS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.journey.Initiative;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyFactory;
import org.journey.dsl.journey.Model;
import org.journey.dsl.model.JourneyQueries;
import org.journey.dsl.model.WorkspaceMemo;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * What every journey of a workspace asks for is computed once per state of the files, and again
 * as soon as a file is read anew, added or removed; never kept for models made in memory.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class WorkspaceMemoTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void aValueIsComputedOncePerStateOfTheFiles() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource shop = load(resourceSet, "shop.journey", CLEAN);
		Journey buying = journey(shop);
		AtomicInteger computed = new AtomicInteger();

		WorkspaceMemo.get(buying, "key", computed::incrementAndGet);
		WorkspaceMemo.get(buying, "key", computed::incrementAndGet);
		assertEquals(1, computed.get(), "the same state: computed once");

		shop.reparse(CLEAN + "\n");
		WorkspaceMemo.get(journey(shop), "key", computed::incrementAndGet);
		assertEquals(2, computed.get(), "a file read anew");

		Resource kpis = load(resourceSet, "kpis.journey", EVENTS_KPIS);
		WorkspaceMemo.get(journey(shop), "key", computed::incrementAndGet);
		assertEquals(3, computed.get(), "a file added");

		resourceSet.getResources().remove(kpis);
		WorkspaceMemo.get(journey(shop), "key", computed::incrementAndGet);
		assertEquals(4, computed.get(), "a file removed");

		WorkspaceMemo.get(journey(shop), "another key", computed::incrementAndGet);
		assertEquals(5, computed.get(), "each key has its value");
	}

	@Test
	void aModelMadeInMemoryIsNeverKept() {
		XtextResourceSet resourceSet = resourceSets.get();
		Resource resource = new ResourceImpl(URI.createURI("memory:/made.journey"));
		resourceSet.getResources().add(resource);
		Model model = JourneyFactory.eINSTANCE.createModel();
		Journey journey = JourneyFactory.eINSTANCE.createJourney();
		model.getElements().add(journey);
		resource.getContents().add(model);
		AtomicInteger computed = new AtomicInteger();

		WorkspaceMemo.get(journey, "key", computed::incrementAndGet);
		WorkspaceMemo.get(journey, "key", computed::incrementAndGet);

		assertEquals(2, computed.get());
	}

	@Test
	void aJourneysInitiativesFollowTheFilesThatDeclareThem() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource shop = load(resourceSet, "shop.journey", CLEAN);
		EcoreUtil.resolveAll(resourceSet);
		assertEquals(List.of("CalmAds"), names(JourneyQueries.initiativesOf(journey(shop))));

		shop.reparse(JourneyModels.variant(CLEAN, "initiative CalmAds", "initiative QuietAds"));
		EcoreUtil.resolveAll(resourceSet);
		assertEquals(List.of("QuietAds"), names(JourneyQueries.initiativesOf(journey(shop))));

		shop.reparse(CLEAN + """
				initiative FewerAds "Fewer ads" {
				    realizes Calm
				    staffing covered
				}
				""");
		EcoreUtil.resolveAll(resourceSet);
		assertEquals(List.of("CalmAds", "FewerAds"), names(JourneyQueries.initiativesOf(journey(shop))));
	}

	private static List<String> names(List<Initiative> initiatives) {
		return initiatives.stream().map(Initiative::getName).toList();
	}

	private static Journey journey(Resource resource) {
		return ((Model) resource.getContents().get(0)).getElements().stream().filter(Journey.class::isInstance)
				.map(Journey.class::cast).findFirst().orElseThrow();
	}

	private static XtextResource load(XtextResourceSet resourceSet, String name, String text) throws IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}
}
