package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.tracking.SnowplowTarget;
import org.journey.dsl.generator.tracking.TrackingOverrides;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Inject;

/**
 * The schemas of all journeys copied into one Iglu registry: Iglu knows a schema by its path
 * {@code schemas/<vendor>/<event>/jsonschema/<version>} alone, so every journey that writes a path
 * must write the same bytes there, however differently the journeys declare the event.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class SnowplowRegistryTest {

	@Inject
	private WarehouseGeneration generation;

	@Test
	void everyIgluPathOfTheExamplesAndASharedEventWorkspaceHasOneContent() throws Exception {
		Map<String, String> files = new TreeMap<>(generation.generate(generation.loadExamples(), "snowplow"));
		files.putAll(generation.generate(generation.load(SharedEventWorkspace.FILES), "snowplow"));

		Map<String, List<String>> contents = contentsByIgluPath(files);

		assertTrue(contents.containsKey(SharedEventWorkspace.ORDER_PLACED), contents.keySet().toString());
		assertOneContentPerPath(contents);
	}

	@Test
	void everyIgluPathHasOneContentWhenAllExamplesShareOneVendor() throws Exception {
		// as with --snowplow-vendor: the example journeys' shared events (purchase, view_item...) meet at one path
		ResourceSet examples = generation.loadExamples();
		TrackingOverrides.attach(examples, new TrackingOverrides(null, "dk.nordlysart"));

		Map<String, List<String>> contents = contentsByIgluPath(generation.generate(examples, "snowplow"));

		assertEquals(4, contents.get("schemas/dk.nordlysart/campaign_landing/jsonschema/1-0-0").size(),
				"all four example journeys track campaign_landing");
		assertEquals(2, contents.get("schemas/dk.nordlysart/purchase/jsonschema/1-0-0").size(),
				"the paintings and the poster shop track purchase, each with its own declaration");
		assertOneContentPerPath(contents);
	}

	@Test
	void anEventDeclaredDifferentlyInTwoJourneysGetsOneSchemaWithTheDeclarationsOfBoth() throws Exception {
		Map<String, List<String>> contents = contentsByIgluPath(
				generation.generate(generation.load(SharedEventWorkspace.FILES), "snowplow"));

		List<String> written = contents.get(SharedEventWorkspace.ORDER_PLACED);
		assertEquals(3, written.size(), "web order, phone order and returns (its KPI counts orders) write order_placed");
		JsonNode schema = ReferenceSchemas.JSON.readTree(written.get(0));
		JsonNode properties = schema.get("properties");
		assertEquals(List.of("order_id", "total", "items", "voucher"), fieldNames(properties));
		assertEquals(List.of("order_id", "items"), textsOf(schema.get("required")),
				"required where every declaration requires it; total and voucher only in one of the two");
		assertEquals("The shop's order number", properties.get("order_id").get("description").asText());
		assertEquals("Paintings ordered", properties.get("items").get("description").asText(),
				"a description from the second declaration, which the first lacks");
		assertEquals("An order is placed. Tracked in the journeys \"Ordering in the web shop\", \"Ordering by phone\" and"
				+ " \"Returning a painting\", emitted by Checkout (phase Buy of \"Ordering in the web shop\"),"
				+ " Hotline (phase Buy of \"Ordering by phone\").", schema.get("description").asText());
	}

	@Test
	void anotherVendorsDeclarationsOfTheEventStayOutOfTheSchema() throws Exception {
		Map<String, List<String>> contents = contentsByIgluPath(
				generation.generate(generation.load(SharedEventWorkspace.FILES), "snowplow"));

		JsonNode ours = ReferenceSchemas.JSON.readTree(contents.get(SharedEventWorkspace.ORDER_PLACED).get(0));
		JsonNode theirs = ReferenceSchemas.JSON.readTree(contents.get(SharedEventWorkspace.OTHER_ORDER_PLACED).get(0));

		assertFalse(ours.get("properties").has("store"), ours.toString());
		assertEquals(List.of("order_id", "total", "store"), fieldNames(theirs.get("properties")));
		assertEquals(SharedEventWorkspace.OTHER_VENDOR, theirs.get("self").get("vendor").asText());
	}

	private static void assertOneContentPerPath(Map<String, List<String>> contents) {
		assertFalse(contents.isEmpty(), "no Iglu schema written");
		List<Executable> checks = new ArrayList<>();
		contents.forEach((path, written) -> checks.add(() -> assertEquals(1, new LinkedHashSet<>(written).size(),
				path + " has " + new LinkedHashSet<>(written).size() + " different contents from " + written.size()
						+ " journeys")));
		assertAll(checks);
	}

	/** What each journey wrote at each Iglu path (the path below the journey's {@code tracking/snowplow/}). */
	private static Map<String, List<String>> contentsByIgluPath(Map<String, String> files) {
		Map<String, List<String>> contents = new TreeMap<>();
		files.forEach((file, content) -> {
			int snowplow = file.indexOf(SnowplowTarget.FOLDER);
			assertTrue(snowplow > 0, file + " is not in a journey's Snowplow folder");
			contents.computeIfAbsent(file.substring(snowplow + SnowplowTarget.FOLDER.length()), p -> new ArrayList<>())
					.add(content);
		});
		return contents;
	}

	private static List<String> fieldNames(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static List<String> textsOf(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(element -> texts.add(element.asText()));
		return texts;
	}
}
