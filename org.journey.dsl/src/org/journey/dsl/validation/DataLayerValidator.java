package org.journey.dsl.validation;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.journey.dsl.generator.tracking.Ga4Ecommerce;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.JourneyPackage;

/**
 * Event properties as keys of the data layer. The GTM target's {@code datalayer.ts} pushes every
 * property of an event under its own name, into the one data layer GTM and GA4 read their own
 * keys from; a property named like one of those replaces what they read, and the container breaks
 * without a word. Keys are case-sensitive, as in JavaScript: {@code Event} is not {@code event}.
 * GTM's own keys are all below {@code gtm} ({@code gtm.start}, {@code gtm.uniqueEventId}, ...): the
 * data layer reads a dot in a key as a path, and the grammar allows no dot in a name anyway, so
 * {@code gtm} is the one name of them a model can write.
 */
public class DataLayerValidator extends AbstractJourneyCheck {

	/** The data layer keys no event may push a property under, each with what a property of that name breaks. */
	public static final Map<String, String> RESERVED_KEYS = Map.of(
			"event", "GTM reads the event name from the data layer key 'event': a property of that name replaces it,"
					+ " and the event's GTM trigger never fires",
			"gtm", "GTM keeps its own data under the data layer key 'gtm' (gtm.start, gtm.uniqueEventId, ...):"
					+ " a property of that name overwrites it",
			Ga4Ecommerce.ECOMMERCE_KEY, "GA4 event tags read ecommerce data from the data layer key 'ecommerce':"
					+ " a property of that name is read as ecommerce data, or replaces it");

	/** What a modeller probably meant, as a name the data layer leaves to them. */
	private static final Map<String, String> SUGGESTED_NAMES = Map.of("event", "event_type", "gtm", "gtm_data",
			Ga4Ecommerce.ECOMMERCE_KEY, "ecommerce_data", Ga4Ecommerce.ITEMS_KEY, "item_data");

	/**
	 * Whether a property of this name cannot be a data layer key of this event: the GTM target
	 * leaves such a property out, should anything generate from a model with these errors.
	 */
	public static boolean isReservedKey(String eventName, String propertyName) {
		return RESERVED_KEYS.containsKey(propertyName)
				|| Ga4Ecommerce.ITEMS_KEY.equals(propertyName) && Ga4Ecommerce.isEcommerceEvent(eventName);
	}

	@Check
	public void checkReservedDataLayerKey(EventProperty property) {
		String name = property.getName();
		if (name != null && RESERVED_KEYS.containsKey(name)) {
			String suggestion = suggestedName(property);
			error("Property '" + name + "' cannot be pushed to the data layer: " + RESERVED_KEYS.get(name)
					+ ". Rename it, e.g. '" + suggestion + "'.",
					JourneyPackage.Literals.EVENT_PROPERTY__NAME, IssueCodes.DATALAYER_RESERVED_PROPERTY, name, suggestion);
		}
	}

	/**
	 * An ecommerce event's {@code items} is GA4's array of items, which {@code datalayer.ts} builds
	 * from the event's item parameters; a flat property of that name would take its place.
	 */
	@Check
	public void checkItemsOfEcommerceEvent(EventProperty property) {
		String name = property.getName();
		if (Ga4Ecommerce.ITEMS_KEY.equals(name) && property.eContainer() instanceof Event event
				&& Ga4Ecommerce.isEcommerceEvent(event.getName())) {
			String suggestion = suggestedName(property);
			error("Property 'items' of ecommerce event '" + event.getName() + "' would replace GA4's items array, which"
					+ " the data layer builds from the event's item parameters (item_id, item_name, price, quantity, ...)."
					+ " Declare those instead, or rename it, e.g. '" + suggestion + "'.",
					JourneyPackage.Literals.EVENT_PROPERTY__NAME, IssueCodes.DATALAYER_RESERVED_PROPERTY, name, suggestion);
		}
	}

	/** The suggested name, numbered from 2 when the event already has a property of that name. */
	private static String suggestedName(EventProperty property) {
		String base = SUGGESTED_NAMES.getOrDefault(property.getName(), property.getName() + "_data");
		Set<String> taken = property.eContainer() instanceof Event event
				? event.getProperties().stream().map(EventProperty::getName).collect(Collectors.toSet())
				: Set.of();
		String suggestion = base;
		for (int i = 2; taken.contains(suggestion); i++) {
			suggestion = base + i;
		}
		return suggestion;
	}
}
