package org.journey.dsl.validation;

import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.JourneyPackage;

/**
 * Event and property names that Google Analytics 4 would reject, drop, or never show in a report.
 * The limits are GA4's collection limits (see shared/design/journey-language.md, "Generator
 * targets"); the reserved names and prefixes, with their sources, are in {@link Ga4ReservedNames}.
 */
public class Ga4NamingValidator extends AbstractJourneyCheck {

	public static final int MAX_NAME_LENGTH = 40;
	public static final int MAX_PARAMETERS = 25;
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
		// a reserved name under a reserved prefix (firebase_campaign) gets the prefix's error only
		if (Ga4ReservedNames.isReservedEventName(name) && Ga4ReservedNames.reservedEventPrefix(name).isEmpty()) {
			error("'" + name + "' is an event name GA4 reserves for its own automatic events. Choose another name, e.g. "
					+ name + "_custom or a more specific one.",
					JourneyPackage.Literals.EVENT__NAME, IssueCodes.GA4_RESERVED_EVENT_NAME, name);
		}
	}

	@Check
	public void checkReservedPropertyName(EventProperty property) {
		String name = property.getName();
		if (Ga4ReservedNames.isReservedParameterName(name)) {
			String suggestion = name + "_custom";
			error("Property name '" + name + "' is a parameter name GA4 reserves (it sets it itself or keeps it for"
					+ " identifiers) and will not register as a custom dimension or metric, so the property would show in"
					+ " no report. Rename it, e.g. '" + suggestion + "' or a name that says whose identifier it is; if GA4"
					+ " collects the value itself (gclid, session_id), remove the property.",
					JourneyPackage.Literals.EVENT_PROPERTY__NAME, IssueCodes.GA4_RESERVED_PARAMETER_NAME, name,
					suggestion);
		}
	}

	@Check
	public void checkReservedEventPrefix(Event event) {
		Ga4ReservedNames.reservedEventPrefix(event.getName())
				.ifPresent(prefix -> reportPrefix(event, event.getName(), "Event", prefix));
	}

	@Check
	public void checkReservedPropertyPrefix(EventProperty property) {
		Ga4ReservedNames.reservedParameterPrefix(property.getName())
				.ifPresent(prefix -> reportPrefix(property, property.getName(), "Property", prefix));
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

	private void reportPrefix(EObject element, String name, String what, String prefix) {
		error(what + " name '" + name + "' starts with '" + prefix + "', a prefix GA4 reserves. Rename it, e.g. '"
				+ toGa4Name(name.substring(prefix.length())) + "'.",
				element, nameFeature(element), IssueCodes.GA4_RESERVED_PREFIX, name, prefix);
	}

	private static org.eclipse.emf.ecore.EStructuralFeature nameFeature(EObject element) {
		return element instanceof Event ? JourneyPackage.Literals.EVENT__NAME : JourneyPackage.Literals.EVENT_PROPERTY__NAME;
	}

	/**
	 * The GA4-valid snake_case name closest to {@code name}: ASCII transliteration of Danish and
	 * Norwegian letters, camel case split, other characters as underscores, a leading letter, no
	 * reserved prefix, and {@code _custom} after a name GA4 reserves.
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
		for (String prefix : Ga4ReservedNames.RESERVED_PREFIXES) {
			if (snake.startsWith(prefix)) {
				snake = snake.substring(prefix.length());
			}
		}
		if (snake.isEmpty()) {
			snake = "event";
		}
		snake = snake.length() > MAX_NAME_LENGTH ? snake.substring(0, MAX_NAME_LENGTH).replaceAll("_+$", "") : snake;
		// "Page view" must not become the reserved page_view: the suggestion would be an error again
		boolean reserved = Ga4ReservedNames.isReservedEventName(snake) || Ga4ReservedNames.isReservedParameterName(snake)
				|| Ga4ReservedNames.reservedEventPrefix(snake).isPresent();
		return reserved ? snake + "_custom" : snake;
	}
}
