package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.Ga4MeasurementPlanTarget;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.Measure;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;

/** The GA4 measurement plan, JSON and CSV; golden files, examples and determinism in the base class. */
class Ga4MeasurementPlanTest extends TrackingTargetTestBase {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final int GA4_MAX_NAME_LENGTH = 40;

	@Inject
	private ParseHelper<Model> parseHelper;

	@Override
	protected ReportTarget target() {
		return new Ga4MeasurementPlanTarget();
	}

	@Override
	protected List<String> files() {
		return List.of(Ga4MeasurementPlanTarget.CSV_FILE, Ga4MeasurementPlanTarget.JSON_FILE);
	}

	@Test
	void everyKpiOfEveryExampleListsTheEventsOfItsFormula() throws Exception {
		for (Journey journey : exampleJourneys()) {
			TrackingPlan plan = plan(journey);

			JsonNode measurementPlan = json(journey);

			List<JsonNode> kpis = kpiNodes(measurementPlan);
			for (TrackedKpi kpi : plan.kpis()) {
				JsonNode node = kpis.stream().filter(k -> kpi.name().equals(k.path("name").asText())).findFirst()
						.orElseThrow(() -> new AssertionError(journey.getName() + ": KPI " + kpi.name() + " is missing"));
				List<String> listed = SegmentTrackingPlanTest.names(node.path("events"));
				assertTrue(listed.containsAll(formulaEvents(kpi)),
						journey.getName() + ": KPI " + kpi.name() + " lists " + listed + ", its formula counts " + formulaEvents(kpi));
			}
		}
	}

	@Test
	void theCsvParsesBackWithARowForEveryKpiAndEventOfItsFormula() throws Exception {
		for (Journey journey : exampleJourneys()) {
			TrackingPlan plan = plan(journey);
			String csv = text(generate(target(), journey), Ga4MeasurementPlanTarget.CSV_FILE);

			List<CSVRecord> records = parse(csv);

			assertTrue(csv.startsWith("\uFEFF"), "a byte order mark, so that spreadsheets read UTF-8");
			assertTrue(csv.endsWith("\r\n") && !csv.replace("\r\n", "").contains("\n"), "RFC 4180 line ends");
			Set<String> kpiEventPairs = new LinkedHashSet<>();
			for (CSVRecord record : records) {
				assertTrue(record.isConsistent(), journey.getName() + ": record " + record.getRecordNumber() + " has "
						+ record.size() + " fields");
				kpiEventPairs.add(record.get("KPI") + " -> " + record.get("Event"));
			}
			for (TrackedKpi kpi : plan.kpis()) {
				for (String event : formulaEvents(kpi)) {
					assertTrue(kpiEventPairs.contains(kpi.name() + " -> " + event),
							journey.getName() + ": no row for KPI " + kpi.name() + " and event " + event);
				}
			}
		}
	}

	@Test
	void noParameterNameIsLongerThanGa4Accepts() throws Exception {
		for (Journey journey : exampleJourneys()) {
			JsonNode measurementPlan = json(journey);

			List<String> names = new ArrayList<>();
			measurementPlan.findValues("parameters").forEach(parameters -> names.addAll(SegmentTrackingPlanTest.names(parameters)));
			measurementPlan.findValues("parameterName").forEach(name -> names.add(name.asText()));

			assertFalse(names.isEmpty(), journey.getName() + " has parameters");
			names.forEach(name -> assertTrue(name.length() <= GA4_MAX_NAME_LENGTH, name + " is too long for GA4"));
			for (JsonNode definition : concat(measurementPlan.path("customDimensions"), measurementPlan.path("customMetrics"))) {
				assertTrue(definition.path("displayName").asText().matches("[A-Za-z][A-Za-z0-9_ ]{0,81}"),
						"GA4 display name: " + definition.path("displayName"));
				assertTrue(definition.path("description").asText().length() <= 150, "GA4 description length");
			}
		}
	}

	@Test
	void textPropertiesBecomeCustomDimensionsAndNumbersCustomMetrics() throws Exception {
		JsonNode measurementPlan = json(goldenJourney());

		List<String> dimensions = parameterNames(measurementPlan.path("customDimensions"));
		List<String> metrics = parameterNames(measurementPlan.path("customMetrics"));

		assertEquals(List.of("campaign", "product_id", "in_stock", "order_id"), dimensions);
		assertEquals(List.of("price", "value", "item_count", "stars", "text_length"), metrics);
		JsonNode value = measurementPlan.path("customMetrics").get(1);
		assertEquals("CURRENCY", value.path("measurementUnit").asText(), "a currency KPI averages purchase.value");
		assertEquals("STANDARD", measurementPlan.path("customMetrics").get(0).path("measurementUnit").asText());
		assertEquals("G-1A2B3C4D5E", measurementPlan.path("measurementId").asText());
	}

	@Test
	void namesGa4RejectsAreLeftOutAndReported() throws Exception {
		// validation reports these names as errors and the build stops; a caller generating anyway
		// must still get nothing GA4 would reject
		String text = JourneyModels.variant("event ad_clicked { campaign: string required }",
				"event ad_clicked { campaign: string required, firebase_id: string } event session_start");
		Model model = parseHelper.parse(text);
		Journey journey = (Journey) model.getElements().stream().filter(Journey.class::isInstance).findFirst().orElseThrow();

		String json = text(generate(target(), journey), Ga4MeasurementPlanTarget.JSON_FILE);
		String csv = text(generate(target(), journey), Ga4MeasurementPlanTarget.CSV_FILE);
		JsonNode warnings = MAPPER.readTree(json).path("warnings");

		assertFalse(json.contains("\"name\": \"firebase_id\"") || json.contains("\"name\": \"session_start\""), json);
		assertFalse(csv.contains(",firebase_id,") || csv.contains(",session_start,"), csv);
		assertEquals(List.of("Parameter 'firebase_id' of event 'ad_clicked' is left out: GA4 rejects its name.",
				"Event 'session_start' is left out: GA4 rejects its name."), SegmentTrackingPlanTest.names(warnings));
	}

	private JsonNode json(Journey journey) throws Exception {
		return MAPPER.readTree(text(generate(target(), journey), Ga4MeasurementPlanTarget.JSON_FILE));
	}

	private static List<JsonNode> kpiNodes(JsonNode measurementPlan) {
		List<JsonNode> kpis = new ArrayList<>();
		measurementPlan.path("goals").forEach(goal -> goal.path("kpis").forEach(kpis::add));
		measurementPlan.path("kpisWithoutGoal").forEach(kpis::add);
		return kpis;
	}

	private static List<String> formulaEvents(TrackedKpi kpi) {
		Set<String> events = new LinkedHashSet<>();
		kpi.measures().stream().map(Measure::event).forEach(events::add);
		if (kpi.conversion() != null) {
			events.add(kpi.conversion().baseEvent());
			events.add(kpi.conversion().conversionEvent());
		}
		return List.copyOf(events);
	}

	private static List<CSVRecord> parse(String csv) throws Exception {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), format)) {
			assertEquals(Ga4MeasurementPlanTarget.CSV_HEADER, parser.getHeaderNames());
			return parser.getRecords();
		}
	}

	private static List<String> parameterNames(JsonNode definitions) {
		List<String> names = new ArrayList<>();
		definitions.forEach(d -> names.add(d.path("parameterName").asText()));
		return names;
	}

	private static List<JsonNode> concat(JsonNode first, JsonNode second) {
		List<JsonNode> all = new ArrayList<>();
		first.forEach(all::add);
		second.forEach(all::add);
		return all;
	}
}
