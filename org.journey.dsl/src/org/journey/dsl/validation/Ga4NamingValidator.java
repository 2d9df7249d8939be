package org.journey.dsl.validation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.JourneyPackage;

/**
 * Event and property names that Google Analytics 4 would reject or silently drop. The limits are
 * GA4's collection limits (see shared/design/journey-language.md, "Generator targets").
 */
public class Ga4NamingValidator extends AbstractJourneyCheck {

	public static final int MAX_NAME_LENGTH = 40;
	public static final int MAX_PARAMETERS = 25;
	public static final Set<String> RESERVED_EVENT_NAMES = Set.of("app_remove", "first_open", "first_visit",
			"session_start", "user_engagement", "page_view", "scroll", "click", "error", "file_download", "form_start",
			"form_submit", "in_app_purchase", "view_search_results", "video_start", "video_progress", "view_complete");
	public static final List<String> RESERVED_PREFIXES = List.of("_", "firebase_", "ga_", "google_", "gtag.");
	private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	@Check
	public void checkEventNameLength(Event event) {
		checkLength(event, event.getName(), "Event");
	}

	@Check
	public void checkPropertyNameLength(EventProperty property) {
		checkLength(property, property.getName(), "Property");
	}

	@Check
	public void checkEventNameCharacters(Event event) {
		checkCharacters(event, event.getName(), "Event");
	}

	@Check
	public void checkPropertyNameCharacters(EventProperty property) {
		checkCharacters(property, property.getName(), "Property");
	}

	@Check
	public void checkReservedEventName(Event event) {
		String name = event.getName();
		if (name != null && RESERVED_EVENT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
			error("'" + name + "' is an event name GA4 reserves for its own automatic events. Choose another name, e.g. "
					+ name + "_custom or a more specific one.",
					JourneyPackage.Literals.EVENT__NAME, IssueCodes.GA4_RESERVED_EVENT_NAME, name);
		}
	}

	@Check
	public void checkReservedEventPrefix(Event event) {
		checkPrefix(event, event.getName(), "Event");
	}

	@Check
	public void checkReservedPropertyPrefix(EventProperty property) {
		checkPrefix(property, property.getName(), "Property");
	}

	@Check
	public void checkParameterCount(Event event) {
		int count = event.getProperties().size();
		if (count > MAX_PARAMETERS) {
			error("Event '" + event.getName() + "' has " + count + " properties; GA4 accepts at most " + MAX_PARAMETERS
					+ " parameters per event. Split it, or move properties that describe the user to user properties.",
					JourneyPackage.Literals.EVENT__NAME, IssueCodes.GA4_TOO_MANY_PARAMETERS, String.valueOf(count));
		}
	}

	private void checkLength(EObject element, String name, String what) {
		if (name != null && name.length() > MAX_NAME_LENGTH) {
			error(what + " name '" + name + "' has " + name.length() + " characters; GA4 accepts at most " + MAX_NAME_LENGTH
					+ ". Shorten it.",
					element, nameFeature(element), IssueCodes.GA4_NAME_TOO_LONG, name);
		}
	}

	private void checkCharacters(EObject element, String name, String what) {
		if (name != null && !VALID_NAME.matcher(name).matches()) {
			String suggestion = toGa4Name(name);
			error(what + " name '" + name + "' is not a valid GA4 name: it must start with a letter and use only"
					+ " letters, digits and underscores (snake_case is usual), e.g. '" + suggestion + "'.",
					element, nameFeature(element), IssueCodes.GA4_NAME_INVALID_CHARACTERS, name, suggestion);
		}
	}

	private void checkPrefix(EObject element, String name, String what) {
		if (name == null) {
			return;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		for (String prefix : RESERVED_PREFIXES) {
			if (lower.startsWith(prefix)) {
				error(what + " name '" + name + "' starts with '" + prefix + "', a prefix GA4 reserves. Rename it, e.g. '"
						+ toGa4Name(name.substring(prefix.length())) + "'.",
						element, nameFeature(element), IssueCodes.GA4_RESERVED_PREFIX, name, prefix);
				return;
			}
		}
	}

	private static org.eclipse.emf.ecore.EStructuralFeature nameFeature(EObject element) {
		return element instanceof Event ? JourneyPackage.Literals.EVENT__NAME : JourneyPackage.Literals.EVENT_PROPERTY__NAME;
	}

	/**
	 * The GA4-valid snake_case name closest to {@code name}: ASCII transliteration of Danish and
	 * Norwegian letters, camel case split, other characters as underscores, a leading letter.
	 */
	public static String toGa4Name(String name) {
		String ascii = name.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "oe").replace("Ø", "Oe")
				.replace("å", "aa").replace("Å", "Aa");
		ascii = java.text.Normalizer.normalize(ascii, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String snake = ascii.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_").replaceAll("^_+|_+$", "");
		if (snake.isEmpty()) {
			snake = "event";
		}
		if (!Character.isLetter(snake.charAt(0))) {
			snake = "e_" + snake;
		}
		for (String prefix : RESERVED_PREFIXES) {
			if (snake.startsWith(prefix)) {
				snake = snake.substring(prefix.length());
			}
		}
		if (snake.isEmpty()) {
			snake = "event";
		}
		return snake.length() > MAX_NAME_LENGTH ? snake.substring(0, MAX_NAME_LENGTH).replaceAll("_+$", "") : snake;
	}
}
