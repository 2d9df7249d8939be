package org.journey.dsl.generator.tracking;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.validation.Ga4NamingValidator;

/**
 * The names GA4 accepts, for the targets that feed GA4 (the measurement plan and the GTM
 * container). Ga4NamingValidator reports a rejected name as an error at the model element, and
 * builds stop there; a caller that generates anyway (a test, a tool that ignores errors) still
 * gets no name GA4 would reject: those events and parameters are left out, not written out.
 */
public final class Ga4Names {

	private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private Ga4Names() {
	}

	public static boolean isAcceptedEventName(String name) {
		return isAcceptedName(name)
				&& !Ga4NamingValidator.RESERVED_EVENT_NAMES.contains(name.toLowerCase(Locale.ROOT));
	}

	public static boolean isAcceptedParameterName(String name) {
		return isAcceptedName(name);
	}

	/** The plan's events that GA4 accepts, each with only the parameters GA4 accepts. */
	public static List<TrackedEvent> acceptedEvents(TrackingPlan plan) {
		return plan.events().stream().filter(e -> isAcceptedEventName(e.name()))
				.map(e -> new TrackedEvent(e.name(), e.description(),
						e.properties().stream().filter(p -> isAcceptedParameterName(p.name())).toList(),
						e.emittedAt(), e.kpis()))
				.toList();
	}

	private static boolean isAcceptedName(String name) {
		if (name == null || name.length() > Ga4NamingValidator.MAX_NAME_LENGTH || !VALID_NAME.matcher(name).matches()) {
			return false;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		return Ga4NamingValidator.RESERVED_PREFIXES.stream().noneMatch(lower::startsWith);
	}
}
