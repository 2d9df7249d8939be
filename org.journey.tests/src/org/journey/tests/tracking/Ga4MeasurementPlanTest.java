package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.SpreadsheetCells;
import org.journey.dsl.generator.tracking.Ga4MeasurementPlanCsv;
import org.journey.dsl.generator.tracking.Ga4MeasurementPlanTarget;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.Measure;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;

/**
 * The GA4 measurement plan, JSON and CSV; golden files, examples and determinism in the base
 * class. The custom definitions must be GA4 Admin API request bodies that the API accepts as they
 * are (v1beta properties.customDimensions / properties.customMetrics), standard and reserved
 * parameters must never be registered, and the CSV must be safe to open in a spreadsheet.
 */
class Ga4MeasurementPlanTest extends TrackingTargetTestBase {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final int GA4_MAX_NAME_LENGTH = 40;

	/** The fields of the Admin API's CustomDimension and CustomMetric resources a create request may set (v1beta). */
	private static final Set<String> CUSTOM_DIMENSION_FIELDS = Set.of("parameterName", "displayName", "description",
			"scope", "disallowAdsPersonalization");
	private static final Set<String> CUSTOM_METRIC_FIELDS = Set.of("parameterName", "displayName", "description",
			"measurementUnit", "scope", "restrictedMetricType");
	private static final Set<String> MEASUREMENT_UNITS = Set.of("STANDARD", "CURRENCY", "FEET", "METERS", "KILOMETERS",
			"MILES", "MILLISECONDS", "SECONDS", "MINUTES", "HOURS");
	private static final Set<String> RESTRICTED_METRIC_TYPES = Set.of("REVENUE_DATA", "COST_DATA");

	/**
	 * Written out here rather than read from the code under test: GA4's "Event naming rules"
	 * (https://support.google.com/analytics/answer/13316687), the event parameter names that cannot
	 * be used for custom dimensions and metrics, and its earlier version's reserved parameters.
	 */
	private static final Set<String> DOCUMENTED_RESERVED_PARAMETER_NAMES = Set.of("cid", "currency", "customer_id",
			"customerid", "dclid", "gclid", "session_id", "sessionid", "sfmc_id", "sid", "srsltid", "uid", "user_id",
			"userid", "engagement_time_msec", "session_number");
	/** A sample of the parameters GA4's Data API schema says populate built-in dimensions and metrics. */
	private static final Set<String> DOCUMENTED_STANDARD_PARAMETERS = Set.of("currency", "value", "transaction_id",
			"items", "page_location", "page_referrer", "page_title", "coupon", "shipping", "tax", "search_term",
			"method", "link_url", "file_name", "video_title", "percent_scrolled", "item_list_id", "promotion_id");

	/** A purchase sending standard parameters next to custom and reserved ones. */
	private static final String STANDARD_AND_RESERVED_PARAMETERS = JourneyModels.variant(
			"event purchase_completed { order_id: string required, value: number required }",
			"event purchase_completed { order_id: string required, value: number required, currency: string required,"
					+ " transaction_id: string required, customer_id: string, page_location: string, gclid: string,"
					+ " shipping: number }");

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
	void textPropertiesBecomeCustomDimensionsNumbersCustomMetricsAndStandardParametersStayBuiltIn() throws Exception {
		JsonNode measurementPlan = json(goldenJourney());

		List<String> dimensions = parameterNames(measurementPlan.path("customDimensions"));
		List<String> metrics = parameterNames(measurementPlan.path("customMetrics"));
		List<String> builtIn = parameterNames(measurementPlan.path("builtInParameters"));

		assertEquals(List.of("campaign", "product_id", "in_stock", "order_id"), dimensions);
		assertEquals(List.of("price", "item_count", "stars", "text_length"), metrics);
		// value is GA4's own event value (and purchase revenue): a custom metric would duplicate it
		assertEquals(List.of("value"), builtIn);
		assertEquals("eventValue", measurementPlan.path("builtInParameters").get(0).path("reportedAs").asText());
		assertEquals("STANDARD", measurementPlan.path("customMetrics").get(0).path("measurementUnit").asText());
		assertEquals("G-1A2B3C4D5E", measurementPlan.path("measurementId").asText());
	}

	@Test
	void aCurrencyKpiOverACustomParameterMakesARevenueRestrictedCurrencyMetric() throws Exception {
		// the Admin API refuses a CURRENCY custom metric without restrictedMetricType
		JsonNode measurementPlan = json(journey(JourneyModels.variant(
				"event purchase_completed { order_id: string required, value: number required }",
				"event purchase_completed { order_id: string required, value: number required, margin: number required }")
				.replace("goal MoreSales", """
						kpi Margin "Average margin" { unit currency baseline 100 target 120 formula avg(purchase_completed.margin) }
						goal MoreSales""").replace("kpis Conversion, Returns", "kpis Conversion, Returns, Margin")));

		JsonNode margin = definition(measurementPlan.path("customMetrics"), "margin");

		assertEquals("CURRENCY", margin.path("measurementUnit").asText());
		assertEquals(List.of("REVENUE_DATA"), SegmentTrackingPlanTest.names(margin.path("restrictedMetricType")));
		assertEquals("EVENT", margin.path("scope").asText());
		assertTrue(parameterNames(measurementPlan.path("customMetrics")).stream().noneMatch("value"::equals),
				"value is built in, never a custom metric");
	}

	@Test
	void twoParametersThatWouldReadTheSameGetDistinctDisplayNames() throws Exception {
		// GA4 parameter names are case sensitive, display names are what people pick in reports
		JsonNode measurementPlan = json(journey(JourneyModels.variant("event ad_clicked { campaign: string required }",
				"event ad_clicked { campaign: string required, item_count: integer, Item_count: integer, ITEM_COUNT: integer }")));

		JsonNode metrics = measurementPlan.path("customMetrics");
		assertEquals("Item count", definition(metrics, "item_count").path("displayName").asText());
		assertEquals("Item_count", definition(metrics, "Item_count").path("displayName").asText());
		assertEquals("ITEM_COUNT 2", definition(metrics, "ITEM_COUNT").path("displayName").asText());
	}

	@Test
	void everyCurrencyMetricOfEveryExampleDeclaresWhichRestrictedDataItHolds() throws Exception {
		int currencyMetrics = 0;
		for (Journey journey : exampleJourneys()) {
			for (JsonNode metric : json(journey).path("customMetrics")) {
				List<String> restricted = SegmentTrackingPlanTest.names(metric.path("restrictedMetricType"));
				if ("CURRENCY".equals(metric.path("measurementUnit").asText())) {
					currencyMetrics++;
					assertFalse(restricted.isEmpty(), journey.getName() + ": CURRENCY metric without restrictedMetricType: " + metric);
					assertTrue(RESTRICTED_METRIC_TYPES.containsAll(restricted), journey.getName() + ": " + metric);
				} else {
					assertTrue(restricted.isEmpty(),
							journey.getName() + ": the Admin API wants no restrictedMetricType on a non-CURRENCY metric: " + metric);
				}
			}
		}
		assertTrue(currencyMetrics > 0, "the examples have currency KPIs over custom parameters (amount, deal_value)");
	}

	@Test
	void everyCustomDefinitionOfEveryExampleIsAnAdminApiRequestBodyAsItIs() throws Exception {
		List<Journey> journeys = new ArrayList<>(exampleJourneys());
		journeys.add(goldenJourney());
		int definitions = 0;
		for (Journey journey : journeys) {
			JsonNode measurementPlan = json(journey);
			Set<String> displayNames = new LinkedHashSet<>();
			Set<String> parameterNames = new LinkedHashSet<>();
			for (JsonNode dimension : measurementPlan.path("customDimensions")) {
				definitions++;
				assertAdminApiBody(journey, dimension, CUSTOM_DIMENSION_FIELDS, List.of("parameterName", "displayName", "scope"));
				assertTrue(parameterNames.add(dimension.path("parameterName").asText()), "registered once: " + dimension);
				assertTrue(displayNames.add(dimension.path("displayName").asText().toLowerCase(Locale.ROOT)),
						"display names tell definitions apart: " + dimension);
			}
			for (JsonNode metric : measurementPlan.path("customMetrics")) {
				definitions++;
				assertAdminApiBody(journey, metric, CUSTOM_METRIC_FIELDS,
						List.of("parameterName", "displayName", "scope", "measurementUnit"));
				assertTrue(MEASUREMENT_UNITS.contains(metric.path("measurementUnit").asText()), "MeasurementUnit: " + metric);
				assertTrue(metric.path("restrictedMetricType").isArray(), "restrictedMetricType[] is a list: " + metric);
				assertTrue(parameterNames.add(metric.path("parameterName").asText()), "registered once: " + metric);
				assertTrue(displayNames.add(metric.path("displayName").asText().toLowerCase(Locale.ROOT)),
						"display names tell definitions apart: " + metric);
			}
			assertTrue(measurementPlan.path("adminApi").path("customDimensions").asText()
					.equals("POST https://analyticsadmin.googleapis.com/v1beta/properties/{propertyId}/customDimensions"));
			assertTrue(measurementPlan.path("adminApi").path("customMetrics").asText()
					.equals("POST https://analyticsadmin.googleapis.com/v1beta/properties/{propertyId}/customMetrics"));
		}
		assertTrue(definitions > 20, "the examples register custom definitions");
	}

	@Test
	void noStandardOrReservedParameterOfAnyExampleIsRegistered() throws Exception {
		List<Journey> journeys = new ArrayList<>(exampleJourneys());
		journeys.add(journey(STANDARD_AND_RESERVED_PARAMETERS));
		Set<String> builtInSeen = new LinkedHashSet<>();
		for (Journey journey : journeys) {
			JsonNode measurementPlan = json(journey);

			List<String> registered = new ArrayList<>(parameterNames(measurementPlan.path("customDimensions")));
			registered.addAll(parameterNames(measurementPlan.path("customMetrics")));
			builtInSeen.addAll(parameterNames(measurementPlan.path("builtInParameters")));

			for (String name : registered) {
				assertFalse(DOCUMENTED_RESERVED_PARAMETER_NAMES.contains(name),
						journey.getName() + ": the Admin API refuses a custom definition for " + name);
				assertFalse(DOCUMENTED_STANDARD_PARAMETERS.contains(name),
						journey.getName() + ": " + name + " is a standard parameter GA4 reports itself");
			}
		}
		assertTrue(builtInSeen.containsAll(List.of("currency", "value", "transaction_id", "page_location")), builtInSeen.toString());
	}

	@Test
	void standardParametersAreSentMarkedBuiltInWithTheFieldThatReportsThem() throws Exception {
		JsonNode measurementPlan = json(journey(STANDARD_AND_RESERVED_PARAMETERS));

		JsonNode purchase = measurementPlan.findValues("events").stream().flatMap(events -> stream(events))
				.filter(event -> "purchase_completed".equals(event.path("name").asText())).findFirst().orElseThrow();
		Map<String, String> registerAs = new LinkedHashMap<>();
		Map<String, String> reportedAs = new LinkedHashMap<>();
		purchase.path("parameters").forEach(parameter -> {
			registerAs.put(parameter.path("name").asText(), parameter.path("registerAs").asText());
			reportedAs.put(parameter.path("name").asText(), parameter.path("reportedAs").asText());
		});

		assertEquals(List.of("order_id", "value", "currency", "transaction_id", "page_location", "shipping"),
				List.copyOf(registerAs.keySet()), "standard parameters are sent; only the reserved ones are left out");
		assertEquals("customDimension", registerAs.get("order_id"));
		assertEquals("customEvent:order_id", reportedAs.get("order_id"));
		assertEquals("builtIn", registerAs.get("currency"));
		assertEquals("currencyCode", reportedAs.get("currency"));
		assertEquals("transactionId", reportedAs.get("transaction_id"));
		assertEquals("pageLocation", reportedAs.get("page_location"));
		assertEquals("shippingAmount", reportedAs.get("shipping"));
		assertEquals(List.of("value", "currency", "transaction_id", "page_location", "shipping"),
				parameterNames(measurementPlan.path("builtInParameters")));
	}

	@Test
	void namesGa4RejectsAreLeftOutAndReportedWithTheReason() throws Exception {
		// validation reports these names as errors and the build stops; a caller generating anyway
		// must still get nothing GA4 would reject
		Journey journey = journey(JourneyModels.variant("event ad_clicked { campaign: string required }",
				"event ad_clicked { campaign: string required, firebase_id: string } event session_start"
						+ " event app_store_subscription_convert event query_id_lookup"));

		String json = text(generate(target(), journey), Ga4MeasurementPlanTarget.JSON_FILE);
		String csv = text(generate(target(), journey), Ga4MeasurementPlanTarget.CSV_FILE);
		JsonNode warnings = MAPPER.readTree(json).path("warnings");

		for (String leftOut : List.of("firebase_id", "session_start", "app_store_subscription_convert", "query_id_lookup")) {
			assertFalse(json.contains("\"name\": \"" + leftOut + "\""), leftOut + " in " + json);
			assertFalse(csv.contains("," + leftOut + ","), leftOut + " in " + csv);
		}
		assertEquals(List.of(
				"Parameter 'firebase_id' of event 'ad_clicked' is left out: its name starts with 'firebase_', a prefix GA4 reserves.",
				"Event 'session_start' is left out: GA4 reserves the event name for its own automatic events.",
				"Event 'app_store_subscription_convert' is left out: GA4 reserves the event name for its own automatic events.",
				"Event 'query_id_lookup' is left out: its name starts with 'query_id', a prefix GA4 reserves."),
				SegmentTrackingPlanTest.names(warnings));
	}

	@Test
	void reservedParameterNamesAreLeftOutWithAWarningAndNeverRegistered() throws Exception {
		JsonNode measurementPlan = json(journey(STANDARD_AND_RESERVED_PARAMETERS));

		List<String> warnings = SegmentTrackingPlanTest.names(measurementPlan.path("warnings"));

		assertEquals(List.of(
				"Parameter 'customer_id' of event 'purchase_completed' is left out: GA4 reserves the parameter name and registers no custom definition for it.",
				"Parameter 'gclid' of event 'purchase_completed' is left out: GA4 reserves the parameter name and registers no custom definition for it."),
				warnings);
		assertFalse(measurementPlan.toString().contains("\"customer_id\""), measurementPlan.toString());
		assertFalse(measurementPlan.toString().contains("\"gclid\""), measurementPlan.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"https://evil.example\",\"Click\")", "+SUM(1,2)", "-2+3", "@SUM(A1:A2)",
			"\tTab=1", "\rCarriage=1" })
	void theCsvNeutralisesEveryCellThatStartsLikeAFormula(String hostile) throws Exception {
		Journey journey = journey(JourneyModels.variant("event ad_clicked { campaign: string required }",
				"event ad_clicked " + quoted(hostile) + " { campaign: string required " + quoted(hostile) + " }")
				.replace("\"Visit-to-purchase conversion\"", quoted(hostile)));

		List<CSVRecord> records = parse(text(generate(target(), journey), Ga4MeasurementPlanTarget.CSV_FILE));

		CSVRecord adClicked = records.stream().filter(r -> "ad_clicked".equals(r.get("Event"))).findFirst().orElseThrow();
		assertEquals("'" + hostile, adClicked.get("Event description"), "the event's description, as text");
		assertEquals("'" + hostile, adClicked.get("Parameter description"), "the parameter's description, as text");
		CSVRecord conversion = records.stream().filter(r -> "Conversion".equals(r.get("KPI"))).findFirst().orElseThrow();
		assertEquals("'" + hostile, conversion.get("KPI title"), "the KPI's title, as text");
		for (CSVRecord record : records) {
			for (String cell : record) {
				assertFalse(SpreadsheetCells.startsLikeAFormula(cell), "a spreadsheet would run this cell: " + cell);
			}
		}
	}

	private JsonNode json(Journey journey) throws Exception {
		return MAPPER.readTree(text(generate(target(), journey), Ga4MeasurementPlanTarget.JSON_FILE));
	}

	private Journey journey(String model) throws Exception {
		Model parsed = parseHelper.parse(model);
		return (Journey) parsed.getElements().stream().filter(Journey.class::isInstance).findFirst().orElseThrow();
	}

	/** One custom definition body has only the resource's fields, the required ones, and obeys the Admin API's rules. */
	private static void assertAdminApiBody(Journey journey, JsonNode body, Set<String> resourceFields, List<String> required) {
		String where = journey.getName() + ": " + body;
		List<String> fields = new ArrayList<>();
		body.fieldNames().forEachRemaining(fields::add);
		assertTrue(resourceFields.containsAll(fields), where + " has a field the Admin API resource lacks: " + fields);
		required.forEach(field -> assertTrue(body.hasNonNull(field), where + " lacks " + field));
		assertTrue(body.path("parameterName").asText().matches("[A-Za-z][A-Za-z0-9_]{0,39}"), where + ": parameterName");
		assertTrue(body.path("displayName").asText().matches("[A-Za-z][A-Za-z0-9_ ]{0,81}"), where + ": displayName");
		String description = body.path("description").asText();
		assertTrue(description.codePointCount(0, description.length()) <= 150, where + ": description over 150 characters");
		assertEquals("EVENT", body.path("scope").asText(), where);
	}

	private static JsonNode definition(JsonNode definitions, String parameterName) {
		for (JsonNode definition : definitions) {
			if (parameterName.equals(definition.path("parameterName").asText())) {
				return definition;
			}
		}
		throw new AssertionError("no definition of " + parameterName + " in " + definitions);
	}

	private static Stream<JsonNode> stream(JsonNode array) {
		List<JsonNode> elements = new ArrayList<>();
		array.forEach(elements::add);
		return elements.stream();
	}

	/** {@code text} as a string literal of the language. */
	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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
			assertEquals(Ga4MeasurementPlanCsv.HEADER, parser.getHeaderNames());
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
