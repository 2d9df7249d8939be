package org.journey.dsl.validation;

import java.util.List;
import java.util.Optional;
import java.util.Objects;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.scoping.JourneyScopeProvider;

import com.google.inject.Inject;

/**
 * One event name is one analytics event: wherever touchpoints emit it, its properties must have
 * the same types, or the tracking plan and the warehouse disagree about its columns.
 */
public class EventValidator extends AbstractJourneyCheck {

	@Inject
	private JourneyScopeProvider scopes;

	@Check
	public void checkConflictingPropertyTypes(Event event) {
		if (event.getName() == null) {
			return;
		}
		List<Event> others = scopes.declarationsOf(event.getName(), event).stream().filter(other -> other != event).toList();
		for (EventProperty property : event.getProperties()) {
			conflictingDeclaration(property, others).ifPresent(other -> error("Property '" + property.getName()
					+ "' of event '" + event.getName() + "' is a " + property.getType().getLiteral() + " here but a "
					+ other.getType().getLiteral() + " in " + where(other)
					+ ". An event must have the same property types wherever it is emitted.",
					property, JourneyPackage.Literals.EVENT_PROPERTY__TYPE, IssueCodes.CONFLICTING_EVENT_PROPERTY_TYPES,
					property.getName(), property.getType().getLiteral(), other.getType().getLiteral()));
		}
	}

	private static Optional<EventProperty> conflictingDeclaration(EventProperty property, List<Event> others) {
		return others.stream().flatMap(other -> other.getProperties().stream())
				.filter(other -> Objects.equals(other.getName(), property.getName()) && other.getType() != property.getType())
				.findFirst();
	}

	private static String where(EventProperty property) {
		Touchpoint touchpoint = EcoreUtil2.getContainerOfType(property, Touchpoint.class);
		return touchpoint == null ? "another declaration" : "touchpoint " + touchpoint.getName();
	}
}
