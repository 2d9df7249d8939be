package org.journey.dsl.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The event and parameter names Google Analytics 4 keeps for itself, as its documentation lists
 * them. Ga4NamingValidator reports a model that uses them; Ga4Names keeps the generated GA4 and
 * GTM configurations free of them. One place, so that the next update of Google's lists is one
 * edit.
 * <p>
 * Checked against, in December 2026:
 * <ul>
 * <li>[GA4] Event naming rules, https://support.google.com/analytics/answer/13316687 (web and
 * Android/iOS reserved event names, the reserved prefixes, the event parameter names that "cannot be
 * used when creating custom dimensions and metrics");</li>
 * <li>the Firebase reference of the event names an app stream reserves,
 * https://firebase.google.com/docs/reference/android/com/google/firebase/analytics/FirebaseAnalytics.Event;</li>
 * <li>the Measurement Protocol's reserved names,
 * https://developers.google.com/analytics/devguides/collection/protocol/ga4/reference#reserved_names.</li>
 * </ul>
 * Google says its lists are "not exhaustive and may be updated periodically". A journey's events
 * may go to a web and an app stream alike, so the lists below are the union of both streams'.
 * Comparisons ignore case: GA4 names are case sensitive, but {@code Page_View} next to the
 * reserved {@code page_view} is a mistake waiting to happen in every report.
 */
public final class Ga4ReservedNames {

	/**
	 * Event names GA4 logs itself (automatically collected and enhanced measurement events); GA4
	 * refuses or drops a custom event of that name. Web and app lists of answer 13316687, with the
	 * app events of the Firebase reference and the Measurement Protocol's list.
	 */
	public static final Set<String> RESERVED_EVENT_NAMES = Set.of(
			// web streams
			"ad_impression", "app_remove", "app_store_refund", "app_store_subscription_cancel",
			"app_store_subscription_renew", "click", "error", "file_download", "first_open", "first_visit", "form_start",
			"form_submit", "in_app_purchase", "page_view", "scroll", "session_start", "user_engagement", "view_complete",
			"video_progress", "video_start", "view_search_results",
			// app streams (Android and iOS), beyond the web list
			"ad_activeview", "ad_click", "ad_exposure", "ad_query", "ad_reward", "adunit_exposure", "app_background",
			"app_clear_data", "app_exception", "app_install", "app_store_subscription_convert", "app_update",
			"app_upgrade", "dynamic_link_app_open", "dynamic_link_app_update", "dynamic_link_first_open",
			"firebase_campaign", "firebase_in_app_message_action", "firebase_in_app_message_dismiss",
			"firebase_in_app_message_impression", "notification_dismiss", "notification_foreground",
			"notification_open", "notification_receive", "notification_send", "os_update", "screen_view",
			"session_start_with_rollout");

	/** Prefixes no event or parameter name may start with. */
	public static final List<String> RESERVED_PREFIXES = List.of("_", "firebase_", "ga_", "google_", "gtag.");

	/** Prefixes reserved for event names only: answer 13316687 lists {@code query_id} with the web event names. */
	public static final List<String> RESERVED_EVENT_PREFIXES = List.of("query_id");

	/**
	 * Event parameter names GA4 fills itself or keeps for identifiers, and refuses to register as a
	 * custom dimension or metric: a parameter of that name never shows in a report. Answer 13316687
	 * lists cid, currency, customer_id, customerid, dclid, gclid, session_id, sessionid, sfmc_id,
	 * sid, srsltid, uid, user_id and userid; its earlier version also engagement_time_msec and
	 * session_number, which GA4 still sets itself on every event.
	 * <p>
	 * {@code currency} is on Google's list but not here: it is a standard parameter that the
	 * e-commerce events must send with {@code value} (GA4 converts the value to the property's
	 * currency with it). It is never registered, but it is sent; see Ga4Names' standard parameters.
	 */
	public static final Set<String> RESERVED_PARAMETER_NAMES = Set.of("cid", "customer_id", "customerid", "dclid",
			"gclid", "session_id", "sessionid", "sfmc_id", "sid", "srsltid", "uid", "user_id", "userid",
			"engagement_time_msec", "session_number");

	private Ga4ReservedNames() {
	}

	public static boolean isReservedEventName(String name) {
		return name != null && RESERVED_EVENT_NAMES.contains(name.toLowerCase(Locale.ROOT));
	}

	public static boolean isReservedParameterName(String name) {
		return name != null && RESERVED_PARAMETER_NAMES.contains(name.toLowerCase(Locale.ROOT));
	}

	/** The reserved prefix an event name starts with, if any. */
	public static Optional<String> reservedEventPrefix(String name) {
		return Optional.ofNullable(name).flatMap(n -> reservedPrefix(n, RESERVED_PREFIXES)
				.or(() -> reservedPrefix(n, RESERVED_EVENT_PREFIXES)));
	}

	/** The reserved prefix a parameter name starts with, if any. */
	public static Optional<String> reservedParameterPrefix(String name) {
		return Optional.ofNullable(name).flatMap(n -> reservedPrefix(n, RESERVED_PREFIXES));
	}

	private static Optional<String> reservedPrefix(String name, List<String> prefixes) {
		String lower = name.toLowerCase(Locale.ROOT);
		return prefixes.stream().filter(lower::startsWith).findFirst();
	}
}
