package org.journey.tests.tracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks {@code dbt parse} makes of a project's semantic layer, written down from the code
 * that runs them: dbt-semantic-interfaces 0.10.5 (dbt-labs/dbt-semantic-interfaces, package
 * {@code dbt_semantic_interfaces/validations}: unique_valid_name.py, metrics.py ConversionMetricRule
 * and CumulativeMetricRule.validate_metric_time_window, reserved_keywords.py, labels.py,
 * time_spines.py, semantic_models.py, primary_entity.py, dimension_const.py, measures.py), and
 * dbt-core 1.9's parser, which refuses a semantic layer without a time spine. All YAML files of a
 * project are checked together, as dbt does: names are unique in the project, not per file.
 */
final class DbtProjectRules {

	/** unique_valid_name.py: lower case letters, digits and underscores, a letter first, no "__". */
	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*[a-z0-9]|[a-z]");
	private static final Set<String> GRANULARITIES = Set.of("nanosecond", "microsecond", "millisecond", "second",
			"minute", "hour", "day", "week", "month", "quarter", "year");
	private static final List<String> GRANULARITY_ORDER = List.of("nanosecond", "microsecond", "millisecond",
			"second", "minute", "hour", "day", "week", "month", "quarter", "year");
	/** reserved_keywords.py RESERVED_KEYWORDS. */
	private static final Set<String> RESERVED_KEYWORDS = Set.of("and", "as", "create", "distinct", "for", "from",
			"full", "having", "in", "inner", "into", "is", "join", "left", "like", "natural", "not", "null", "on", "or",
			"right", "select", "union", "using", "where", "with");
	private static final Pattern DIMENSION_IN_FILTER = Pattern.compile("\\{\\{\\s*Dimension\\('([a-z0-9_]+)'\\)\\s*}}");

	private final List<String> problems = new ArrayList<>();

	private DbtProjectRules() {
	}

	/** Every problem dbt would report for the project made of {@code files} (path -> parsed YAML). */
	static List<String> problems(Map<String, JsonNode> files) {
		DbtProjectRules rules = new DbtProjectRules();
		rules.check(files);
		return rules.problems;
	}

	private void check(Map<String, JsonNode> files) {
		Map<String, JsonNode> semanticModels = new HashMap<>();
		Map<String, JsonNode> measures = new HashMap<>();
		Map<String, String> measureModel = new HashMap<>();
		Map<String, JsonNode> metrics = new HashMap<>();
		Set<String> labels = new HashSet<>();
		Map<String, String> dimensionTypes = new HashMap<>();
		Map<String, String> primaryEntityDimensions = new HashMap<>();
		Map<String, String> timeSpineByGranularity = new HashMap<>();
		Set<String> dimensionGranularities = new HashSet<>();

		files.forEach((path, file) -> {
			for (JsonNode model : each(file.get("models"))) {
				JsonNode spine = model.get("time_spine");
				if (spine == null) {
					continue;
				}
				String column = text(spine, "standard_granularity_column");
				JsonNode columnNode = null;
				for (JsonNode c : each(model.get("columns"))) {
					if (column != null && column.equals(text(c, "name"))) {
						columnNode = c;
					}
				}
				if (columnNode == null || text(columnNode, "granularity") == null) {
					problems.add(path + ": time spine " + text(model, "name")
							+ ": the standard granularity column must be a column with a granularity");
					continue;
				}
				if (timeSpineByGranularity.put(text(columnNode, "granularity"), text(model, "name")) != null) {
					problems.add(path + ": only one time spine is supported per granularity: "
							+ text(columnNode, "granularity"));
				}
			}
			for (JsonNode model : each(file.get("semantic_models"))) {
				String name = text(model, "name");
				checkName(path, "semantic model", name);
				if (semanticModels.put(name, model) != null) {
					problems.add(path + ": can't use name `" + name + "` for a semantic model when it was already used");
				}
				String primaryEntity = text(model, "primary_entity");
				for (JsonNode entity : each(model.get("entities"))) {
					checkName(path, "entity", text(entity, "name"));
					checkNotReserved(path, "entity", text(entity, "name"));
					if ("primary".equals(text(entity, "type"))) {
						primaryEntity = text(entity, "name");
					}
				}
				if (primaryEntity == null && model.has("dimensions")) {
					problems.add(path + ": semantic model " + name + " has dimensions but no primary entity");
				}
				Set<String> elementNames = new HashSet<>();
				boolean aggTimeDimensionFound = false;
				String aggTimeDimension = model.path("defaults").path("agg_time_dimension").asText(null);
				for (JsonNode dimension : each(model.get("dimensions"))) {
					String dimensionName = text(dimension, "name");
					checkName(path, "dimension", dimensionName);
					checkNotReserved(path, "dimension", dimensionName);
					if (!elementNames.add(dimensionName)) {
						problems.add(path + ": " + name + " repeats the element name " + dimensionName);
					}
					String type = text(dimension, "type");
					String earlier = dimensionTypes.putIfAbsent(dimensionName, type);
					if (earlier != null && !earlier.equals(type)) {
						problems.add(path + ": type conflict for dimension " + dimensionName + ": " + earlier + " and " + type);
					}
					if (primaryEntity != null) {
						String pair = primaryEntity + "__" + dimensionName;
						String other = primaryEntityDimensions.putIfAbsent(pair, name);
						if (other != null && !other.equals(name)) {
							problems.add(path + ": duplicate dimension + primary entity pairing " + pair + " in semantic models "
									+ other + " and " + name);
						}
					}
					if ("time".equals(type)) {
						String granularity = dimension.path("type_params").path("time_granularity").asText(null);
						if (granularity == null || !GRANULARITIES.contains(granularity)) {
							problems.add(path + ": time dimension " + dimensionName + " needs a time granularity");
						} else {
							dimensionGranularities.add(granularity);
						}
						aggTimeDimensionFound |= dimensionName.equals(aggTimeDimension);
					}
				}
				if (model.has("measures") && !aggTimeDimensionFound) {
					problems.add(path + ": " + name + ": the agg_time_dimension '" + aggTimeDimension
							+ "' is not a time dimension of the model");
				}
				for (JsonNode measure : each(model.get("measures"))) {
					String measureName = text(measure, "name");
					checkName(path, "measure", measureName);
					checkNotReserved(path, "measure", measureName);
					if (measures.put(measureName, measure) != null) {
						problems.add(path + ": found measure with name " + measureName + " in multiple semantic models");
					}
					measureModel.put(measureName, name);
				}
			}
			for (JsonNode metric : each(file.get("metrics"))) {
				String name = text(metric, "name");
				checkName(path, "metric", name);
				if (metrics.put(name, metric) != null) {
					problems.add(path + ": can't use name `" + name + "` for a metric when it was already used");
				}
				String label = text(metric, "label");
				if (label != null && !labels.add(label)) {
					problems.add(path + ": can't use label `" + label + "` for metric " + name + ": another metric has it");
				}
			}
		});

		if (!semanticModels.isEmpty() && timeSpineByGranularity.isEmpty()) {
			problems.add("the project has semantic models but no time spine (dbt 1.9 and later refuse it)");
		}
		if (!timeSpineByGranularity.isEmpty() && !dimensionGranularities.isEmpty()) {
			int finestDimension = dimensionGranularities.stream().mapToInt(GRANULARITY_ORDER::indexOf).min().getAsInt();
			int finestSpine = timeSpineByGranularity.keySet().stream().mapToInt(GRANULARITY_ORDER::indexOf).min().getAsInt();
			if (finestDimension < finestSpine) {
				problems.add("a time dimension has granularity " + GRANULARITY_ORDER.get(finestDimension)
						+ " but the finest time spine is " + GRANULARITY_ORDER.get(finestSpine));
			}
		}

		metrics.forEach((name, metric) -> {
			JsonNode params = metric.path("type_params");
			switch (String.valueOf(text(metric, "type"))) {
			case "simple" -> requireMeasure(name, text(params, "measure"), measures);
			case "ratio" -> {
				requireMetric(name, params.path("numerator").isObject() ? text(params.get("numerator"), "name")
						: text(params, "numerator"), metrics);
				requireMetric(name, params.path("denominator").isObject() ? text(params.get("denominator"), "name")
						: text(params, "denominator"), metrics);
			}
			case "conversion" -> checkConversion(name, params.path("conversion_type_params"), measures, measureModel,
					semanticModels);
			default -> problems.add("metric " + name + ": unknown type " + text(metric, "type"));
			}
		});
	}

	private void checkConversion(String metric, JsonNode params, Map<String, JsonNode> measures,
			Map<String, String> measureModel, Map<String, JsonNode> semanticModels) {
		JsonNode base = params.path("base_measure");
		String baseName = base.isObject() ? text(base, "name") : base.asText(null);
		JsonNode conversion = params.path("conversion_measure");
		String conversionName = conversion.isObject() ? text(conversion, "name") : conversion.asText(null);
		for (String measureName : new String[] { baseName, conversionName }) {
			if (!requireMeasure(metric, measureName, measures)) {
				continue;
			}
			JsonNode measure = measures.get(measureName);
			String agg = text(measure, "agg");
			String expr = text(measure, "expr");
			if (!"count".equals(agg) && !"count_distinct".equals(agg) && !("sum".equals(agg) && "1".equals(expr))) {
				problems.add("metric " + metric + ": for conversion metrics, the input measure must be"
						+ " COUNT/SUM(1)/COUNT_DISTINCT. Measure '" + measureName + "' is agg type: " + agg);
			}
		}
		if (conversion.isObject() && conversion.has("filter")) {
			problems.add("metric " + metric + ": the conversion measure has a filter, which MetricFlow does not fully support");
		}
		String entity = text(params, "entity");
		for (String measureName : new String[] { baseName, conversionName }) {
			JsonNode model = semanticModels.get(measureModel.get(measureName));
			if (model != null && each(model.get("entities")).stream().noneMatch(e -> entity != null
					&& entity.equals(text(e, "name")))) {
				problems.add("metric " + metric + ": entity " + entity + " not found in semantic model " + text(model, "name"));
			}
		}
		String window = text(params, "window");
		if (window != null) {
			String[] parts = window.trim().split("\\s+");
			String granularity = parts.length == 2 && parts[1].endsWith("s") ? parts[1].substring(0, parts[1].length() - 1)
					: parts.length == 2 ? parts[1] : null;
			if (parts.length != 2 || !parts[0].matches("\\d+") || !GRANULARITIES.contains(granularity)) {
				problems.add("metric " + metric + ": invalid window '" + window + "', expected '<count> <granularity>'");
			}
		}
		if (base.isObject() && base.has("filter")) {
			Matcher dimension = DIMENSION_IN_FILTER.matcher(text(base, "filter"));
			JsonNode model = semanticModels.get(measureModel.get(baseName));
			while (dimension.find() && model != null) {
				String reference = dimension.group(1);
				String primaryEntity = text(model, "primary_entity");
				boolean known = each(model.get("dimensions")).stream()
						.anyMatch(d -> reference.equals(primaryEntity + "__" + text(d, "name")));
				if (!known) {
					problems.add("metric " + metric + ": the filter's Dimension('" + reference
							+ "') is no dimension of semantic model " + text(model, "name"));
				}
			}
		}
	}

	private boolean requireMeasure(String metric, String measure, Map<String, JsonNode> measures) {
		if (measure == null || !measures.containsKey(measure)) {
			problems.add("metric " + metric + ": measure " + measure + " is not defined in the project");
			return false;
		}
		return true;
	}

	private void requireMetric(String metric, String input, Map<String, JsonNode> metrics) {
		if (input == null || !metrics.containsKey(input)) {
			problems.add("metric " + metric + ": input metric " + input + " is not defined in the project");
		}
	}

	private void checkName(String path, String what, String name) {
		if (name == null || !NAME.matcher(name).matches() || name.contains("__")) {
			problems.add(path + ": invalid " + what + " name `" + name + "`");
		} else if (GRANULARITIES.contains(name)) {
			problems.add(path + ": invalid " + what + " name `" + name + "`: it is a time granularity keyword");
		}
	}

	private void checkNotReserved(String path, String what, String name) {
		if (name != null && RESERVED_KEYWORDS.contains(name)) {
			problems.add(path + ": '" + name + "' is an SQL reserved keyword, and thus cannot be used as a " + what + " name");
		}
	}

	private static List<JsonNode> each(JsonNode array) {
		List<JsonNode> nodes = new ArrayList<>();
		if (array != null && array.isArray()) {
			array.forEach(nodes::add);
		}
		return nodes;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}
}
