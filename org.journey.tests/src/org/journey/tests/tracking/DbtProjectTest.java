package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;

/**
 * The dbt files of many journeys in one dbt project, checked with the rules {@code dbt parse}
 * applies ({@link DbtProjectRules}): names unique in the project, conversion measures MetricFlow
 * accepts, a time spine fine enough for the time dimensions.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class DbtProjectTest {

	@Inject
	private WarehouseGeneration generation;

	@Test
	void everyExampleJourneyTogetherIsOneDbtProjectThatDbtAccepts() throws Exception {
		Map<String, JsonNode> project = yamlFiles(generation.generate(generation.loadExamples(), "dbt"));

		assertTrue(project.size() > 5, "the examples' journeys and the time spines: " + project.keySet());
		assertEquals(List.of(), DbtProjectRules.problems(project));
	}

	@Test
	void theRulesRefuseWhatDbtRefusedInEarlierOutput() throws Exception {
		Map<String, JsonNode> project = yamlFiles(generation.generate(generation.loadExamples(), "dbt"));
		String paintings = "dbt/paintings_webshop_semantic_layer.yml";

		Map<String, JsonNode> sumOverCase = copy(project);
		ObjectNode countMeasure = (ObjectNode) measure(sumOverCase.get(paintings), "paintings_webshop_purchase_count");
		countMeasure.put("agg", "sum").put("expr", "case when event_name = 'purchase' then 1 else 0 end");
		Map<String, JsonNode> twoJourneysOneName = copy(project);
		twoJourneysOneName.put("dbt/copy_of_paintings.yml", project.get(paintings));
		Map<String, JsonNode> withoutTimeSpine = copy(project);
		withoutTimeSpine.remove("dbt/journey_time_spines.yml");

		assertAll(
				() -> assertTrue(DbtProjectRules.problems(sumOverCase).stream()
						.anyMatch(p -> p.contains("must be COUNT/SUM(1)/COUNT_DISTINCT")), "agg sum over a case"),
				() -> assertTrue(DbtProjectRules.problems(twoJourneysOneName).stream()
						.anyMatch(p -> p.contains("in multiple semantic models")), "a measure name twice"),
				() -> assertTrue(DbtProjectRules.problems(twoJourneysOneName).stream()
						.anyMatch(p -> p.contains("for a semantic model when it was already used")), "a model name twice"),
				() -> assertTrue(DbtProjectRules.problems(withoutTimeSpine).stream()
						.anyMatch(p -> p.contains("no time spine")), "no time spine"));
	}

	@Test
	void journeysWhoseNamesMeetInSnakeCaseGetNamesOfTheirOwn() throws Exception {
		String shop = """
				package shop
				kpi Buys "Purchases" { unit count baseline 1 target 2 formula count(purchase) }
				goal Sell { kpis Buys }
				journey My_Journey { pursues Sell phase P { touchpoint T { event purchase { order: string } } } }
				journey MyJourney { pursues Sell phase P { touchpoint T { event viewed } } }
				""";
		String outlet = """
				package outlet
				import shop.*
				journey MyJourney { pursues Sell phase P { touchpoint T { event viewed } } }
				""";

		Map<String, String> files = generation.generate(generation.loadAll(shop, outlet), "dbt");

		List<String> semanticLayers = files.keySet().stream().filter(p -> p.endsWith("_semantic_layer.yml")).toList();
		assertEquals(3, semanticLayers.size(), "one file each: " + semanticLayers);
		assertTrue(semanticLayers.contains("dbt/outlet_my_journey_semantic_layer.yml"), semanticLayers.toString());
		assertEquals(List.of(), DbtProjectRules.problems(yamlFiles(files)));
	}

	@Test
	void aPropertyNamedLikeAnSqlKeywordIsQuotedInTheSql() throws Exception {
		String model = JourneyModels.variant("event purchase_completed { order_id: string required, value: number required }",
				"event purchase_completed { order: string required, value: number required }")
				.replace("formula count(purchase_completed) / count(product_viewed)",
						"formula distinct(purchase_completed.order) / count(product_viewed)");

		JsonNode file = yamlFiles(generation.generate(generation.load(model), "dbt")).get("dbt/buying_semantic_layer.yml");

		assertEquals("case when event_name = 'purchase_completed' then \"order\" end",
				measure(file, "buying_purchase_completed_order_distinct").get("expr").asText());
		JsonNode dimension = element(file.get("semantic_models").get(0).get("dimensions"), "order");
		assertEquals("\"order\"", dimension.get("expr").asText());
	}

	@Test
	void everyStringPropertyOfAMeasuredEventIsADimensionEvenWhereNamesMeet() throws Exception {
		String model = JourneyModels.variant("event purchase_completed { order_id: string required, value: number required }",
				"event purchase_completed { order_id: string required, value: number required, itemId: string,"
						+ " item_id: string, event: string }");

		JsonNode file = yamlFiles(generation.generate(generation.load(model), "dbt")).get("dbt/buying_semantic_layer.yml");

		List<String> dimensions = new ArrayList<>();
		file.get("semantic_models").get(0).get("dimensions").forEach(d -> dimensions.add(d.get("name").asText()));
		assertEquals(List.of("event_timestamp", "event_name", "order_id", "item_id", "item_id_2", "event", "product_id"),
				dimensions);
		assertEquals("itemId", element(file.get("semantic_models").get(0).get("dimensions"), "item_id").get("expr").asText());
		assertEquals("item_id",
				element(file.get("semantic_models").get(0).get("dimensions"), "item_id_2").get("expr").asText());
	}

	private static Map<String, JsonNode> yamlFiles(Map<String, String> files) throws Exception {
		Map<String, JsonNode> yaml = new TreeMap<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (file.getKey().endsWith(".yml")) {
				yaml.put(file.getKey(), ReferenceSchemas.YAML.readTree(file.getValue()));
			}
		}
		return yaml;
	}

	private static Map<String, JsonNode> copy(Map<String, JsonNode> project) {
		Map<String, JsonNode> copy = new TreeMap<>();
		project.forEach((path, node) -> copy.put(path, node.deepCopy()));
		return copy;
	}

	private static JsonNode measure(JsonNode file, String name) {
		return element(file.get("semantic_models").get(0).get("measures"), name);
	}

	private static JsonNode element(JsonNode elements, String name) {
		for (JsonNode element : elements) {
			if (name.equals(element.get("name").asText())) {
				return element;
			}
		}
		throw new AssertionError("No " + name + " in " + elements);
	}
}
