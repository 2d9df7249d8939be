package org.journey.dsl.generator.tracking;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.validation.Ga4NamingValidator;
import org.journey.dsl.validation.Ga4ReservedNames;

/**
 * The names GA4 accepts, for the targets that feed GA4 (the measurement plan and the GTM
 * container). Ga4NamingValidator reports a rejected name as an error at the model element, and
 * builds stop there; a caller that generates anyway (a test, a tool that ignores errors) still
 * gets no name GA4 would reject: those events and parameters are left out, not written out, and
 * the measurement plan says why.
 */
public final class Ga4Names {

	private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

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
