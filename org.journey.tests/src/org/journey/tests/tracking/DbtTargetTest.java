package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.tracking.DbtNames;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Inject;

/**
 * The dbt target: MetricFlow YAML that dbt-jsonschema accepts, with metrics that refer only to
 * what the file defines. Needs {@code ../shared/reference-schemas} beside the repository (see
 * {@link ReferenceSchemas}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class DbtTargetTest {

	private static final String BUYING_DBT = "dbt/buying_semantic_layer.yml";

	@Inject
	private WarehouseGeneration generation;

	private Map<String, String> exampleFiles() throws Exception {
		Map<String, String> files = new TreeMap<>(generation.generate(generation.loadExamples(), "dbt"));
		files.keySet().removeIf(path -> !path.endsWith("_semantic_layer.yml"));
		assertFalse(files.isEmpty(), "The examples produced no dbt semantic layer");
		return files;
	}

	private static Map<String, JsonNode> parsed(Map<String, String> files) throws Exception {
		Map<String, JsonNode> yaml = new TreeMap<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			yaml.put(file.getKey(), ReferenceSchemas.YAML.readTree(file.getValue()));
		}
		return yaml;
	}

	private JsonNode generate(String model) throws Exception {
		Map<String, String> files = generation.generate(generation.load(model), "dbt");
		assertEquals(List.of(BUYING_DBT, "dbt/journey_time_spine_day.sql", "dbt/journey_time_spine_hour.sql",
				"dbt/journey_time_spines.yml"), List.copyOf(files.keySet()));
		return ReferenceSchemas.YAML.readTree(files.get(BUYING_DBT));
	}

	private String text(String model) throws Exception {
		return generation.generate(generation.load(model), "dbt").get(BUYING_DBT);
	}

	@Test
	void metricDescriptionsNameTheCurrencyAndTheTimeUnit() throws Exception {
		String yaml = text("""
				kpi Revenue { unit currency DKK formula sum(purchase.value) }
				kpi ConversionTime { unit duration days formula avg(purchase.days_to_buy) }
				goal Grow { kind new-sales kpis Revenue, ConversionTime }
				journey Buying {
				    pursues Grow
				    phase Buy { touchpoint Checkout { channel web event purchase { value: number required, days_to_buy: integer } } }
				}
				""");

		assertTrue(yaml.contains("Unit: currency (DKK)."), yaml);
		assertTrue(yaml.contains("Unit: duration (days)."), yaml);
	}

	@Test
	void everyDbtFileOfTheExamplesValidatesAgainstDbtJsonSchema() throws Exception {
		var examples = generation.loadExamples();
		long journeys = examples.getResources().stream().flatMap(r -> r.getContents().stream())
				.filter(org.journey.dsl.journey.Model.class::isInstance)
				.flatMap(m -> ((org.journey.dsl.journey.Model) m).getElements().stream())
				.filter(org.journey.dsl.journey.Journey.class::isInstance).count();
		Map<String, JsonNode> files = parsed(exampleFiles());

		assertEquals(journeys, files.size(), "one file per example journey: " + files.keySet());
		assertAll(files.entrySet().stream().map(file -> (Executable) () -> assertEquals("",
				ReferenceSchemas.problems(ReferenceSchemas.dbtYmlFiles(), file.getValue()),
				file.getKey() + " does not validate against dbt_yml_files-latest.json")));
	}

	@Test
	void theReferenceSchemaRejectsAMetricWithoutLabel() throws Exception {
		JsonNode file = generate(JourneyModels.CLEAN);

		((com.fasterxml.jackson.databind.node.ObjectNode) file.get("metrics").get(0)).remove("label");

		assertFalse(ReferenceSchemas.problems(ReferenceSchemas.dbtYmlFiles(), file).isEmpty(),
				"the validation above would prove nothing if the schema accepted anything");
	}

	@Test
	void metricNamesAreLowerSnakeCaseAndUniqueInEveryFile() throws Exception {
		Map<String, JsonNode> files = parsed(exampleFiles());

		assertAll(files.entrySet().stream().map(file -> (Executable) () -> {
			List<String> names = names(file.getValue().get("metrics"));
			assertEquals(new HashSet<>(names).size(), names.size(), file.getKey() + " repeats a metric name: " + names);
			names.forEach(name -> assertTrue(DbtNames.NAME.matcher(name).matches() && !name.contains("__"),
					file.getKey() + ": " + name + " is not a dbt name"));
		}));
	}

	@Test
	void everyMetricRefersToMeasuresEntitiesAndMetricsOfTheSameFile() throws Exception {
		Map<String, JsonNode> files = parsed(exampleFiles());
		List<Executable> checks = new ArrayList<>();

		files.forEach((path, file) -> {
			JsonNode model = file.get("semantic_models").get(0);
			Set<String> measures = Set.copyOf(names(model.get("measures")));
			Set<String> entities = Set.copyOf(names(model.get("entities")));
			Set<String> metrics = Set.copyOf(names(file.get("metrics")));
			for (JsonNode metric : file.get("metrics")) {
				String where = path + ", metric " + metric.get("name").asText();
				JsonNode params = metric.get("type_params");
				switch (metric.get("type").asText()) {
				case "simple" -> checks.add(() -> assertTrue(measures.contains(params.get("measure").asText()), where));
				case "ratio" -> checks.add(() -> assertTrue(metrics.contains(params.get("numerator").asText())
						&& metrics.contains(params.get("denominator").asText()), where));
				case "conversion" -> {
					JsonNode conversion = params.get("conversion_type_params");
					checks.add(() -> assertTrue(measures.contains(conversion.get("base_measure").get("name").asText()), where));
					checks.add(() -> assertTrue(measures.contains(conversion.get("conversion_measure").asText()), where));
					checks.add(() -> assertTrue(entities.contains(conversion.get("entity").asText()), where));
				}
				default -> checks.add(() -> assertEquals("simple, ratio or conversion", metric.get("type").asText(), where));
				}
			}
		});

		assertTrue(checks.size() > 20, "the examples should have metrics of every kind; checks: " + checks.size());
		assertAll(checks);
	}

	@Test
	void aRatioDividesSimpleMetricsOverMeasuresOfTheTwoEvents() throws Exception {
		JsonNode file = generate(JourneyModels.CLEAN);

		JsonNode model = file.get("semantic_models").get(0);
		assertEquals("ref('events')", model.get("model").asText());
		assertEquals(List.of("buying_purchase_completed_count", "buying_product_viewed_count"), names(model.get("measures")));
		assertEquals("case when event_name = 'purchase_completed' then 1 end",
				model.get("measures").get(0).get("expr").asText());
		assertEquals("count", model.get("measures").get(0).get("agg").asText());
		JsonNode conversion = metric(file, "buying_conversion");
		assertEquals("ratio", conversion.get("type").asText());
		assertEquals("Visit-to-purchase conversion (Buying)", conversion.get("label").asText());
		assertEquals("buying_purchase_completed_count", conversion.get("type_params").get("numerator").asText());
		assertEquals("buying_product_viewed_count", conversion.get("type_params").get("denominator").asText());
		assertEquals("buying_purchase_completed_count",
				metric(file, "buying_purchase_completed_count").get("type_params").get("measure").asText());
	}

	@Test
	void theMetricDescriptionCarriesTheKpisTargetBaselineAndDirection() throws Exception {
		JsonNode file = generate(JourneyModels.CLEAN);

		assertEquals("Formula: count(purchase_completed) / count(product_viewed). Target: 2.0 by 2027-06-30."
				+ " Baseline: 1.2. Higher is better. Unit: percent. The metric is a fraction: 0.25 is 25 percent."
				+ " Goals: MoreSales.",
				metric(file, "buying_conversion").get("description").asText());
	}

	@Test
	void aKpiReadFromASourceIsLeftOutAndNamedInTheHeader() throws Exception {
		String text = text(JourneyModels.CLEAN);

		assertFalse(names(ReferenceSchemas.YAML.readTree(text).get("metrics")).contains("buying_returns"));
		assertTrue(text.contains("#   Returns: it has no formula; its value comes from a source, not from tracked events\n"), text);
	}

	@Test
	void aConversionBecomesAConversionMetricOverTheEntity() throws Exception {
		String model = JourneyModels.variant("formula count(purchase_completed) / count(product_viewed)",
				"formula conversion(product_viewed -> purchase_completed within 48 hours)")
				+ "\ntracking { dbt-entity \"customer_id\" dbt-events-model \"fct_events\" dbt-timestamp \"occurred_at\" }\n";

		JsonNode file = generate(model);

		JsonNode semanticModel = file.get("semantic_models").get(0);
		assertEquals("ref('fct_events')", semanticModel.get("model").asText());
		assertEquals("occurred_at", semanticModel.get("defaults").get("agg_time_dimension").asText());
		assertEquals("customer_id", semanticModel.get("entities").get(0).get("name").asText());
		assertEquals("foreign", semanticModel.get("entities").get(0).get("type").asText());
		JsonNode conversion = metric(file, "buying_conversion").get("type_params").get("conversion_type_params");
		assertEquals("buying_product_viewed_count", conversion.get("base_measure").get("name").asText());
		assertEquals("{{ Dimension('buying_event__event_name') }} = 'product_viewed'",
				conversion.get("base_measure").get("filter").asText());
		assertEquals("buying_purchase_completed_count", conversion.get("conversion_measure").asText());
		assertEquals("customer_id", conversion.get("entity").asText());
		assertEquals("48 hours", conversion.get("window").asText());
		assertEquals("conversion_rate", conversion.get("calculation").asText());
	}

	@Test
	void aConversionFromAnEventToItselfIsLeftOutBecauseMetricFlowWouldAlwaysSayOneHundredPercent() throws Exception {
		String model = JourneyModels.variant("formula count(purchase_completed) / count(product_viewed)",
				"formula conversion(purchase_completed -> purchase_completed within 365 days)");

		String text = text(model);

		assertFalse(names(ReferenceSchemas.YAML.readTree(text).get("metrics")).contains("buying_conversion"));
		assertTrue(text.contains("#   Conversion: MetricFlow would count every purchase_completed as its own conversion"), text);
	}

	@Test
	void aRatioOfRatiosIsLeftOutWithTheReason() throws Exception {
		String model = JourneyModels.variant("formula count(purchase_completed) / count(product_viewed)",
				"formula (count(purchase_completed) / count(product_viewed)) / count(ad_clicked)");

		String text = text(model);

		assertTrue(names(ReferenceSchemas.YAML.readTree(text).get("metrics")).isEmpty(), text);
		assertTrue(text.contains("#   Conversion: a dbt metric cannot express the formula"), text);
	}

	@Test
	void sumAverageAndDistinctBecomeMeasuresOnThePropertyColumn() throws Exception {
		String model = JourneyModels.variant("formula count(purchase_completed) / count(product_viewed)",
				"formula sum(purchase_completed.value) / distinct(purchase_completed.order_id)")
				.replace("kpi Returns \"Return rate\" {", "kpi Basket \"Average basket\" { formula avg(purchase_completed.value) }\n"
						+ "kpi Returns \"Return rate\" {")
				.replace("kpis Conversion, Returns", "kpis Conversion, Returns, Basket");

		JsonNode file = generate(model);

		JsonNode measures = file.get("semantic_models").get(0).get("measures");
		assertEquals(List.of("buying_purchase_completed_value_sum", "buying_purchase_completed_order_id_distinct",
				"buying_purchase_completed_value_avg"), names(measures));
		assertEquals("sum", measures.get(0).get("agg").asText());
		assertEquals("count_distinct", measures.get(1).get("agg").asText());
		assertEquals("average", measures.get(2).get("agg").asText());
		assertEquals("case when event_name = 'purchase_completed' then value end", measures.get(0).get("expr").asText());
		assertEquals("buying_purchase_completed_value_avg",
				metric(file, "buying_basket").get("type_params").get("measure").asText());
	}

	@Test
	void stringAndBooleanPropertiesOfMeasuredEventsBecomeDimensions() throws Exception {
		String model = JourneyModels.variant("event purchase_completed { order_id: string required, value: number required }",
				"event purchase_completed { order_id: string required, value: number required, gift: boolean }");

		JsonNode file = generate(model);

		JsonNode dimensions = file.get("semantic_models").get(0).get("dimensions");
		assertEquals(List.of("event_timestamp", "event_name", "order_id", "gift", "product_id"), names(dimensions));
		assertEquals("time", dimensions.get(0).get("type").asText());
		assertEquals("hour", dimensions.get(0).get("type_params").get("time_granularity").asText(),
				"at day granularity MetricFlow would match a conversion 'within 24 hours' on the same calendar day only");
	}

	@Test
	void namesBecomeLowerSnakeCase() {
		assertAll(
				() -> assertEquals("return_rate", DbtNames.snakeCase("ReturnRate")),
				() -> assertEquals("plakat_til_vaeggen", DbtNames.snakeCase("PlakatTilVæggen")),
				() -> assertEquals("genkoebsrate", DbtNames.snakeCase("Genkøbsrate")),
				() -> assertEquals("html_page_views", DbtNames.snakeCase("HTMLPageViews")),
				() -> assertEquals("kpi2_score", DbtNames.snakeCase("KPI2Score")),
				() -> assertEquals("private_kpi", DbtNames.snakeCase("__private__KPI")),
				() -> assertEquals("n_2nd", DbtNames.snakeCase("_2nd")),
				() -> assertEquals("ax", DbtNames.snakeCase("A")));
	}

	private static JsonNode metric(JsonNode file, String name) {
		for (JsonNode metric : file.get("metrics")) {
			if (metric.get("name").asText().equals(name)) {
				return metric;
			}
		}
		throw new AssertionError("No metric " + name + " in " + names(file.get("metrics")));
	}

	private static List<String> names(JsonNode elements) {
		List<String> names = new ArrayList<>();
		if (elements != null) {
			elements.forEach(element -> names.add(element.get("name").asText()));
		}
		return names;
	}
}
