package org.journey.dsl.generator.tracking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.journey.dsl.generator.tracking.TrackingPlan.Conversion;
import org.journey.dsl.generator.tracking.TrackingPlan.FormulaKind;
import org.journey.dsl.generator.tracking.TrackingPlan.Measure;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The dbt semantic layer (MetricFlow, the spec with top-level {@code semantic_models} and measures)
 * of a {@link TrackingPlan}: one semantic model over the events model, one measure per aggregate
 * the KPI formulas use, and one metric per KPI whose formula MetricFlow can compute.
 * <p>
 * The events model is assumed to have one row per tracked event with the columns
 * {@value #EVENT_NAME_COLUMN}, the entity and the timestamp from the {@link TrackingSettings}, and
 * one column per event property, named like the property.
 * <p>
 * What dbt checks (dbt-semantic-interfaces, which {@code dbt parse} runs) shapes the output:
 * <ul>
 * <li>Every journey's semantic layer goes into one dbt project beside the others, and dbt wants
 * measure, metric and semantic model names and metric labels unique in the project, and a primary
 * entity's dimensions unique: every name starts with the journey's {@linkplain DbtNames#journeyPrefix
 * prefix}, every label names the journey, and each semantic model has a primary entity of its own.</li>
 * <li>Conversion metrics take COUNT, SUM of 1 or COUNT_DISTINCT measures only, so an event's count
 * is {@code count} over an expression that is null for other events.</li>
 * <li>The time dimension has hour granularity: MetricFlow matches conversions at the time
 * dimension's granularity, and at day granularity "within 24 hours" would mean "on the same
 * calendar day". Hour granularity needs dbt 1.9 or later, and an hourly time spine
 * ({@link DbtTimeSpines}).</li>
 * </ul>
 */
public final class DbtSemanticLayer {

	public static final String EVENT_NAME_COLUMN = "event_name";
	/**
	 * Rows are events, and the model has no event id column, so the primary entity is declared
	 * without a column ({@code primary_entity}): MetricFlow needs one for a model with dimensions.
	 * Prefixed by the journey: two semantic models with one primary entity may not share a dimension.
	 */
	static final String PRIMARY_ENTITY_SUFFIX = "_event";
	/** The time dimension's granularity: fine enough for conversion windows in hours. */
	public static final String TIME_GRANULARITY = "hour";
	/** Names MetricFlow reserves for its own dimensions and time granularities. */
	private static final List<String> RESERVED = List.of("metric_time", "nanosecond", "microsecond", "millisecond",
			"second", "minute", "hour", "day", "week", "month", "quarter", "year");

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** What was generated, and the KPIs that are not, each with the reason a reader of the file needs. */
	public record Result(ObjectNode yaml, List<LeftOut> leftOut) {
	}

	public record LeftOut(String kpi, String reason) {
	}

	private record MeasureDefinition(String name, String agg, String expr, String description) {
	}

	private final TrackingPlan plan;
	private final String prefix;
	private final String journeyLabel;
	private final DbtNames.Allocator elementNames = new DbtNames.Allocator();
	private final DbtNames.Allocator metricNames = new DbtNames.Allocator();
	private final Map<Measure, MeasureDefinition> measures = new LinkedHashMap<>();
	private final List<String> measuredEvents = new ArrayList<>();
	private final List<LeftOut> leftOut = new ArrayList<>();
	private String primaryEntity;
	private String entity;

	private DbtSemanticLayer(TrackingPlan plan, String prefix, String journeyLabel) {
		this.plan = plan;
		this.prefix = prefix;
		this.journeyLabel = journeyLabel;
	}

	/**
	 * The semantic layer of {@code plan}, every name starting with {@code prefix} and every label
	 * ending with {@code journeyLabel} (see {@link DbtNames#journeyPrefix} and {@link DbtNames#journeyLabel}).
	 */
	public static Result of(TrackingPlan plan, String prefix, String journeyLabel) {
		return new DbtSemanticLayer(plan, prefix, journeyLabel).build();
	}

	private Result build() {
		RESERVED.forEach(elementNames::reserve);
		DbtNames.METRICFLOW_RESERVED.forEach(elementNames::reserve);
		TrackingSettings settings = plan.settings();
		entity = elementNames.allocate(DbtNames.snakeCase(settings.entity()));
		primaryEntity = elementNames.allocate(prefix + PRIMARY_ENTITY_SUFFIX);
		String time = elementNames.allocate(DbtNames.snakeCase(settings.timestamp()));
		String eventName = elementNames.allocate(EVENT_NAME_COLUMN);

		List<TrackedKpi> generated = plan.kpis().stream().filter(this::generatable).toList();
		generated.forEach(kpi -> measuresOf(kpi).forEach(this::measure));

		String semanticModel = prefix + "_events";
		ObjectNode root = JSON.objectNode();
		root.put("version", 2);
		ObjectNode model = root.putArray("semantic_models").addObject();
		model.put("name", semanticModel);
		model.put("description", "Tracked events of the journey \"" + journeyLabel()
				+ "\", one row per event. Generated by Journey from the KPI formulas.");
		model.put("model", "ref('" + settings.eventsModel() + "')");
		model.putObject("defaults").put("agg_time_dimension", time);
		model.put("primary_entity", primaryEntity);

		ObjectNode foreign = model.putArray("entities").addObject();
		foreign.put("name", entity);
		foreign.put("type", "foreign");
		withExpr(foreign, entity, DbtNames.column(settings.entity()));

		ArrayNode dimensions = model.putArray("dimensions");
		ObjectNode timestamp = dimensions.addObject();
		timestamp.put("name", time);
		timestamp.put("type", "time");
		withExpr(timestamp, time, DbtNames.column(settings.timestamp()));
		timestamp.putObject("type_params").put("time_granularity", TIME_GRANULARITY);
		ObjectNode name = dimensions.addObject();
		name.put("name", eventName);
		name.put("type", "categorical");
		withExpr(name, eventName, EVENT_NAME_COLUMN);
		name.put("description", "The tracked event's name.");
		propertyDimensions(dimensions);

		if (!measures.isEmpty()) {
			ArrayNode measureNodes = model.putArray("measures");
			for (MeasureDefinition measure : measures.values()) {
				ObjectNode node = measureNodes.addObject();
				node.put("name", measure.name());
				node.put("description", measure.description());
				node.put("agg", measure.agg());
				node.put("expr", measure.expr());
			}
		}

		ArrayNode metrics = metrics(generated, eventName);
		if (!metrics.isEmpty()) {
			root.set("metrics", metrics);
		}
		return new Result(root, List.copyOf(leftOut));
	}

	/** Whether MetricFlow can compute the KPI; if not, records why in {@link #leftOut}. */
	private boolean generatable(TrackedKpi kpi) {
		String reason = kpi.kind() == FormulaKind.NONE
				? "it has no formula; its value comes from a source, not from tracked events"
				: DbtExpressibility.obstacle(kpi).map(obstacle -> switch (obstacle) {
				case SHAPE -> "a dbt metric cannot express the formula " + kpi.formula()
						+ " (use one aggregate, a ratio of two, or a conversion)";
				case SAME_EVENT_CONVERSION -> "MetricFlow would count every " + kpi.conversion().baseEvent()
						+ " as its own conversion (a conversion from an event to the same event); compute it in a dbt"
						+ " model instead";
				}).orElseGet(() -> undeclaredReference(kpi));
		if (reason != null) {
			leftOut.add(new LeftOut(kpi.name(), reason));
		}
		return reason == null;
	}

	/** Why the formula cannot be computed from the declared events, or null if it can. */
	private static String undeclaredReference(TrackedKpi kpi) {
		if (kpi.kind() == FormulaKind.CONVERSION) {
			Conversion conversion = kpi.conversion();
			return conversion.baseEvent() == null || conversion.conversionEvent() == null
					? "its formula " + kpi.formula() + " names an event that is not declared"
					: null;
		}
		return kpi.measures().stream().allMatch(DbtSemanticLayer::complete) ? null
				: "its formula " + kpi.formula() + " names an event or property that is not declared";
	}

	private static boolean complete(Measure measure) {
		return measure.event() != null && ("count".equals(measure.function()) || measure.property() != null);
	}

	private static List<Measure> measuresOf(TrackedKpi kpi) {
		if (kpi.kind() == FormulaKind.CONVERSION) {
			return List.of(new Measure("count", kpi.conversion().baseEvent(), null),
					new Measure("count", kpi.conversion().conversionEvent(), null));
		}
		return kpi.measures();
	}

	private MeasureDefinition measure(Measure measure) {
		return measures.computeIfAbsent(measure, m -> {
			if (!measuredEvents.contains(m.event())) {
				measuredEvents.add(m.event());
			}
			String event = prefix + "_" + DbtNames.snakeCase(m.event());
			String when = "case when " + EVENT_NAME_COLUMN + " = '" + m.event().replace("'", "''") + "' then ";
			String column = m.property() == null ? null : DbtNames.column(m.property());
			return switch (m.function()) {
			// count, not sum: conversion metrics accept COUNT, SUM of 1 and COUNT_DISTINCT measures only
			case "count" -> new MeasureDefinition(elementNames.allocate(event + "_count"), "count", when + "1 end",
					"Number of " + m.event() + " events.");
			case "sum" -> new MeasureDefinition(elementNames.allocate(propertyName(m, "sum")), "sum",
					when + column + " end", "Sum of " + m.property() + " over " + m.event() + " events.");
			case "avg" -> new MeasureDefinition(elementNames.allocate(propertyName(m, "avg")), "average",
					when + column + " end", "Average " + m.property() + " of " + m.event() + " events.");
			case "distinct" -> new MeasureDefinition(elementNames.allocate(propertyName(m, "distinct")), "count_distinct",
					when + column + " end",
					"Number of distinct " + m.property() + " values in " + m.event() + " events.");
			default -> throw new IllegalStateException("Unknown aggregate function " + m.function());
			};
		});
	}

	private String propertyName(Measure measure, String function) {
		return prefix + "_" + DbtNames.snakeCase(measure.event()) + "_" + DbtNames.snakeCase(measure.property()) + "_" + function;
	}

	/**
	 * A categorical dimension for every string or boolean property of the measured events, so the
	 * KPIs can be broken down by campaign, product and the like. A property whose snake-case name is
	 * taken (by the entity, a reserved word, or {@code itemId} beside {@code item_id}) gets a numbered
	 * name; its description names the property.
	 */
	private void propertyDimensions(ArrayNode dimensions) {
		Map<String, List<String>> eventsByProperty = new LinkedHashMap<>();
		for (String eventName : measuredEvents) {
			TrackedEvent event = plan.events().stream().filter(e -> eventName.equals(e.name())).findFirst().orElse(null);
			if (event == null) {
				continue;
			}
			for (TrackedProperty property : event.properties()) {
				if ("string".equals(property.type()) || "boolean".equals(property.type())) {
					eventsByProperty.computeIfAbsent(property.name(), p -> new ArrayList<>()).add(eventName);
				}
			}
		}
		eventsByProperty.forEach((property, events) -> {
			String name = elementNames.allocate(DbtNames.snakeCase(property));
			ObjectNode dimension = dimensions.addObject();
			dimension.put("name", name);
			dimension.put("type", "categorical");
			withExpr(dimension, name, DbtNames.column(property));
			dimension.put("description", "Event property " + property + " of " + String.join(", ", events) + ".");
		});
	}

	private ArrayNode metrics(List<TrackedKpi> kpis, String eventNameDimension) {
		Map<TrackedKpi, String> kpiMetricNames = new LinkedHashMap<>();
		kpis.forEach(kpi -> kpiMetricNames.put(kpi, metricNames.allocate(prefix + "_" + DbtNames.snakeCase(kpi.name()))));

		ArrayNode metrics = JSON.arrayNode();
		Map<Measure, String> ratioInputs = new LinkedHashMap<>();
		for (TrackedKpi kpi : kpis) {
			ObjectNode metric = metrics.addObject();
			metric.put("name", kpiMetricNames.get(kpi));
			metric.put("label", labelInJourney(kpi.label()));
			metric.put("description", description(kpi));
			metric.put("type", kpi.kind().name().toLowerCase(Locale.ROOT));
			ObjectNode params = metric.putObject("type_params");
			switch (kpi.kind()) {
			case SIMPLE -> params.put("measure", measures.get(kpi.measures().get(0)).name());
			case RATIO -> {
				params.put("numerator", ratioInput(kpi.measures().get(0), kpis, kpiMetricNames, ratioInputs));
				params.put("denominator", ratioInput(kpi.measures().get(1), kpis, kpiMetricNames, ratioInputs));
			}
			case CONVERSION -> conversion(kpi, params.putObject("conversion_type_params"), eventNameDimension);
			default -> throw new IllegalStateException(kpi.kind() + " KPIs are left out before this point");
			}
		}
		// MetricFlow's ratios divide metrics, not measures: each input without a KPI of its own gets a simple metric
		ratioInputs.forEach((measure, name) -> {
			if (kpiMetricNames.containsValue(name)) {
				return;
			}
			MeasureDefinition definition = measures.get(measure);
			ObjectNode metric = metrics.addObject();
			metric.put("name", name);
			metric.put("label", labelInJourney(label(measure)));
			metric.put("description", definition.description() + " Numerator or denominator of a ratio KPI.");
			metric.put("type", "simple");
			metric.putObject("type_params").put("measure", definition.name());
		});
		return metrics;
	}

	/** The metric a ratio divides: a simple KPI over the same measure if there is one, else a new simple metric. */
	private String ratioInput(Measure measure, List<TrackedKpi> kpis, Map<TrackedKpi, String> kpiMetricNames,
			Map<Measure, String> ratioInputs) {
		return ratioInputs.computeIfAbsent(measure, m -> kpis.stream()
				.filter(kpi -> kpi.kind() == FormulaKind.SIMPLE && kpi.measures().get(0).equals(m))
				.map(kpiMetricNames::get).findFirst()
				.orElseGet(() -> metricNames.allocate(measures.get(m).name())));
	}

	private void conversion(TrackedKpi kpi, ObjectNode params, String eventNameDimension) {
		Conversion conversion = kpi.conversion();
		MeasureDefinition base = measures.get(new Measure("count", conversion.baseEvent(), null));
		MeasureDefinition converted = measures.get(new Measure("count", conversion.conversionEvent(), null));
		ObjectNode baseMeasure = params.putObject("base_measure");
		baseMeasure.put("name", base.name());
		// MetricFlow looks for base rows among all rows of the semantic model; only this filter keeps
		// other events from counting as the base of a conversion
		baseMeasure.put("filter", "{{ Dimension('" + primaryEntity + "__" + eventNameDimension + "') }} = '"
				+ conversion.baseEvent().replace("'", "''") + "'");
		params.put("conversion_measure", converted.name());
		params.put("entity", entity);
		params.put("calculation", "conversion_rate");
		params.put("window", window(conversion));
	}

	/** "24 hours", "1 day": MetricFlow reads a count and a granularity, singular or plural. */
	static String window(Conversion conversion) {
		String unit = conversion.windowUnit();
		if (conversion.window() == 1 && unit.endsWith("s")) {
			unit = unit.substring(0, unit.length() - 1);
		}
		return conversion.window() + " " + unit;
	}

	/**
	 * dbt wants metric labels unique in a project, and one KPI may be measured in several journeys:
	 * each label says which journey's metric it is.
	 */
	private String labelInJourney(String label) {
		return label + " (" + journeyLabel + ")";
	}

	private static void withExpr(ObjectNode node, String name, String column) {
		if (!name.equals(column)) {
			node.put("expr", column);
		}
	}

	private static String label(Measure measure) {
		return switch (measure.function()) {
		case "count" -> measure.event() + " events";
		case "sum" -> "Sum of " + measure.event() + "." + measure.property();
		case "avg" -> "Average " + measure.event() + "." + measure.property();
		default -> "Distinct " + measure.event() + "." + measure.property();
		};
	}

	/**
	 * The KPI's own description, formula, target, baseline, direction, unit and goals. The metric is
	 * the one place for them: dbt-jsonschema allows neither {@code meta} nor {@code config} on a metric.
	 */
	private static String description(TrackedKpi kpi) {
		List<String> parts = new ArrayList<>();
		if (kpi.description() != null) {
			parts.add(SnowplowSchemas.sentence(kpi.description()));
		}
		parts.add("Formula: " + kpi.formula() + ".");
		if (kpi.target() != null) {
			parts.add("Target: " + kpi.target().toPlainString() + (kpi.targetDate() != null ? " by " + kpi.targetDate() : "") + ".");
		}
		if (kpi.baseline() != null) {
			parts.add("Baseline: " + kpi.baseline().toPlainString() + ".");
		}
		parts.add("increase".equals(kpi.direction()) ? "Higher is better." : "Lower is better.");
		if (kpi.unit() != null) {
			String qualifier = kpi.currency() != null ? kpi.currency() : kpi.durationUnit();
			parts.add("Unit: " + kpi.unit() + (qualifier != null ? " (" + qualifier + ")" : "") + ".");
		}
		if ("percent".equals(kpi.unit()) && kpi.kind() != FormulaKind.SIMPLE) {
			parts.add("The metric is a fraction: 0.25 is 25 percent.");
		}
		if (!kpi.goals().isEmpty()) {
			parts.add("Goals: " + String.join(", ", kpi.goals()) + ".");
		}
		return String.join(" ", parts);
	}

	private String journeyLabel() {
		return Objects.requireNonNullElse(plan.journeyTitle(), plan.journey());
	}
}
