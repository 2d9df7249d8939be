package org.journey.dsl.scoping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.journey.dsl.journey.Aggregate;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Opportunity;
import org.journey.dsl.journey.Pain;
import org.journey.dsl.model.ElementNames;

import com.google.inject.Inject;

/**
 * Scoping beyond qualified names and imports:
 * <ul>
 * <li>events are analytics event names, one namespace across all files: a formula names an event
 * by its simple name, wherever a touchpoint emits it;</li>
 * <li>a formula's property is one the named event declares;</li>
 * <li>initiatives name opportunities, and opportunities name pains, by simple name when that name
 * is unique in the file (resp. the journey), so modellers need not spell out phase paths.</li>
 * </ul>
 */
public class JourneyScopeProvider extends AbstractJourneyScopeProvider {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private WorkspaceEvents workspaceEvents;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == P.getAggregate_Event() || reference == P.getConversion_From() || reference == P.getConversion_To()) {
			return new EventScope(eventsByName(context.eResource()));
		}
		if (reference == P.getAggregate_Property()) {
			return propertyScope((Aggregate) context);
		}
		IScope scope = super.getScope(context, reference);
		// The simple names are collected once per file (resp. journey) and cached until the file
		// changes: collecting them per reference walks the whole model for every opportunity and
		// initiative, which took half a minute on a file of 100,000 lines.
		if (reference == P.getInitiative_Realizes()) {
			Resource resource = context.eResource();
			List<IEObjectDescription> opportunities = cache.get("journey.uniqueOpportunityNames", resource,
					() -> uniqueSimpleNames(EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Opportunity.class)));
			return new SimpleScope(scope, opportunities);
		}
		if (reference == P.getOpportunity_Fixes()) {
			Journey journey = EcoreUtil2.getContainerOfType(context, Journey.class);
			if (journey != null) {
				Map<Journey, List<IEObjectDescription>> painsByJourney = cache.get("journey.uniquePainNamesByJourney",
						context.eResource(), HashMap::new);
				List<IEObjectDescription> pains = painsByJourney.computeIfAbsent(journey,
						j -> uniqueSimpleNames(EcoreUtil2.getAllContentsOfType(j, Pain.class)));
				return new SimpleScope(scope, pains);
			}
		}
		return scope;
	}

	/**
	 * Every event visible from the resource (this file and the index), by simple name, declarations
	 * in this file first. Cached until the resource changes; the other files' events come from a
	 * table shared by the files of one index state.
	 */
	public VisibleEvents eventsByName(Resource resource) {
		return cache.get("journey.eventsByName", resource, () -> {
			EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			Map<String, List<IEObjectDescription>> own = new LinkedHashMap<>();
			if (root == null) {
				return new VisibleEvents(resource, own, Map.of());
			}
			for (Event event : EcoreUtil2.getAllContentsOfType(root, Event.class)) {
				if (event.getName() != null) {
					own.computeIfAbsent(event.getName(), n -> new ArrayList<>())
							.add(EObjectDescription.create(QualifiedName.create(event.getName()), event));
				}
			}
			return new VisibleEvents(resource, own, workspaceEvents.visibleFrom(resource));
		});
	}

	/** Every declaration of the event with this name, resolved, as seen from {@code context}. */
	public List<Event> declarationsOf(String eventName, EObject context) {
		List<IEObjectDescription> descriptions = eventsByName(context.eResource()).declarations(eventName);
		List<Event> events = new ArrayList<>(descriptions.size());
		for (IEObjectDescription description : descriptions) {
			EObject resolved = EcoreUtil.resolve(description.getEObjectOrProxy(), context);
			if (resolved instanceof Event event && !event.eIsProxy()) {
				events.add(event);
			}
		}
		return events;
	}

	private IScope propertyScope(Aggregate aggregate) {
		Event event = aggregate.getEvent();
		if (event == null || event.eIsProxy()) {
			return IScope.NULLSCOPE;
		}
		Map<String, EventProperty> properties = new LinkedHashMap<>();
		for (Event declaration : declarationsOf(event.getName(), aggregate)) {
			for (EventProperty property : declaration.getProperties()) {
				if (property.getName() != null) {
					properties.putIfAbsent(property.getName(), property);
				}
			}
		}
		return Scopes.scopeFor(properties.values());
	}

	private static <T extends EObject> List<IEObjectDescription> uniqueSimpleNames(List<T> candidates) {
		Map<String, List<T>> byName = new LinkedHashMap<>();
		for (T candidate : candidates) {
			String name = ElementNames.nameOf(candidate);
			if (name != null) {
				byName.computeIfAbsent(name, n -> new ArrayList<>()).add(candidate);
			}
		}
		return byName.entrySet().stream()
				.filter(e -> e.getValue().size() == 1)
				.map(e -> EObjectDescription.create(QualifiedName.create(e.getKey()), e.getValue().get(0)))
				.toList();
	}
}
