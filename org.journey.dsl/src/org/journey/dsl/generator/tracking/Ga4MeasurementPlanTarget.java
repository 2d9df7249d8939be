package org.journey.dsl.generator.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.SpreadsheetCells;
import org.journey.dsl.generator.tracking.TrackingPlan.EmittedAt;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedGoal;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.dsl.validation.Ga4NamingValidator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The GA4 measurement plan, as JSON for tools and as CSV for a spreadsheet: business goal -> KPI
 * -> event -> parameters (type, required, description), the phase and touchpoint each event comes
 * from, and how each parameter shows up in GA4's reports: standard parameters (currency, value,
 * transaction_id, ...) through GA4's built-in dimensions and metrics, every other string and
 * boolean parameter as an event-scoped custom dimension, every other number and integer parameter
 * as a custom metric.
 * <p>
 * The custom definitions are written as GA4 Admin API request bodies, ready to send: each element
 * of {@code customDimensions} is the body of a {@code properties.customDimensions.create} call,
 * each element of {@code customMetrics} that of {@code properties.customMetrics.create} (v1beta,
 * https://developers.google.com/analytics/devguides/config/admin/v1/rest/v1beta/properties.customDimensions
 * and .../properties.customMetrics), with only the fields those resources define and within their
 * rules; the {@code adminApi} object beside them names the endpoints. Everything else in the JSON
 * (goals, KPIs, events, warnings) is for people and tools, never part of a request body.
 */
public class Ga4MeasurementPlanTarget implements ReportTarget {

	public static final String JSON_FILE = "tracking/ga4-measurement-plan.json";
	public static final String CSV_FILE = "tracking/ga4-measurement-plan.csv";

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

	/** The Admin API endpoints the custom definitions are POSTed to, {propertyId} being the numeric property ID. */
	public static final String CUSTOM_DIMENSIONS_ENDPOINT = "https://analyticsadmin.googleapis.com/v1beta/properties/{propertyId}/customDimensions";
	public static final String CUSTOM_METRICS_ENDPOINT = "https://analyticsadmin.googleapis.com/v1beta/properties/{propertyId}/customMetrics";
	public static final String ADMIN_API_SCOPE = "https://www.googleapis.com/auth/analytics.edit";

	/**
	 * What a currency custom metric may contain: the Admin API requires a restrictedMetricType for a
	 * CURRENCY metric (and none for any other). A currency KPI over a parameter measures money the
	 * business takes in, so REVENUE_DATA; a metric that holds costs needs COST_DATA instead, which
	 * the adminApi note says.
	 */
	public static final String CURRENCY_METRIC_RESTRICTION = "REVENUE_DATA";

	/** The prefix of an event-scoped custom definition's name in the GA4 Data API and its reports. */
	private static final String CUSTOM_EVENT_FIELD_PREFIX = "customEvent:";

	public static final List<String> CSV_HEADER = List.of("Goal", "Goal title", "KPI", "KPI title", "KPI formula",
			"Event", "Event description", "Emitted at (phase / touchpoint)", "Parameter", "Type", "Required",
			"Parameter description", "GA4 registration");

	@Override
	public String name() {
		return "ga4";
	}

	@Override
	public boolean rendersEvents() {
		return true;
	}

	@Override
	public void generate(JourneyRun run, IFileSystemAccess2 files) {
		TrackingPlan plan = run.trackingPlan();
		TrackingOutput.writeJson(files, run.folder() + JSON_FILE, measurementPlan(plan));
		TrackingOutput.writeText(files, run.folder() + CSV_FILE, TrackingOutput.BYTE_ORDER_MARK + csv(plan));
	}

	// ---------------------------------------------------------------- JSON

	public static ObjectNode measurementPlan(TrackingPlan plan) {
		Structure structure = new Structure(plan);
		ObjectNode root = TrackingOutput.object();
		root.put("journey", plan.journey());
		root.put("title", plan.journeyTitle());
		root.put("measurementId", plan.settings().measurementId());
		root.set("limits", limits());

		ArrayNode goals = root.putArray("goals");
		for (TrackedGoal goal : plan.goals()) {
			ObjectNode goalNode = goals.addObject();
			goalNode.put("name", goal.name());
			goalNode.put("title", goal.title());
			goalNode.put("kind", goal.kind());
			ArrayNode kpis = goalNode.putArray("kpis");
			structure.kpisOf(goal).forEach(kpi -> kpis.add(kpi(kpi, structure)));
		}
		ArrayNode kpisWithoutGoal = root.putArray("kpisWithoutGoal");
		structure.kpisWithoutGoal().forEach(kpi -> kpisWithoutGoal.add(kpi(kpi, structure)));
		ArrayNode eventsWithoutKpi = root.putArray("eventsWithoutKpi");
		structure.eventsWithoutKpi().forEach(event -> eventsWithoutKpi.add(event(event, structure)));

		ArrayNode builtIn = root.putArray("builtInParameters");
		for (Registration registration : structure.builtInParameters()) {
			ObjectNode node = builtIn.addObject();
			node.put("parameterName", registration.parameterName());
			node.put("reportedAs", registration.reportedAs());
			node.put("description", registration.description());
		}
		root.set("adminApi", adminApi(plan));
		ArrayNode dimensions = root.putArray("customDimensions");
		ArrayNode metrics = root.putArray("customMetrics");
		for (Registration definition : structure.customDefinitions()) {
			if (definition.isMetric()) {
				metrics.add(customMetricRequestBody(definition));
			} else {
				dimensions.add(customDimensionRequestBody(definition));
			}
		}
		ArrayNode warnings = root.putArray("warnings");
		structure.warnings().forEach(warnings::add);
		return root;
	}

	/** Where and how to send the custom definitions; kept out of the request bodies themselves. */
	private static ObjectNode adminApi(TrackingPlan plan) {
		ObjectNode api = TrackingOutput.object();
		api.put("customDimensions", "POST " + CUSTOM_DIMENSIONS_ENDPOINT);
		api.put("customMetrics", "POST " + CUSTOM_METRICS_ENDPOINT);
		api.put("oauthScope", ADMIN_API_SCOPE);
		api.put("howTo", "POST each element of customDimensions and of customMetrics, as it is, as the JSON body of one"
				+ " request to its endpoint. {propertyId} is the numeric GA4 property ID (Admin > Property settings > Property details), not"
				+ " the measurement ID. Currency metrics are marked " + CURRENCY_METRIC_RESTRICTION
				+ "; change it to COST_DATA for a metric that holds costs. Parameters in builtInParameters need no"
				+ " registration: GA4 reports them itself.");
		List<String> currencies = plan.kpis().stream().filter(kpi -> "currency".equals(kpi.unit()))
				.map(TrackedKpi::currency).filter(Objects::nonNull).distinct().toList();
		if (!currencies.isEmpty()) {
			// a CustomMetric has no currency of its own: GA4 shows every currency metric in the property's
			api.put("currency", "GA4 shows currency metrics in the property's currency (Admin > Property settings > Property details >"
					+ " Currency displayed as): set it to " + String.join(" or ", currencies)
					+ ", the currency the journey's KPIs are in, and send a currency parameter with the events that carry amounts.");
		}
		return api;
	}

	/** Exactly a properties.customDimensions.create body: no field the CustomDimension resource lacks. */
	private static ObjectNode customDimensionRequestBody(Registration definition) {
		ObjectNode body = TrackingOutput.object();
		body.put("parameterName", definition.parameterName());
		body.put("displayName", definition.displayName());
		body.put("description", definition.description());
		body.put("scope", "EVENT");
		// disallowAdsPersonalization is left out: the Admin API supports it for user-scoped dimensions only
		return body;
	}

	/** Exactly a properties.customMetrics.create body. */
	private static ObjectNode customMetricRequestBody(Registration definition) {
		ObjectNode body = TrackingOutput.object();
		body.put("parameterName", definition.parameterName());
		body.put("displayName", definition.displayName());
		body.put("description", definition.description());
		body.put("measurementUnit", definition.measurementUnit());
		body.put("scope", "EVENT");
		// required for CURRENCY, and must be empty for every other unit
		ArrayNode restricted = body.putArray("restrictedMetricType");
		if ("CURRENCY".equals(definition.measurementUnit())) {
			restricted.add(CURRENCY_METRIC_RESTRICTION);
		}
		return body;
	}

	private static ObjectNode limits() {
		ObjectNode limits = TrackingOutput.object();
		limits.put("eventNameLength", Ga4NamingValidator.MAX_NAME_LENGTH);
		limits.put("parametersPerEvent", Ga4NamingValidator.MAX_PARAMETERS);
		limits.put("parameterNameLength", Ga4NamingValidator.MAX_NAME_LENGTH);
		limits.put("parameterValueLength", MAX_PARAMETER_VALUE_LENGTH);
		limits.put("eventScopedCustomDimensions", MAX_EVENT_SCOPED_CUSTOM_DIMENSIONS);
		limits.put("customMetrics", MAX_CUSTOM_METRICS);
		return limits;
	}

	private static ObjectNode kpi(TrackedKpi kpi, Structure structure) {
		ObjectNode node = TrackingOutput.object();
		node.put("name", kpi.name());
		node.put("title", kpi.title());
		node.put("description", kpi.description());
		node.put("unit", kpi.unit());
		node.put("currency", kpi.currency());
		node.put("durationUnit", kpi.durationUnit());
		node.put("baseline", kpi.baseline());
		node.put("target", kpi.target());
		node.put("targetDate", kpi.targetDate());
		node.put("direction", kpi.direction());
		node.put("formula", kpi.formula());
		ArrayNode events = node.putArray("events");
		structure.eventsOf(kpi).forEach(event -> events.add(event(event, structure)));
		return node;
	}

	private static ObjectNode event(TrackedEvent event, Structure structure) {
		ObjectNode node = TrackingOutput.object();
		node.put("name", event.name());
		node.put("description", EventDescriptions.of(event));
		ArrayNode emittedAt = node.putArray("emittedAt");
		for (EmittedAt at : event.emittedAt()) {
			ObjectNode place = emittedAt.addObject();
			place.put("phase", at.phase());
			place.put("touchpoint", at.touchpoint());
			place.put("channel", at.channel());
		}
		ArrayNode parameters = node.putArray("parameters");
		for (TrackedProperty property : event.properties()) {
			ObjectNode parameter = parameters.addObject();
			parameter.put("name", property.name());
			parameter.put("type", property.type());
			parameter.put("required", property.required());
			parameter.put("description", property.description());
			Registration registration = structure.registration(property.name());
			parameter.put("registerAs", registration.kind());
			parameter.put("reportedAs", registration.reportedAs());
		}
		return node;
	}

	// ---------------------------------------------------------------- CSV

	/** RFC 4180: comma-separated, CRLF line ends, fields quoted where needed. Without byte order mark. */
	public static String csv(TrackingPlan plan) {
		Structure structure = new Structure(plan);
		StringBuilder out = new StringBuilder();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (TrackedGoal goal : plan.goals()) {
				for (TrackedKpi kpi : structure.kpisOf(goal)) {
					printKpiRows(printer, goal, kpi, structure);
				}
			}
			for (TrackedKpi kpi : structure.kpisWithoutGoal()) {
				printKpiRows(printer, null, kpi, structure);
			}
			for (TrackedEvent event : structure.eventsWithoutKpi()) {
				printEventRows(printer, null, null, event, structure);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write CSV to memory; this is a bug in the ga4 target", e);
		}
		return out.toString();
	}

	private static void printKpiRows(CSVPrinter printer, TrackedGoal goal, TrackedKpi kpi, Structure structure)
			throws IOException {
		List<TrackedEvent> events = structure.eventsOf(kpi);
		if (events.isEmpty()) {
			// a KPI read from a source still belongs in the plan, so the spreadsheet lists it
			printer.printRecord(row(goal, kpi, null, null, structure));
		}
		for (TrackedEvent event : events) {
			printEventRows(printer, goal, kpi, event, structure);
		}
	}

	private static void printEventRows(CSVPrinter printer, TrackedGoal goal, TrackedKpi kpi, TrackedEvent event,
			Structure structure) throws IOException {
		if (event.properties().isEmpty()) {
			printer.printRecord(row(goal, kpi, event, null, structure));
		}
		for (TrackedProperty property : event.properties()) {
			printer.printRecord(row(goal, kpi, event, property, structure));
		}
	}

	/** Every cell is text from the model or a label; each goes through the one spreadsheet-safety rule. */
	private static List<String> row(TrackedGoal goal, TrackedKpi kpi, TrackedEvent event, TrackedProperty property,
			Structure structure) {
		return Stream.of(
				goal == null ? null : goal.name(),
				goal == null ? null : goal.title(),
				kpi == null ? null : kpi.name(),
				kpi == null ? null : kpi.title(),
				kpi == null ? null : kpi.formula(),
				event == null ? null : event.name(),
				event == null ? null : EventDescriptions.of(event),
				event == null ? null : emittedAt(event),
				property == null ? null : property.name(),
				property == null ? null : property.type(),
				property == null ? null : property.required() ? "yes" : "no",
				property == null ? null : property.description(),
				property == null ? null : structure.registration(property.name()).label())
				.map(SpreadsheetCells::text).toList();
	}

	private static String emittedAt(TrackedEvent event) {
		return event.emittedAt().stream()
				.map(at -> (at.phase() == null ? "(another journey)" : at.phase()) + " / "
						+ (at.touchpoint() == null ? "" : at.touchpoint()))
				.distinct().collect(Collectors.joining("; "));
	}

	// ---------------------------------------------------------------- the plan as GA4 sees it

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

	/** The plan's goals, KPIs and events cross-referenced once, for the JSON and the CSV alike. */
	private static final class Structure {

		private final TrackingPlan plan;
		private final List<TrackedEvent> events;
		private final Map<String, TrackedKpi> kpisByName;
		private final Map<String, Registration> registrations = new LinkedHashMap<>();
		private final List<String> warnings = new ArrayList<>();

		Structure(TrackingPlan plan) {
			this.plan = plan;
			this.events = Ga4Names.acceptedEvents(plan);
			this.kpisByName = plan.kpis().stream()
					.collect(Collectors.toMap(TrackedKpi::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
			reportLeftOutNames();
			collectRegistrations();
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
