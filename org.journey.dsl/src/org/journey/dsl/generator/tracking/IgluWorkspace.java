package org.journey.dsl.generator.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.journey.Tracking;
import org.journey.dsl.model.WorkspaceMemo;

/**
 * The events of one Iglu vendor across the loaded workspace. Iglu knows a schema by vendor, event
 * name and version alone, and events are one namespace across all files; so the schema of an
 * event must not depend on which journey writes it, or two journeys would put two different
 * schemas at one URI and an Iglu registry would hold whichever was copied last. Each journey
 * writes the schema of an event from the same facts: the declarations of the event in the
 * touchpoints of all journeys of the vendor, and the journeys of the vendor that track it.
 */
final class IgluWorkspace {

	/**
	 * An event as all journeys of one vendor track it: its first description, the properties of all
	 * declarations merged, the journeys (by title, else name) that emit it or count it in a KPI, and
	 * the touchpoints that emit it, in file order.
	 */
	record IgluEvent(String name, String description, List<TrackedProperty> properties, List<String> journeys,
			List<Emitter> emitters) {
	}

	/** A touchpoint that emits an event, with its phase and journey. */
	record Emitter(String journey, String phase, String touchpoint) {
	}

	private final List<Journey> workspaceJourneys;
	private final Map<String, List<Event>> emitted = new LinkedHashMap<>();
	private final Map<String, List<String>> trackedBy = new LinkedHashMap<>();

	private IgluWorkspace(List<Journey> workspaceJourneys) {
		this.workspaceJourneys = workspaceJourneys;
	}

	/**
	 * The events tracked by the journeys whose settings give {@code vendor}, in all files loaded
	 * with {@code context}, taken in the order of the files' URIs and of the journeys in each file:
	 * the same order whichever journey asks.
	 */
	static IgluWorkspace of(Journey context, String vendor) {
		ResourceSet resourceSet = context.eResource() == null ? null : context.eResource().getResourceSet();
		// the same for every journey of the vendor: made once per state of the files, not per journey
		return WorkspaceMemo.get(context, new Key(vendor, TrackingOverrides.of(resourceSet)), () -> collect(context, vendor));
	}

	/** The settings given on the command line change every journey's vendor: part of the key. */
	private record Key(String vendor, TrackingOverrides overrides) {
	}

	private static IgluWorkspace collect(Journey context, String vendor) {
		IgluWorkspace workspace = new IgluWorkspace(journeysOfWorkspace(context));
		Optional<Tracking> workspaceBlock = TrackingSettings.firstBlockOfWorkspace(context);
		for (Journey journey : workspace.workspaceJourneys) {
			if (!Objects.equals(vendor, TrackingSettings.of(journey, () -> workspaceBlock).vendor())) {
				continue;
			}
			TrackingPlanBuilder.declarationsByEvent(journey).forEach((event, declared) -> {
				workspace.trackedBy.computeIfAbsent(event, e -> new ArrayList<>()).add(label(journey));
				List<Event> known = workspace.emitted.computeIfAbsent(event, e -> new ArrayList<>());
				// the journey's own touchpoints; a declaration a KPI names may be any journey's, of any vendor
				declared.stream().filter(declaration -> journeyOf(declaration) == journey && !known.contains(declaration))
						.forEach(known::add);
			});
		}
		return workspace;
	}

	/** The event named {@code name}, as the vendor's journeys track it; empty if none tracks it. */
	Optional<IgluEvent> event(String name) {
		List<String> journeys = trackedBy.get(name);
		if (journeys == null) {
			return Optional.empty();
		}
		List<Event> declared = emitted.get(name);
		if (declared.isEmpty()) {
			// the vendor's journeys only count the event: it is as the whole workspace emits it
			declared = emittedAnywhere(name);
		}
		List<Emitter> emitters = declared.stream().map(IgluWorkspace::emitter).flatMap(Optional::stream).toList();
		return Optional.of(new IgluEvent(name, TrackingPlanBuilder.mergedDescription(declared),
				TrackingPlanBuilder.mergedProperties(declared), List.copyOf(journeys), emitters));
	}

	private List<Event> emittedAnywhere(String name) {
		List<Event> declarations = new ArrayList<>();
		for (Journey journey : workspaceJourneys) {
			for (Phase phase : journey.getPhases()) {
				for (Touchpoint touchpoint : phase.getTouchpoints()) {
					touchpoint.getEvents().stream().filter(event -> name.equals(event.getName())).forEach(declarations::add);
				}
			}
		}
		return declarations;
	}

	private static String label(Journey journey) {
		return journey.getTitle() != null ? journey.getTitle() : journey.getName();
	}

	private static Journey journeyOf(Event declaration) {
		return EcoreUtil2.getContainerOfType(declaration, Journey.class);
	}

	private static Optional<Emitter> emitter(Event declaration) {
		Touchpoint touchpoint = EcoreUtil2.getContainerOfType(declaration, Touchpoint.class);
		Phase phase = EcoreUtil2.getContainerOfType(declaration, Phase.class);
		Journey journey = EcoreUtil2.getContainerOfType(declaration, Journey.class);
		if (touchpoint == null || phase == null || journey == null) {
			return Optional.empty();
		}
		return Optional.of(new Emitter(label(journey), phase.getName(), touchpoint.getName()));
	}

	/** Every journey loaded with {@code context}: by file URI, then in file order. */
	private static List<Journey> journeysOfWorkspace(Journey context) {
		Resource own = context.eResource();
		if (own == null) {
			return List.of(context);
		}
		List<Resource> resources = own.getResourceSet() == null ? List.of(own)
				: own.getResourceSet().getResources().stream()
						.sorted(Comparator.comparing(resource -> String.valueOf(resource.getURI()))).toList();
		List<Journey> journeys = new ArrayList<>();
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Model model) {
					model.getElements().stream().filter(Journey.class::isInstance).map(Journey.class::cast)
							.forEach(journeys::add);
				}
			}
		}
		return journeys;
	}
}
