package org.journey.dsl.generator.tracking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.validation.Ga4NamingValidator;
import org.journey.dsl.validation.Ga4ReservedNames;

/**
 * The names GA4 accepts, for the targets that feed GA4 (the measurement plan and the GTM
 * container), and the standard parameters GA4 reports without a custom definition.
 * Ga4NamingValidator reports a rejected name as an error at the model element, and builds stop
 * there; a caller that generates anyway (a test, a tool that ignores errors) still gets no name
 * GA4 would reject: those events and parameters are left out, not written out, and the
 * measurement plan says why.
 */
public final class Ga4Names {

	private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	/**
	 * Event parameters GA4 reports itself, each with the built-in dimension or metric that shows it
	 * (its Data API name). Registering one as a custom definition would only duplicate it, or be
	 * refused ({@code currency} is on GA4's list of reserved parameter names), so the plan marks
	 * them "builtIn" and registers nothing for them.
	 * <p>
	 * Taken from the GA4 Data API schema, the dimensions and metrics "populated by the event
	 * parameter ...", https://developers.google.com/analytics/devguides/reporting/data/v1/api-schema
	 * (checked December 2026), with the event-level e-commerce parameters the recommended events
	 * reference says apply to the event's items,
	 * https://developers.google.com/analytics/devguides/collection/ga4/reference/events.
	 * Item parameters (item_id, price, quantity, ...) are built in only inside the {@code items}
	 * array; sent at event level, as a journey's flat properties are, they are custom parameters.
	 */
	public static final Map<String, String> STANDARD_PARAMETERS = Map.ofEntries(
			// e-commerce
			Map.entry("currency", "currencyCode"),
			Map.entry("value", "eventValue"),
			Map.entry("transaction_id", "transactionId"),
			Map.entry("coupon", "orderCoupon"),
			Map.entry("shipping", "shippingAmount"),
			Map.entry("tax", "taxAmount"),
			Map.entry("shipping_tier", "shippingTier"),
			Map.entry("items", "itemId, itemName and the other item dimensions and metrics"),
			Map.entry("item_list_id", "itemListId"),
			Map.entry("item_list_name", "itemListName"),
			Map.entry("promotion_id", "itemPromotionId"),
			Map.entry("promotion_name", "itemPromotionName"),
			Map.entry("creative_name", "itemPromotionCreativeName"),
			Map.entry("creative_slot", "itemPromotionCreativeSlot"),
			// pages and content
			Map.entry("page_location", "pageLocation"),
			Map.entry("page_referrer", "pageReferrer"),
			Map.entry("page_title", "pageTitle"),
			Map.entry("content_group", "contentGroup"),
			Map.entry("content_id", "contentId"),
			Map.entry("content_type", "contentType"),
			Map.entry("method", "method"),
			Map.entry("search_term", "searchTerm"),
			// enhanced measurement: links, downloads, scrolls, videos
			Map.entry("link_classes", "linkClasses"),
			Map.entry("link_domain", "linkDomain"),
			Map.entry("link_id", "linkId"),
			Map.entry("link_text", "linkText"),
			Map.entry("link_url", "linkUrl"),
			Map.entry("outbound", "outbound"),
			Map.entry("file_extension", "fileExtension"),
			Map.entry("file_name", "fileName"),
			Map.entry("percent_scrolled", "percentScrolled"),
			Map.entry("video_provider", "videoProvider"),
			Map.entry("video_title", "videoTitle"),
			Map.entry("video_url", "videoUrl"),
			Map.entry("visible", "visible"),
			// games
			Map.entry("achievement_id", "achievementId"),
			Map.entry("character", "character"),
			Map.entry("group_id", "groupId"),
			Map.entry("level", "level"),
			Map.entry("virtual_currency_name", "virtualCurrencyName"));

	private Ga4Names() {
	}

	/** Why GA4 would reject {@code name} as an event name, as a clause ("its name ..."); empty if it accepts it. */
	public static Optional<String> eventNameProblem(String name) {
		Optional<String> problem = nameProblem(name);
		if (problem.isPresent()) {
			return problem;
		}
		Optional<String> prefix = Ga4ReservedNames.reservedEventPrefix(name);
		if (prefix.isPresent()) {
			return Optional.of(reservedPrefixProblem(prefix.get()));
		}
		return Ga4ReservedNames.isReservedEventName(name)
				? Optional.of("GA4 reserves the event name for its own automatic events")
				: Optional.empty();
	}

	/** Why GA4 would reject {@code name} as a parameter name, as a clause; empty if it accepts it. */
	public static Optional<String> parameterNameProblem(String name) {
		Optional<String> problem = nameProblem(name);
		if (problem.isPresent()) {
			return problem;
		}
		Optional<String> prefix = Ga4ReservedNames.reservedParameterPrefix(name);
		if (prefix.isPresent()) {
			return Optional.of(reservedPrefixProblem(prefix.get()));
		}
		return Ga4ReservedNames.isReservedParameterName(name)
				? Optional.of("GA4 reserves the parameter name and registers no custom definition for it")
				: Optional.empty();
	}

	public static boolean isAcceptedEventName(String name) {
		return eventNameProblem(name).isEmpty();
	}

	public static boolean isAcceptedParameterName(String name) {
		return parameterNameProblem(name).isEmpty();
	}

	/** The built-in dimension or metric (Data API name) that shows a standard parameter; empty for a custom one. */
	public static Optional<String> builtInReportField(String parameterName) {
		// exact: GA4 reads only the lower-case standard names, a "Currency" parameter is a custom one
		return Optional.ofNullable(parameterName).map(STANDARD_PARAMETERS::get);
	}

	/** The plan's events that GA4 accepts, each with only the parameters GA4 accepts. */
	public static List<TrackedEvent> acceptedEvents(TrackingPlan plan) {
		return plan.events().stream().filter(e -> isAcceptedEventName(e.name()))
				.map(e -> new TrackedEvent(e.name(), e.description(),
						e.properties().stream().filter(p -> isAcceptedParameterName(p.name())).toList(),
						e.emittedAt(), e.kpis()))
				.toList();
	}

	private static Optional<String> nameProblem(String name) {
		if (name == null || !VALID_NAME.matcher(name).matches()) {
			return Optional.of("its name must start with a letter and use only letters, digits and underscores");
		}
		if (name.length() > Ga4NamingValidator.MAX_NAME_LENGTH) {
			return Optional.of("its name is longer than GA4's " + Ga4NamingValidator.MAX_NAME_LENGTH + " characters");
		}
		return Optional.empty();
	}

	private static String reservedPrefixProblem(String prefix) {
		return "its name starts with '" + prefix + "', a prefix GA4 reserves";
	}
}
