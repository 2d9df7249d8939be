package org.journey.tests.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.journey.cli.JourneyCli;
import org.journey.tests.support.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * journey measure end to end on the hand-made files in resources/measure, against shop.journey.
 * The expected numbers are worked out by hand in the comments; the window is March 2026 UTC.
 */
class MeasureCommandTest {

	private static final Path RESOURCES = Path.of("resources", "measure");
	private static final ObjectMapper MAPPER = new ObjectMapper();

	@TempDir
	Path folder;

	private Path model;

	record Run(int exitCode, String out, String err, JsonNode measurements) {
	}

	@BeforeEach
	void copyResources() throws IOException {
		try (var files = Files.list(RESOURCES)) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		model = folder.resolve("shop.journey");
	}

	private Run measure(String... options) throws IOException {
		List<String> args = new ArrayList<>(List.of("measure", model.toString(), "--out", folder.resolve("out").toString()));
		args.addAll(List.of(options));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = JourneyCli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
		Path file = folder.resolve("out").resolve("shop.Buying").resolve("measurements.json");
		return new Run(code, out.toString(), err.toString(), Files.exists(file) ? MAPPER.readTree(file.toFile()) : null);
	}

	private Run measureMarch(String events) throws IOException {
		return measure("--events", folder.resolve(events).toString(), "--from", "2026-03-01", "--to", "2026-04-01");
	}

	private static JsonNode named(JsonNode array, String name) {
		for (JsonNode node : array) {
			if (name.equals(node.path("name").asText())) {
				return node;
			}
		}
		throw new AssertionError("no " + name + " in " + array);
	}

	@Test
	void jsonLinesCountsRowsWindowEdgesDuplicatesAndUsersWithoutId() throws IOException {
		Run run = measureMarch("events.jsonl");

		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		JsonNode events = run.measurements().path("events");
		// 21 non-blank lines; lines 18-20 and 22 malformed
		assertEquals(21, events.path("rowsRead").asLong());
		assertEquals(4, events.path("malformedRows").asLong());
		// 2026-02-28T23:59:59.999Z is before the window, 2026-04-01T00:00:00Z is its exclusive end;
		// 2026-04-01T01:30:00+02:00 is 2026-03-31T23:30Z, inside
		assertEquals(2, events.path("outsideWindow").asLong());
		// line 6 repeats line 5 exactly
		assertEquals(1, events.path("duplicates").asLong());
		assertEquals(14, events.path("events").asLong());
		// user "" (line 4) and user null (line 9)
		assertEquals(2, events.path("eventsWithoutUser").asLong());
		// u1, u2, u3, u5, u9
		assertEquals(5, events.path("users").asLong());
		assertEquals("2026-03-01T00:00:00Z", run.measurements().path("window").path("from").asText());
		assertEquals("2026-04-01T00:00:00Z", run.measurements().path("window").path("to").asText());
	}

	@Test
	void malformedRowsAreListedWithFileLineAndProblem() throws IOException {
		JsonNode rows = measureMarch("events.jsonl").measurements().path("events").path("firstMalformedRows");

		assertEquals(4, rows.size());
		assertEquals(List.of(18L, 19L, 20L, 22L), List.of(rows.get(0).path("row").asLong(), rows.get(1).path("row").asLong(),
				rows.get(2).path("row").asLong(), rows.get(3).path("row").asLong()));
		assertEquals("not a JSON object", rows.get(0).path("problem").asText());
		assertEquals("no event_name", rows.get(1).path("problem").asText());
		assertEquals("timestamp \"yesterday\" is not ISO-8601 such as 2026-03-01T10:15:00Z", rows.get(2).path("problem").asText());
		assertEquals("no timestamp", rows.get(3).path("problem").asText());
		assertTrue(rows.get(0).path("file").asText().endsWith("events.jsonl"));
	}

	@Test
	void phasesCountDistinctUsersAgainstTheModelledVolumes() throws IOException {
		JsonNode phases = measureMarch("events.jsonl").measurements().path("phases");

		// ad_clicked by u1, u2, u3 and one without a user: 4 events, 3 users
		JsonNode discover = named(phases, "Discover");
		assertEquals(3, discover.path("users").asLong());
		assertEquals(4, discover.path("events").asLong());
		assertEquals(1000, discover.path("modelledVolume").asLong());
		assertTrue(discover.path("conversion").isNull());
		// product_viewed by u1 (the duplicate once), u2, u3 and one without a user
		JsonNode consider = named(phases, "Consider");
		assertEquals(3, consider.path("users").asLong());
		assertEquals(1.0, consider.path("conversion").asDouble());
		assertEquals(0.4, consider.path("modelledConversion").asDouble());
		// purchase by u1, u2, u5; nobody signed up for the newsletter
		JsonNode buy = named(phases, "Buy");
		assertEquals(3, buy.path("users").asLong());
		assertEquals(0.25, buy.path("modelledConversion").asDouble());
		JsonNode newsletter = named(buy.path("touchpoints"), "Newsletter");
		assertEquals(0, newsletter.path("events").asLong());
		assertEquals("newsletter_signup", newsletter.path("trackedEvents").get(0).path("name").asText());
	}

	@Test
	void everyFormulaKindIsComputedAndStandsAgainstBaselineAndTarget() throws IOException {
		JsonNode kpis = measureMarch("events.jsonl").measurements().path("kpis");

		// count(purchase) / count(product_viewed) = 3 / 4, a percent KPI: 75; (75 - 20) / (50 - 20)
		assertKpi(named(kpis, "Conversion"), "75", "1.833333", "target-met", true);
		// 100 + 50.5 + 7; (157.5 - 100) / (500 - 100)
		assertKpi(named(kpis, "Revenue"), "157.5", "0.14375", "improving", true);
		// 157.5 / 3, direction decrease: below the target of 150 is met; (52.5 - 200) / (150 - 200)
		assertKpi(named(kpis, "BasketSize"), "52.5", "2.95", "target-met", true);
		// p1, p2 (line 8 has no product_id); no baseline, short of the target 3
		assertKpi(named(kpis, "Products"), "2", null, "off-track", false);
		assertKpi(named(kpis, "Purchases"), "3", "0.222222", "improving", true);
		// viewers u1, u2, u3: u1 bought 23 h later, u2 48 h later (outside 1 day), u3 never: 1/3
		assertKpi(named(kpis, "QuickBuy"), "33.333333", "0.777778", "improving", true);
		assertEquals("0.333333", named(kpis, "QuickBuy").path("terms").get(0).path("value").decimalValue().toPlainString());
		// 3 / 4 / 4, no target
		assertKpi(named(kpis, "PerVisitor"), "0.1875", null, "no-target", null);
		assertEquals(3, named(kpis, "PerVisitor").path("terms").size());
	}

	private static void assertKpi(JsonNode kpi, String actual, String progress, String status, Boolean onTrack) {
		String name = kpi.path("name").asText();
		assertEquals(actual, kpi.path("actual").decimalValue().toPlainString(), name);
		assertEquals(progress, kpi.path("progress").isNull() ? null : kpi.path("progress").decimalValue().toPlainString(), name);
		assertEquals(status, kpi.path("status").asText(), name);
		assertEquals(onTrack, kpi.path("onTrack").isNull() ? null : kpi.path("onTrack").asBoolean(), name);
	}

	@Test
	void coverageFindsUnseenUnmodelledAndBadlyTypedEventsEvenWithHostileNames() throws IOException {
		JsonNode coverage = measureMarch("events.jsonl").measurements().path("coverage");

		assertEquals("[\"newsletter_signup\"]", coverage.path("modelledEventsNotSeen").toString());
		assertEquals("[{\"name\":\"page_view\",\"events\":2},{\"name\":\"it's; \\\"quoted\\\" --\",\"events\":1}]",
				coverage.path("unmodelledEvents").toString());
		List<String> violations = new ArrayList<>();
		for (JsonNode v : coverage.path("propertyViolations")) {
			violations.add(v.path("event").asText() + "." + v.path("property").asText() + " " + v.path("kind").asText() + " "
					+ v.path("events").asLong() + " row " + v.path("example").path("row").asLong() + " "
					+ v.path("example").path("value").asText(null));
		}
		assertEquals(List.of("ad_clicked.campaign wrong-type 1 row 3 42", "product_viewed.product_id missing-required 1 row 8 null",
				"product_viewed.price wrong-type 1 row 7 cheap", "product_viewed.colour unknown 1 row 9 null",
				"purchase.quantity wrong-type 1 row 11 1.5"), violations);
	}

	@Test
	void csvWithAColumnPerPropertyRejectsShortRecordsByLine() throws IOException {
		Run run = measure("--events", folder.resolve("events.csv").toString());

		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		JsonNode events = run.measurements().path("events");
		// lines 2-6: line 4 has no valid time, line 5 too few fields
		assertEquals(5, events.path("rowsRead").asLong());
		assertEquals(3, events.path("events").asLong());
		JsonNode malformed = events.path("firstMalformedRows");
		assertEquals(4, malformed.get(0).path("row").asLong());
		assertEquals(5, malformed.get(1).path("row").asLong());
		assertTrue(malformed.get(1).path("problem").asText().startsWith("not a valid CSV record"), malformed.toString());
		List<String> violations = new ArrayList<>();
		for (JsonNode v : run.measurements().path("coverage").path("propertyViolations")) {
			violations.add(v.path("property").asText() + " " + v.path("kind").asText() + " row " + v.path("example").path("row").asLong());
		}
		// the header "we""ird; col" is a property no event declares; the purchase on line 6 (after the rejected line) lacks both
		assertEquals(List.of("we\"ird; col unknown row 2", "order_id missing-required row 6", "value missing-required row 6"),
				violations);
		// product_viewed at 01:00Z and at 12:00+01:00; purchase with no value
		assertEquals("0", named(run.measurements().path("kpis"), "Revenue").path("actual").decimalValue().toPlainString());
	}

	@Test
	void ga4ExportInJsonLinesReadsParamsAndUserIdBeforePseudoId() throws IOException {
		Run run = measure("--events", folder.resolve("ga4.jsonl").toString());

		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		JsonNode events = run.measurements().path("events");
		assertEquals("ga4", events.path("files").get(0).path("format").asText());
		assertEquals(3, events.path("events").asLong());
		// p-1 (user_id null), u-7 (user_id given), p-2
		assertEquals(3, events.path("users").asLong());
		assertEquals(2, events.path("malformedRows").asLong());
		assertEquals("event_params is not a list of {key, value}", events.path("firstMalformedRows").get(1).path("problem").asText());
		// int_value 20 and "30"
		assertEquals("50", named(run.measurements().path("kpis"), "Revenue").path("actual").decimalValue().toPlainString());
		assertEquals(0, run.measurements().path("coverage").path("propertyViolations").size());
	}

	@Test
	void parquetWithTimestampsAndAPropertiesColumn() throws IOException, SQLException {
		Path parquet = folder.resolve("events.parquet");
		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duckdb.createStatement()) {
			statement.execute("SET TimeZone = 'UTC'");
			statement.execute("COPY (SELECT * FROM (VALUES ('purchase', 'u1', TIMESTAMP '2026-03-02 00:00:00', '{\"order_id\":\"o1\",\"value\":12.5}'),"
					+ " ('purchase', 'u2', TIMESTAMP '2026-02-01 00:00:00', '{\"order_id\":\"o2\",\"value\":99}'),"
					+ " ('purchase', NULL, TIMESTAMP '2026-03-03 00:00:00', '{\"order_id\":\"o3\",\"value\":0.5}'))"
					+ " AS t(event_name, user_id, \"timestamp\", properties)) TO '" + parquet.toString().replace("'", "''")
					+ "' (FORMAT parquet)");
		}

		Run run = measureMarch("events.parquet");

		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		JsonNode events = run.measurements().path("events");
		assertEquals("parquet", events.path("files").get(0).path("type").asText());
		assertEquals(1, events.path("outsideWindow").asLong());
		assertEquals(2, events.path("events").asLong());
		assertEquals(1, events.path("eventsWithoutUser").asLong());
		assertEquals("13", named(run.measurements().path("kpis"), "Revenue").path("actual").decimalValue().toPlainString());
	}

	@Test
	void measurementsFollowThePublishedSchema() throws IOException {
		JsonNode schema = MAPPER.readTree(Repository.root().resolve("docs/measurements.schema.json").toFile());
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
		var validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);

		for (String events : List.of("events.jsonl", "events.csv", "ga4.jsonl")) {
			Run run = measureMarch(events);
			Set<ValidationMessage> errors = validator.validate(run.measurements());
			assertTrue(errors.isEmpty(), () -> events + ": " + errors);
		}
	}

	@Test
	void twoRunsWriteTheSameBytes() throws IOException {
		measureMarch("events.jsonl");
		byte[] first = Files.readAllBytes(folder.resolve("out/shop.Buying/measurements.json"));
		measureMarch("events.jsonl");
		assertEquals(new String(first), Files.readString(folder.resolve("out/shop.Buying/measurements.json")));
	}

	@Test
	void summaryOnTheTerminalNamesWindowPhasesKpisAndCoverage() throws IOException {
		Run run = measureMarch("events.jsonl");

		assertTrue(run.out().contains("window 2026-03-01T00:00:00Z .. 2026-04-01T00:00:00Z UTC (from inclusive, to exclusive)"), run.out());
		assertTrue(run.out().contains("    Consider: 3 / 400, 100.0% / 40.0%"), run.out());
		assertTrue(run.out().contains("    Conversion: 75% (20% -> 50%), progress 183.3%, target met, on track"), run.out());
		assertTrue(run.out().contains("coverage: 1 modelled events never seen (newsletter_signup), 2 event names not in the models, 5 property violations"), run.out());
	}

	@Test
	void anUnreadableEventsPathIsAUsageErrorWithAMessage() throws IOException {
		Run run = measure("--events", folder.resolve("missing.jsonl").toString());

		assertEquals(JourneyCli.USAGE_OR_IO, run.exitCode());
		assertTrue(run.err().contains("no such file or folder: " + folder.resolve("missing.jsonl")), run.err());
		assertFalse(Files.exists(folder.resolve("out")));
	}

	@Test
	void aFileOfNoKnownFormatIsAUsageErrorNamingTheColumns() throws IOException {
		Files.writeString(folder.resolve("odd.csv"), "name,when\nx,2026-03-01\n");

		Run run = measure("--events", folder.resolve("odd.csv").toString());

		assertEquals(JourneyCli.USAGE_OR_IO, run.exitCode());
		assertTrue(run.err().contains("cannot tell the format of") && run.err().contains("--format plain|ga4"), run.err());
	}

	@Test
	void aModelWithErrorsIsNotMeasured() throws IOException {
		Files.writeString(model, "journey J { phase P { feeling 9 touchpoint T } }\n");

		Run run = measure("--events", folder.resolve("events.jsonl").toString());

		assertEquals(JourneyCli.MODEL_ERRORS, run.exitCode());
		assertTrue(run.err().contains("nothing measured"), run.err());
	}

	@Test
	void aFolderOrAGlobReadsEveryMatchingFile() throws IOException {
		Path data = Files.createDirectories(folder.resolve("data"));
		Files.copy(folder.resolve("events.jsonl"), data.resolve("a.jsonl"));
		Files.copy(folder.resolve("ga4.jsonl"), data.resolve("b.jsonl"));

		Run byFolder = measure("--events", data.toString());
		Run byGlob = measure("--events", data + "/a*.jsonl");

		assertEquals(2, byFolder.measurements().path("events").path("files").size());
		assertEquals(1, byGlob.measurements().path("events").path("files").size());
	}

	@Test
	void aWholeNumberWrittenWithAFractionIsAnIntegerAndTheFirstCopyAcrossFilesCounts() throws IOException {
		// given a folder of two files: quantity is an integer in shop.journey, and 2.0 is one; both
		// files start with the same line, then have one badly typed quantity each
		String repeated = "{\"event_name\":\"purchase\",\"user_id\":\"u1\",\"timestamp\":\"2026-03-05T10:00:00Z\","
				+ "\"properties\":{\"order_id\":\"o1\",\"value\":100,\"quantity\":2.0}}\n";
		Path data = Files.createDirectories(folder.resolve("data"));
		Files.writeString(data.resolve("b.jsonl"), repeated
				+ "{\"event_name\":\"purchase\",\"user_id\":\"u2\",\"timestamp\":\"2026-03-06T10:00:00Z\","
				+ "\"properties\":{\"order_id\":\"o2\",\"value\":1,\"quantity\":2.5}}\n");
		Files.writeString(data.resolve("a.jsonl"), repeated
				+ "{\"event_name\":\"purchase\",\"user_id\":\"u3\",\"timestamp\":\"2026-03-07T10:00:00Z\","
				+ "\"properties\":{\"order_id\":\"o3\",\"value\":1,\"quantity\":\"many\"}}\n");

		// when the folder is measured
		Run run = measure("--events", data.toString(), "--from", "2026-03-01", "--to", "2026-04-01");

		// then the repeat counts once, and the wrong types are 2.5 and "many" (not 2.0), the first of them
		// in the order the files are read: a folder's by name
		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		assertEquals(1, run.measurements().path("events").path("duplicates").asLong());
		assertEquals(3, run.measurements().path("events").path("events").asLong());
		JsonNode violations = run.measurements().path("coverage").path("propertyViolations");
		assertEquals(1, violations.size(), violations.toString());
		JsonNode quantity = violations.get(0);
		assertEquals("purchase.quantity wrong-type 2", quantity.path("event").asText() + "." + quantity.path("property").asText()
				+ " " + quantity.path("kind").asText() + " " + quantity.path("events").asLong());
		assertTrue(quantity.path("example").path("file").asText().endsWith("a.jsonl"), quantity.toString());
		assertEquals(2, quantity.path("example").path("row").asLong());
		assertEquals("many", quantity.path("example").path("value").asText());
	}

	@Test
	void parametersGa4AddByItselfAreNotUnknownButAnUndeclaredOneIs() throws IOException {
		// given a GA4 export whose event carries GA4's own session and page parameters and one the model does not declare
		Files.writeString(folder.resolve("ga4-auto.jsonl"), "{\"event_name\":\"product_viewed\",\"event_timestamp\":1772326800000000,"
				+ "\"user_pseudo_id\":\"p-1\",\"event_params\":[{\"key\":\"product_id\",\"value\":{\"string_value\":\"p1\"}},"
				+ "{\"key\":\"ga_session_id\",\"value\":{\"int_value\":1772326}},"
				+ "{\"key\":\"page_location\",\"value\":{\"string_value\":\"https://shop.example/p1\"}},"
				+ "{\"key\":\"engagement_time_msec\",\"value\":{\"int_value\":1200}},"
				+ "{\"key\":\"colour\",\"value\":{\"string_value\":\"red\"}}]}\n");

		// when it is measured
		Run run = measureMarch("ga4-auto.jsonl");

		// then only the undeclared parameter of the site's own is reported
		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		List<String> unknown = new ArrayList<>();
		run.measurements().path("coverage").path("propertyViolations").forEach(v -> {
			if (v.path("kind").asText().equals("unknown")) {
				unknown.add(v.path("property").asText());
			}
		});
		assertEquals(List.of("colour"), unknown);
	}
}
