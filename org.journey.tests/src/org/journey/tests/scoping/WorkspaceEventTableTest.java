package org.journey.tests.scoping;

import static org.journey.tests.support.JourneyModels.EVENTS_KPIS;
import static org.journey.tests.support.JourneyModels.EVENTS_SHOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.journey.Aggregate;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Ratio;
import org.journey.dsl.scoping.JourneyScopeProvider;
import org.journey.dsl.scoping.WorkspaceEvents;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The workspace's events are one table per index state, shared by the files of a resource set
 * (here one without an installed index: Xtext's ResourceSetBasedResourceDescriptions describes
 * the loaded files as they are now).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class WorkspaceEventTableTest {


	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private WorkspaceEvents workspaceEvents;

	@Inject
	private JourneyScopeProvider scopes;

	@Test
	void filesOfOneIndexStateShareOneTable() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		Resource shop = load(resourceSet, "shop.journey", EVENTS_SHOP);
		Resource kpis = load(resourceSet, "kpis.journey", EVENTS_KPIS);

		assertSame(workspaceEvents.visibleFrom(shop), workspaceEvents.visibleFrom(kpis));
		assertEquals(List.of("shop_visited", "order_placed"), List.copyOf(workspaceEvents.visibleFrom(kpis).keySet()));
	}

	@Test
	void renamingAnEventInOneFileRelinksTheFormulasOfAnother() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource shop = load(resourceSet, "shop.journey", EVENTS_SHOP);
		Resource kpis = load(resourceSet, "kpis.journey", EVENTS_KPIS);
		EcoreUtil.resolveAll(resourceSet);
		assertEquals("order_placed", numerator(kpis).getName());

		shop.reparse(EVENTS_SHOP.replace("event order_placed", "event purchase_made"));
		// what a builder does with the files that depend on a changed one: load them again
		kpis.unload();
		kpis.load(new ByteArrayInputStream(EVENTS_KPIS.replace("count(order_placed)", "count(purchase_made)")
				.getBytes(StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(resourceSet);

		Event renamed = numerator(kpis);
		assertFalse(renamed.eIsProxy(), "the formula links to the renamed event");
		assertEquals("purchase_made", renamed.getName());
		assertSame(shop, renamed.eResource());
		assertEquals(List.of("shop_visited", "purchase_made"), List.copyOf(workspaceEvents.visibleFrom(kpis).keySet()));

		shop.reparse(EVENTS_SHOP);
		kpis.unload();
		kpis.load(new ByteArrayInputStream(EVENTS_KPIS.replace("count(order_placed)", "count(purchase_made)")
				.getBytes(StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(resourceSet);

		assertTrue(numerator(kpis).eIsProxy(), "the old name is gone again, so the formula no longer links");
		assertEquals(List.of(), scopes.eventsByName(kpis).declarations("purchase_made"));
	}

	private static Event numerator(Resource kpis) {
		Kpi kpi = (Kpi) ((Model) kpis.getContents().get(0)).getElements().get(0);
		return ((Aggregate) ((Ratio) kpi.getFormula()).getNumerator()).getEvent();
	}

	private static XtextResource load(XtextResourceSet resourceSet, String name, String text) throws IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}
}
