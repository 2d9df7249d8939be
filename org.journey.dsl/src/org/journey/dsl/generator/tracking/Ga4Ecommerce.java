package org.journey.dsl.generator.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;

/**
 * GA4's recommended ecommerce events, and where the flat properties of such an event go in GA4's
 * ecommerce shape. GA4 reads ecommerce data as one {@code ecommerce} object per event: event-level
 * parameters (currency, value, transaction_id...) and an {@code items} array whose elements carry the
 * item parameters (item_id, item_name, price, quantity...). A GTM GA4 event tag sends that object
 * when its "Send Ecommerce data" is on with the data layer as source, reading the data layer's
 * {@code ecommerce} key; it sends nothing of an ecommerce event's flat parameters as items.
 * <p>
 * The model declares an event's properties flat, and has no arrays. They map by name:
 * <ul>
 * <li>a GA4 event-level ecommerce parameter ({@link #EVENT_LEVEL_PARAMETERS}) goes in the
 * {@code ecommerce} object. A name GA4 knows at both levels (coupon, affiliation, item_list_id,
 * item_list_name, the promotion and creative ones) goes there too: at the event level it applies
 * to every item, which is what one value per event means;</li>
 * <li>a GA4 item parameter ({@link #ITEM_PARAMETERS}) is a property of each item: the model's
 * {@code item_id: string required} says every item of the event has an item_id. Developers pass the
 * items as an array ({@code datalayer.ts} types one element with these properties);</li>
 * <li>any other property is a custom event parameter: pushed beside {@code ecommerce} and sent
 * from the tag's event settings table, as for any other event.</li>
 * </ul>
 * Events that are not ecommerce events keep all their properties flat, whatever their names: GA4
 * reads value and currency of any event as event parameters.
 */
public final class Ga4Ecommerce {

	/** GA4's recommended ecommerce events for online sales (developers.google.com, "Measure ecommerce"). */
	public static final Set<String> EVENTS = Set.of("add_payment_info", "add_shipping_info", "add_to_cart",
			"add_to_wishlist", "begin_checkout", "purchase", "refund", "remove_from_cart", "select_item",
			"select_promotion", "view_cart", "view_item", "view_item_list", "view_promotion");

	/** The parameters GA4 reads from the ecommerce object itself, for the whole event. */
	public static final Set<String> EVENT_LEVEL_PARAMETERS = Set.of("currency", "value", "transaction_id", "coupon",
			"shipping", "tax", "affiliation", "payment_type", "shipping_tier", "item_list_id", "item_list_name",
			"creative_name", "creative_slot", "promotion_id", "promotion_name");

	/** The parameters of an element of GA4's items array that are not event-level parameters too. */
	public static final Set<String> ITEM_PARAMETERS = Set.of("item_id", "item_name", "discount", "index", "item_brand",
			"item_category", "item_category2", "item_category3", "item_category4", "item_category5", "item_variant",
			"location_id", "price", "quantity");

	/** The data layer key GA4 event tags read ecommerce data from. */
	public static final String ECOMMERCE_KEY = "ecommerce";
	/** The key of the items array inside the ecommerce object. */
	public static final String ITEMS_KEY = "items";

	/**
	 * An ecommerce event's properties by where they go: in the ecommerce object, in each item of its
	 * items array, or beside the ecommerce object as custom event parameters; each in model order.
	 */
	public record Shape(List<TrackedProperty> eventLevel, List<TrackedProperty> itemLevel, List<TrackedProperty> custom) {
	}

	private Ga4Ecommerce() {
	}

	public static boolean isEcommerceEvent(String eventName) {
		return eventName != null && EVENTS.contains(eventName);
	}

	public static boolean isEcommerceEvent(TrackedEvent event) {
		return isEcommerceEvent(event.name());
	}

	/** Where the properties of {@code event}, an ecommerce event, go in GA4's ecommerce shape. */
	public static Shape shapeOf(TrackedEvent event) {
		List<TrackedProperty> eventLevel = new ArrayList<>();
		List<TrackedProperty> itemLevel = new ArrayList<>();
		List<TrackedProperty> custom = new ArrayList<>();
		for (TrackedProperty property : event.properties()) {
			if (EVENT_LEVEL_PARAMETERS.contains(property.name())) {
				eventLevel.add(property);
			} else if (ITEM_PARAMETERS.contains(property.name())) {
				itemLevel.add(property);
			} else {
				custom.add(property);
			}
		}
		return new Shape(List.copyOf(eventLevel), List.copyOf(itemLevel), List.copyOf(custom));
	}

	/**
	 * The properties of {@code event} that the data layer carries at its top level, where GTM's data
	 * layer variables read them: all of them for an ordinary event, the custom ones of an ecommerce event.
	 */
	public static List<TrackedProperty> topLevelProperties(TrackedEvent event) {
		return isEcommerceEvent(event) ? shapeOf(event).custom() : event.properties();
	}
}
