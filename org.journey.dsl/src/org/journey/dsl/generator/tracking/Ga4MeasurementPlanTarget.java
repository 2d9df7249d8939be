package org.journey.dsl.generator.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.TrackingPlan.EmittedAt;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedGoal;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.validation.Ga4NamingValidator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The GA4 measurement plan, as JSON for tools and as CSV for a spreadsheet: business goal -> KPI
 * -> event -> parameters (type, required, description), the phase and touchpoint each event comes
 * from, and the custom definitions to register in GA4 so that the parameters show up in reports:
 * string and boolean parameters as event-scoped custom dimensions, number and integer parameters
 * as custom metrics. The custom definitions use the field names of the GA4 Admin API.
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

	public static final String CUSTOM_DIMENSION = "customDimension";
	public static final String CUSTOM_METRIC = "customMetric";

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
	public void generate(Journey journey, JourneyMap map, String folder, IFileSystemAccess2 files) {
		TrackingPlan plan = TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
		TrackingOutput.writeJson(files, folder + JSON_FILE, measurementPlan(plan));
		TrackingOutput.writeText(files, folder + CSV_FILE, TrackingOutput.BYTE_ORDER_MARK + csv(plan));
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

		ArrayNode dimensions = root.putArray("customDimensions");
		ArrayNode metrics = root.putArray("customMetrics");
		for (CustomDefinition definition : structure.definitions()) {
			ObjectNode node = definition.isMetric() ? metrics.addObject() : dimensions.addObject();
			node.put("parameterName", definition.parameterName());
			node.put("displayName", definition.displayName());
			node.put("description", definition.description());
			node.put("scope", "EVENT");
			if (definition.isMetric()) {
				node.put("measurementUnit", definition.measurementUnit());
			}
		}
		ArrayNode warnings = root.putArray("warnings");
		structure.warnings().forEach(warnings::add);
		return root;
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
			parameter.put("registerAs", structure.definition(property.name()).registration());
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

	private static List<String> row(TrackedGoal goal, TrackedKpi kpi, TrackedEvent event, TrackedProperty property,
			Structure structure) {
		return List.of(
				goal == null ? "" : goal.name(),
				goal == null ? "" : text(goal.title()),
				kpi == null ? "" : kpi.name(),
				kpi == null ? "" : text(kpi.title()),
				kpi == null ? "" : text(kpi.formula()),
				event == null ? "" : event.name(),
				event == null ? "" : EventDescriptions.of(event),
				event == null ? "" : emittedAt(event),
				property == null ? "" : property.name(),
				property == null ? "" : property.type(),
				property == null ? "" : property.required() ? "yes" : "no",
				property == null ? "" : text(property.description()),
				property == null ? "" : structure.definition(property.name()).registrationLabel());
	}

	private static String emittedAt(TrackedEvent event) {
		return event.emittedAt().stream()
				.map(at -> (at.phase() == null ? "(another journey)" : at.phase()) + " / " + text(at.touchpoint()))
				.distinct().collect(Collectors.joining("; "));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	// ---------------------------------------------------------------- the plan as GA4 sees it

	/**
	 * A parameter name registered in GA4 once, whichever events send it: GA4 custom definitions are
	 * per parameter name, not per event.
	 */
	record CustomDefinition(String parameterName, boolean isMetric, String displayName, String description,
			String measurementUnit) {

		String registration() {
			return isMetric ? CUSTOM_METRIC : CUSTOM_DIMENSION;
		}

		String registrationLabel() {
			return isMetric ? "custom metric (" + measurementUnit.toLowerCase(Locale.ROOT) + ")"
					: "custom dimension (event scope)";
		}
	}

	/** The plan's goals, KPIs and events cross-referenced once, for the JSON and the CSV alike. */
	private static final class Structure {

		private final TrackingPlan plan;
		private final List<TrackedEvent> events;
		private final Map<String, TrackedKpi> kpisByName;
		private final Map<String, CustomDefinition> definitions = new LinkedHashMap<>();
		private final List<String> warnings = new ArrayList<>();

		Structure(TrackingPlan plan) {
			this.plan = plan;
			this.events = Ga4Names.acceptedEvents(plan);
			this.kpisByName = plan.kpis().stream()
					.collect(Collectors.toMap(TrackedKpi::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
			reportLeftOutNames();
			collectDefinitions();
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

		List<CustomDefinition> definitions() {
			return List.copyOf(definitions.values());
		}

		CustomDefinition definition(String parameterName) {
			return definitions.get(parameterName);
		}

		List<String> warnings() {
			return warnings;
		}

		private void reportLeftOutNames() {
			for (TrackedEvent event : plan.events()) {
				if (!Ga4Names.isAcceptedEventName(event.name())) {
					warnings.add("Event '" + event.name() + "' is left out: GA4 rejects its name.");
					continue;
				}
				event.properties().stream().filter(p -> !Ga4Names.isAcceptedParameterName(p.name()))
						.forEach(p -> warnings.add("Parameter '" + p.name() + "' of event '" + event.name()
								+ "' is left out: GA4 rejects its name."));
			}
		}

		private void collectDefinitions() {
			Map<String, List<TrackedEvent>> senders = new LinkedHashMap<>();
			Map<String, TrackedProperty> first = new LinkedHashMap<>();
			for (TrackedEvent event : events) {
				for (TrackedProperty property : event.properties()) {
					senders.computeIfAbsent(property.name(), n -> new ArrayList<>()).add(event);
					TrackedProperty earlier = first.putIfAbsent(property.name(), property);
					if (earlier != null && isMetric(earlier) != isMetric(property)) {
						warnings.add("Parameter '" + property.name() + "' is a " + earlier.type() + " in event '"
								+ senders.get(property.name()).get(0).name() + "' and a " + property.type()
								+ " in event '" + event.name() + "'; GA4 registers a parameter name once, here as a "
								+ (isMetric(earlier) ? "custom metric" : "custom dimension") + ". Rename one of them.");
					}
				}
			}
			first.forEach((name, property) -> definitions.put(name,
					new CustomDefinition(name, isMetric(property), displayName(name),
							definitionDescription(property, senders.get(name)),
							isMetric(property) ? measurementUnit(name, senders.get(name)) : null)));
			long dimensionCount = definitions.values().stream().filter(d -> !d.isMetric()).count();
			long metricCount = definitions.size() - dimensionCount;
			if (dimensionCount > MAX_EVENT_SCOPED_CUSTOM_DIMENSIONS) {
				warnings.add(dimensionCount + " custom dimensions are needed; a standard GA4 property registers at most "
						+ MAX_EVENT_SCOPED_CUSTOM_DIMENSIONS + " event-scoped ones.");
			}
			if (metricCount > MAX_CUSTOM_METRICS) {
				warnings.add(metricCount + " custom metrics are needed; a standard GA4 property registers at most "
						+ MAX_CUSTOM_METRICS + ".");
			}
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
	 * start with a letter, which a GA4-valid parameter name already does.
	 */
	static String displayName(String parameterName) {
		String spaced = parameterName.replace('_', ' ').trim();
		String name = spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
		return name.length() > MAX_DISPLAY_NAME_LENGTH ? name.substring(0, MAX_DISPLAY_NAME_LENGTH) : name;
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
