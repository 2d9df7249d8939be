package org.journey.dsl.generator.tracking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedGoal;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;

/**
 * A {@link TrackingPlan} as GA4 sees it, for the measurement plan's JSON and CSV alike: goal ->
 * KPI -> event, the events GA4 accepts, how each parameter gets into GA4's reports (standard
 * parameters through GA4's built-in dimensions and metrics, every other string and boolean
 * parameter as an event-scoped custom dimension, every other number and integer parameter as a
 * custom metric), and what a reader must know about the plan (names left out, GA4's limits).
 */
public final class Ga4MeasurementPlan {

	/** GA4's limits on a standard property; a plan over them says so in its warnings. */
	public static final int MAX_EVENT_SCOPED_CUSTOM_DIMENSIONS = 50;
	public static final int MAX_CUSTOM_METRICS = 50;
	public static final int MAX_PARAMETER_VALUE_LENGTH = 100;
	/** The Admin API's limits on a custom definition's texts. */
	public static final int MAX_DISPLAY_NAME_LENGTH = 82;
	public static final int MAX_DEFINITION_DESCRIPTION_LENGTH = 150;

	/** How a parameter gets into GA4's reports: the values of a parameter's {@code registerAs}. */
	public static final String CUSTOM_DIMENSION = "customDimension";
	public static final String CUSTOM_METRIC = "customMetric";
	public static final String BUILT_IN = "builtIn";

	/** The prefix of an event-scoped custom definition's name in the GA4 Data API and its reports. */
	private static final String CUSTOM_EVENT_FIELD_PREFIX = "customEvent:";

	/**
	 * How one parameter name gets into GA4's reports, whichever events send it: GA4 reports a
	 * parameter name once, as a built-in or a custom definition, not per event.
	 *
	 * @param kind {@link #BUILT_IN}, {@link #CUSTOM_DIMENSION} or {@link #CUSTOM_METRIC}
	 * @param reportedAs the GA4 Data API name of the dimension or metric that shows the parameter
	 * @param displayName the custom definition's display name; null for a built-in parameter
	 * @param measurementUnit STANDARD or CURRENCY for a custom metric, otherwise null
	 */
	record Registration(String parameterName, String kind, String reportedAs, String displayName, String description,
			String measurementUnit) {

		boolean isBuiltIn() {
			return BUILT_IN.equals(kind);
		}

		boolean isMetric() {
			return CUSTOM_METRIC.equals(kind);
		}

		String label() {
			if (isBuiltIn()) {
				return "built in (reported as " + reportedAs + ")";
			}
			return isMetric() ? "custom metric (" + measurementUnit.toLowerCase(Locale.ROOT) + ")"
					: "custom dimension (event scope)";
		}
	}

	private final TrackingPlan plan;
	private final List<TrackedEvent> events;
	private final Map<String, TrackedKpi> kpisByName;
	private final Map<String, Registration> registrations = new LinkedHashMap<>();
	private final List<String> warnings = new ArrayList<>();

	public Ga4MeasurementPlan(TrackingPlan plan) {
		this.plan = plan;
		this.events = Ga4Names.acceptedEvents(plan);
		this.kpisByName = plan.kpis().stream()
				.collect(Collectors.toMap(TrackedKpi::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		reportLeftOutNames();
		collectRegistrations();
	}

	public TrackingPlan plan() {
		return plan;
	}

	List<TrackedKpi> kpisOf(TrackedGoal goal) {
		return goal.kpis().stream().map(kpisByName::get).filter(Objects::nonNull).toList();
	}

	List<TrackedKpi> kpisWithoutGoal() {
		return plan.kpis().stream().filter(kpi -> kpi.goals().isEmpty()).toList();
	}

	List<TrackedEvent> eventsOf(TrackedKpi kpi) {
		return events.stream().filter(e -> e.kpis().contains(kpi.name())).toList();
	}

	List<TrackedEvent> eventsWithoutKpi() {
		return events.stream().filter(e -> e.kpis().isEmpty()).toList();
	}

	List<Registration> builtInParameters() {
		return registrations.values().stream().filter(Registration::isBuiltIn).toList();
	}

	List<Registration> customDefinitions() {
		return registrations.values().stream().filter(r -> !r.isBuiltIn()).toList();
	}

	Registration registration(String parameterName) {
		return registrations.get(parameterName);
	}

	List<String> warnings() {
		return warnings;
	}

	private void reportLeftOutNames() {
		for (TrackedEvent event : plan.events()) {
			Optional<String> eventProblem = Ga4Names.eventNameProblem(event.name());
			if (eventProblem.isPresent()) {
				warnings.add("Event '" + event.name() + "' is left out: " + eventProblem.get() + ".");
				continue;
			}
			for (TrackedProperty property : event.properties()) {
				Ga4Names.parameterNameProblem(property.name()).ifPresent(problem -> warnings.add("Parameter '"
						+ property.name() + "' of event '" + event.name() + "' is left out: " + problem + "."));
			}
		}
	}

	private void collectRegistrations() {
		Map<String, List<TrackedEvent>> senders = new LinkedHashMap<>();
		Map<String, TrackedProperty> first = new LinkedHashMap<>();
		for (TrackedEvent event : events) {
			for (TrackedProperty property : event.properties()) {
				senders.computeIfAbsent(property.name(), n -> new ArrayList<>()).add(event);
				TrackedProperty earlier = first.putIfAbsent(property.name(), property);
				boolean builtIn = Ga4Names.builtInReportField(property.name()).isPresent();
				if (earlier != null && !builtIn && isMetric(earlier) != isMetric(property)) {
					warnings.add("Parameter '" + property.name() + "' is a " + earlier.type() + " in event '"
							+ senders.get(property.name()).get(0).name() + "' and a " + property.type()
							+ " in event '" + event.name() + "'; GA4 registers a parameter name once, here as a "
							+ (isMetric(earlier) ? "custom metric" : "custom dimension") + ". Rename one of them.");
				}
			}
		}
		Set<String> displayNames = new HashSet<>();
		first.forEach((name, property) -> registrations.put(name,
				registration(property, senders.get(name), displayNames)));
		long dimensionCount = registrations.values().stream().filter(r -> CUSTOM_DIMENSION.equals(r.kind())).count();
		long metricCount = registrations.values().stream().filter(Registration::isMetric).count();
		if (dimensionCount > MAX_EVENT_SCOPED_CUSTOM_DIMENSIONS) {
			warnings.add(dimensionCount + " custom dimensions are needed; a standard GA4 property registers at most "
					+ MAX_EVENT_SCOPED_CUSTOM_DIMENSIONS + " event-scoped ones.");
		}
		if (metricCount > MAX_CUSTOM_METRICS) {
			warnings.add(metricCount + " custom metrics are needed; a standard GA4 property registers at most "
					+ MAX_CUSTOM_METRICS + ".");
		}
	}

	private Registration registration(TrackedProperty property, List<TrackedEvent> sendingEvents,
			Set<String> displayNamesTaken) {
		String name = property.name();
		String description = definitionDescription(property, sendingEvents);
		Optional<String> builtIn = Ga4Names.builtInReportField(name);
		if (builtIn.isPresent()) {
			return new Registration(name, BUILT_IN, builtIn.get(), null, description, null);
		}
		String displayName = uniqueDisplayName(name, displayNamesTaken);
		return isMetric(property)
				? new Registration(name, CUSTOM_METRIC, CUSTOM_EVENT_FIELD_PREFIX + name, displayName, description,
						measurementUnit(name, sendingEvents))
				: new Registration(name, CUSTOM_DIMENSION, CUSTOM_EVENT_FIELD_PREFIX + name, displayName, description,
						null);
	}

	/**
	 * CURRENCY when a currency KPI sums or averages the parameter (GA4 then shows it as money, in
	 * the property's currency), STANDARD otherwise.
	 */
	private String measurementUnit(String parameterName, List<TrackedEvent> sendingEvents) {
		boolean money = plan.kpis().stream().filter(kpi -> "currency".equals(kpi.unit()))
				.flatMap(kpi -> kpi.measures().stream())
				.anyMatch(m -> ("sum".equals(m.function()) || "avg".equals(m.function()))
						&& parameterName.equals(m.property())
						&& sendingEvents.stream().anyMatch(e -> e.name().equals(m.event())));
		return money ? "CURRENCY" : "STANDARD";
	}

	private static boolean isMetric(TrackedProperty property) {
		return "number".equals(property.type()) || "integer".equals(property.type());
	}

	/**
	 * "item_id" -> "Item id": GA4 display names allow letters, digits, spaces and underscores and
	 * start with a letter, which a GA4-valid parameter name already does. Two parameter names can
	 * read the same ("item_count", "Item_count"); GA4 shows definitions by display name, so the
	 * second keeps its parameter name, which is valid as a display name too (see uniqueDisplayName).
	 */
	static String displayName(String parameterName) {
		String spaced = parameterName.replace('_', ' ').trim();
		String name = spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
		return name.length() > MAX_DISPLAY_NAME_LENGTH ? name.substring(0, MAX_DISPLAY_NAME_LENGTH) : name;
	}

	private static String uniqueDisplayName(String parameterName, Set<String> taken) {
		String chosen = displayName(parameterName);
		if (taken.contains(chosen.toLowerCase(Locale.ROOT))) {
			chosen = parameterName;
		}
		// "ITEM_COUNT" after "item_count" and "Item_count": a number keeps it apart (and within 82 characters)
		for (int n = 2; taken.contains(chosen.toLowerCase(Locale.ROOT)); n++) {
			chosen = parameterName + " " + n;
		}
		taken.add(chosen.toLowerCase(Locale.ROOT));
		return chosen;
	}

	private static String definitionDescription(TrackedProperty property, List<TrackedEvent> sendingEvents) {
		String events = sendingEvents.stream().map(TrackedEvent::name).collect(Collectors.joining(", "));
		String description = property.description() != null && !property.description().isBlank()
				? property.description() + " (sent with " + events + ")"
				: "Sent with " + events;
		return description.length() > MAX_DEFINITION_DESCRIPTION_LENGTH
				? description.substring(0, MAX_DEFINITION_DESCRIPTION_LENGTH - 3) + "..."
				: description;
	}
}
