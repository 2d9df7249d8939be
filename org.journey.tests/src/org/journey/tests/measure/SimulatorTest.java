package org.journey.tests.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.measure.simulate.EventFormat;
import org.journey.measure.simulate.JourneyFunnel;
import org.journey.measure.simulate.Simulation;
import org.journey.measure.simulate.SimulationSummary;
import org.journey.measure.simulate.SimulationSummary.PhaseCount;
import org.journey.measure.simulate.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class SimulatorTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
	private static final Instant WINDOW_START = Instant.parse("2026-03-01T00:00:00Z");
	private static final Instant WINDOW_END = Instant.parse("2026-03-15T00:00:00Z");
	private static final Pattern ISO_MILLIS_UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
	/** Which phase each event of the model belongs to, read off the model by hand. */
	private static final Map<String, String> PHASE_OF_EVENT = Map.of("ad_clicked", "Opdag", "newsletter_open", "Opdag",
			"view_item", "Overvej", "purchase", "Køb", "review_written", "Brug");

	@Inject
	private ParseHelper<Model> parseHelper;
	@Inject
	private ValidationTestHelper validation;

	@TempDir
	Path folder;

	private JourneyFunnel funnel() throws Exception {
		Model model = parseHelper.parse(SimulationModel.TEXT);
		validation.assertNoErrors(model);
		Journey journey = (Journey) model.getElements().stream().filter(Journey.class::isInstance).findFirst().orElseThrow();
		return JourneyFunnel.of(journey);
	}

	private SimulationSummary simulate(EventFormat format, long users, long seed, Path out) throws Exception {
		return Simulator.simulate(List.of(funnel()), new Simulation(users, seed, FROM, 14, format), out);
	}

	private static List<JsonNode> jsonLines(Path file) throws IOException {
		List<JsonNode> rows = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				rows.add(JSON.readTree(line));
			}
		}
		return rows;
	}

	@Test
	void theModelledFunnelIsReadFromTheVolumes() throws Exception {
		JourneyFunnel funnel = funnel();

		assertEquals(List.of("Opdag", "Overvej", "Køb", "Brug"), funnel.steps().stream().map(JourneyFunnel.Step::phase).toList());
		assertEquals(List.of(1.0, 1.0, 0.25, 0.2), funnel.steps().stream().map(JourneyFunnel.Step::conversion).toList());
	}

	@Test
	void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws Exception {
		for (EventFormat format : EventFormat.values()) {
			String extension = format.parquet() ? ".parquet" : ".jsonl";
			Path first = folder.resolve(format.id() + "-first" + extension);
			Path again = folder.resolve(format.id() + "-again" + extension);
			Path other = folder.resolve(format.id() + "-other" + extension);

			simulate(format, 300, 42, first);
			simulate(format, 300, 42, again);
			simulate(format, 300, 43, other);

			assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again), format.id());
			assertFalse(java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(other)), format.id());
		}
	}

	@Test
	void theBytesDoNotDependOnTheMachinesLocaleOrTimeZone() throws Exception {
		Path here = folder.resolve("here.csv");
		Path elsewhere = folder.resolve("elsewhere.csv");
		simulate(EventFormat.CSV, 200, 7, here);
		Locale locale = Locale.getDefault();
		TimeZone zone = TimeZone.getDefault();
		try {
			// a decimal comma and a zone far from UTC
			Locale.setDefault(Locale.forLanguageTag("da-DK"));
			TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
			simulate(EventFormat.CSV, 200, 7, elsewhere);
		} finally {
			Locale.setDefault(locale);
			TimeZone.setDefault(zone);
		}

		assertArrayEquals(Files.readAllBytes(here), Files.readAllBytes(elsewhere));
	}

	@Test
	void everyUserEntersTheFirstPhaseAndIsSeenThere() throws Exception {
		Path out = folder.resolve("events.jsonl");

		SimulationSummary summary = simulate(EventFormat.JSONL, 1000, 1, out);

		Set<String> discovered = new HashSet<>();
		for (JsonNode row : jsonLines(out)) {
			if ("Opdag".equals(PHASE_OF_EVENT.get(row.get("event_name").asText()))) {
				discovered.add(row.get("user_id").asText());
			}
		}
		assertEquals(1000, discovered.size());
		assertTrue(discovered.contains("u1") && discovered.contains("u1000"), "customers are u1 .. u1000");
		assertEquals(1000, summary.users());
		assertEquals(1000, summary.journeys().get(0).phases().get(0).users());
	}

	@Test
	void theUsersPerPhaseRecoverTheModelledConversionsWithinSamplingError() throws Exception {
		Path out = folder.resolve("events.jsonl");

		SimulationSummary summary = simulate(EventFormat.JSONL, 8000, 2026, out);

		Map<String, Set<String>> usersByPhase = new LinkedHashMap<>();
		List.of("Opdag", "Overvej", "Køb", "Brug").forEach(phase -> usersByPhase.put(phase, new HashSet<>()));
		long events = 0;
		for (JsonNode row : jsonLines(out)) {
			usersByPhase.get(PHASE_OF_EVENT.get(row.get("event_name").asText())).add(row.get("user_id").asText());
			events++;
		}
		assertEquals(summary.events(), events);
		long discover = usersByPhase.get("Opdag").size();
		long consider = usersByPhase.get("Overvej").size();
		long buy = usersByPhase.get("Køb").size();
		long use = usersByPhase.get("Brug").size();
		assertEquals(8000, discover);
		// Overvej has no volume: everyone who discovered moves on
		assertEquals(8000, consider);
		// Køb: 25% of 8000 = 2000, binomial standard error sqrt(8000 * 0.25 * 0.75) = 38.7
		assertWithinFourStandardErrors(consider, 0.25, buy);
		// Brug: 20% of those who bought, about 400, standard error about sqrt(2000 * 0.2 * 0.8) = 17.9
		assertWithinFourStandardErrors(buy, 0.2, use);
		assertTrue(usersByPhase.get("Køb").containsAll(usersByPhase.get("Brug")), "only buyers use the poster");
		assertEquals(List.of(discover, consider, buy, use),
				summary.journeys().get(0).phases().stream().map(PhaseCount::users).toList());
	}

	private static void assertWithinFourStandardErrors(long trials, double p, long successes) {
		double expected = trials * p;
		double standardError = Math.sqrt(trials * p * (1 - p));
		assertTrue(Math.abs(successes - expected) <= 4 * standardError,
				successes + " of " + trials + ", expected " + expected + " ± " + 4 * standardError);
	}

	@Test
	void propertiesHaveTheModelsTypesRequiredOnesAlwaysOptionalOnesSometimes() throws Exception {
		Path out = folder.resolve("events.jsonl");
		simulate(EventFormat.JSONL, 2000, 3, out);

		Map<String, Integer> optionalSeen = new HashMap<>();
		Map<String, Integer> eventsSeen = new HashMap<>();
		for (JsonNode row : jsonLines(out)) {
			String event = row.get("event_name").asText();
			JsonNode properties = row.get("properties");
			eventsSeen.merge(event, 1, Integer::sum);
			Set<String> names = new HashSet<>();
			properties.fieldNames().forEachRemaining(names::add);
			switch (event) {
			case "purchase" -> {
				assertTrue(Set.of("order_id", "value", "quantity", "gift").containsAll(names), names.toString());
				assertTrue(properties.get("order_id").isTextual());
				assertTrue(properties.get("value").isDouble(), properties.toString());
				assertTrue(properties.get("quantity").isIntegralNumber(), properties.toString());
				if (properties.has("gift")) {
					assertTrue(properties.get("gift").isBoolean());
					optionalSeen.merge("gift", 1, Integer::sum);
				}
			}
			case "view_item" -> {
				assertTrue(Set.of("item_id", "price", "in_stock").containsAll(names), names.toString());
				assertTrue(properties.get("item_id").isTextual());
				assertTrue(properties.get("price").isDouble());
				if (properties.has("in_stock")) {
					assertTrue(properties.get("in_stock").isBoolean());
					optionalSeen.merge("in_stock", 1, Integer::sum);
				}
			}
			case "ad_clicked" -> {
				assertTrue(Set.of("campaign", "position").containsAll(names), names.toString());
				assertTrue(properties.get("campaign").isTextual());
				if (properties.has("position")) {
					assertTrue(properties.get("position").isIntegralNumber());
					optionalSeen.merge("position", 1, Integer::sum);
				}
			}
			case "review_written" -> {
				assertEquals(Set.of("stars", "recommends"), names);
				assertTrue(properties.get("stars").isIntegralNumber());
				assertTrue(properties.get("recommends").isBoolean());
			}
			case "newsletter_open" -> assertEquals(Set.of(), names);
			default -> throw new AssertionError("an event the model does not name: " + event);
			}
		}
		assertEquals(Set.of("ad_clicked", "newsletter_open", "view_item", "purchase", "review_written"), eventsSeen.keySet());
		for (String optional : List.of("gift", "in_stock", "position")) {
			int seen = optionalSeen.getOrDefault(optional, 0);
			String event = switch (optional) {
			case "gift" -> "purchase";
			case "in_stock" -> "view_item";
			default -> "ad_clicked";
			};
			assertTrue(seen > 0 && seen < eventsSeen.get(event), optional + " sent in " + seen + " of " + eventsSeen.get(event));
		}
	}

	@Test
	void eachUsersTimestampsIncreaseInsideTheWindowInUtcWithMilliseconds() throws Exception {
		Path out = folder.resolve("events.jsonl");
		simulate(EventFormat.JSONL, 1000, 5, out);

		Map<String, Instant> lastByUser = new HashMap<>();
		for (JsonNode row : jsonLines(out)) {
			String text = row.get("timestamp").asText();
			assertTrue(ISO_MILLIS_UTC.matcher(text).matches(), text);
			Instant time = Instant.parse(text);
			assertFalse(time.isBefore(WINDOW_START), text);
			assertTrue(time.isBefore(WINDOW_END), text);
			Instant last = lastByUser.put(row.get("user_id").asText(), time);
			assertTrue(last == null || time.isAfter(last), row.toString());
		}
	}

	@Test
	void theCsvTableHoldsTheSameEventsAsTheJsonLines() throws Exception {
		Path jsonl = folder.resolve("events.jsonl");
		Path csv = folder.resolve("events.csv");
		simulate(EventFormat.JSONL, 300, 9, jsonl);
		simulate(EventFormat.CSV, 300, 9, csv);

		List<JsonNode> expected = jsonLines(jsonl);
		try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8,
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			assertEquals(List.of("event_name", "user_id", "timestamp", "properties"), parser.getHeaderNames());
			Iterator<JsonNode> rows = expected.iterator();
			for (CSVRecord record : parser) {
				JsonNode row = rows.next();
				assertEquals(row.get("event_name").asText(), record.get("event_name"));
				assertEquals(row.get("user_id").asText(), record.get("user_id"));
				assertEquals(row.get("timestamp").asText(), record.get("timestamp"));
				assertEquals(row.get("properties"), JSON.readTree(record.get("properties")));
			}
			assertFalse(rows.hasNext(), "as many rows as JSON lines");
		}
	}

	@Test
	void theParquetTableHasTheContractsColumnsAndTypes() throws Exception {
		Path jsonl = folder.resolve("events.jsonl");
		// Danish letters and a quote in the file name: the path goes into DuckDB's SQL as a literal
		Path parquet = folder.resolve("hændelser på Ærø 'alle'.parquet");
		SimulationSummary summary = simulate(EventFormat.JSONL, 300, 11, jsonl);
		simulate(EventFormat.PARQUET, 300, 11, parquet);

		List<JsonNode> expected = jsonLines(jsonl);
		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duckdb.createStatement()) {
			assertEquals(List.of("event_name VARCHAR", "user_id VARCHAR", "timestamp TIMESTAMP", "properties VARCHAR"),
					columns(sql, parquet));
			try (ResultSet rows = sql.executeQuery("SELECT event_name, user_id, strftime(\"timestamp\", '%Y-%m-%dT%H:%M:%S.%gZ'), "
					+ "properties FROM read_parquet(" + literal(parquet) + ")")) {
				int i = 0;
				while (rows.next()) {
					JsonNode row = expected.get(i++);
					assertEquals(row.get("event_name").asText(), rows.getString(1));
					assertEquals(row.get("user_id").asText(), rows.getString(2));
					assertEquals(row.get("timestamp").asText(), rows.getString(3));
					assertEquals(row.get("properties"), JSON.readTree(rows.getString(4)));
				}
				assertEquals(summary.events(), i);
			}
		}
	}

	@Test
	void theGa4JsonLinesFollowTheExportWithTypedParameters() throws Exception {
		Path plain = folder.resolve("events.jsonl");
		Path ga4 = folder.resolve("ga4.jsonl");
		simulate(EventFormat.JSONL, 300, 13, plain);
		simulate(EventFormat.GA4_JSONL, 300, 13, ga4);

		List<JsonNode> expected = jsonLines(plain);
		List<JsonNode> rows = jsonLines(ga4);
		assertEquals(expected.size(), rows.size());
		Map<String, String> pseudoIdOfUser = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			JsonNode row = rows.get(i);
			JsonNode plainRow = expected.get(i);
			List<String> fields = new ArrayList<>();
			row.fieldNames().forEachRemaining(fields::add);
			assertEquals(List.of("event_name", "event_timestamp", "user_pseudo_id", "user_id", "event_params"), fields);
			assertEquals(plainRow.get("event_name").asText(), row.get("event_name").asText());
			assertTrue(row.get("event_timestamp").isIntegralNumber());
			assertEquals(Instant.parse(plainRow.get("timestamp").asText()).toEpochMilli() * 1000, row.get("event_timestamp").asLong());
			assertEquals(plainRow.get("user_id").asText(), row.get("user_id").asText());
			String previous = pseudoIdOfUser.putIfAbsent(row.get("user_id").asText(), row.get("user_pseudo_id").asText());
			assertTrue(previous == null || previous.equals(row.get("user_pseudo_id").asText()), "one pseudo id per user");
			JsonNode properties = plainRow.get("properties");
			assertEquals(properties.size(), row.get("event_params").size());
			for (JsonNode parameter : row.get("event_params")) {
				JsonNode property = properties.get(parameter.get("key").asText());
				JsonNode value = parameter.get("value");
				assertTrue(value.get("float_value").isNull());
				if (property.isTextual()) {
					assertEquals(property.asText(), value.get("string_value").asText());
				} else if (property.isBoolean()) {
					assertEquals(property.asBoolean() ? 1 : 0, value.get("int_value").asInt(), "booleans as 0/1, as GA4 sends them");
				} else if (property.isIntegralNumber()) {
					assertEquals(property.asLong(), value.get("int_value").asLong());
				} else {
					assertEquals(property.asDouble(), value.get("double_value").asDouble());
					assertTrue(value.get("int_value").isNull());
				}
			}
		}
	}

	@Test
	void theGa4ParquetHasTheExportsNestedTypes() throws Exception {
		Path parquet = folder.resolve("ga4.parquet");
		SimulationSummary summary = simulate(EventFormat.GA4_PARQUET, 300, 17, parquet);

		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duckdb.createStatement()) {
			assertEquals(List.of("event_name VARCHAR", "event_timestamp BIGINT", "user_pseudo_id VARCHAR", "user_id VARCHAR",
					"event_params STRUCT(\"key\" VARCHAR, \"value\" STRUCT(string_value VARCHAR, int_value BIGINT, "
							+ "float_value DOUBLE, double_value DOUBLE))[]"),
					columns(sql, parquet));
			try (ResultSet rows = sql.executeQuery("SELECT count(*), count(DISTINCT user_id), "
					+ "count(*) FILTER (WHERE event_name = 'purchase' AND list_filter(event_params, lambda p: p.key = 'value')[1].value.double_value IS NULL), "
					+ "min(event_timestamp) >= 1772323200000000 AND max(event_timestamp) < 1773532800000000 "
					+ "FROM read_parquet(" + literal(parquet) + ")")) {
				rows.next();
				assertEquals(summary.events(), rows.getLong(1));
				assertEquals(300, rows.getLong(2));
				assertEquals(0, rows.getLong(3), "every purchase has its value as a double");
				assertTrue(rows.getBoolean(4), "timestamps in microseconds inside 2026-03-01 .. 2026-03-15");
			}
		}
	}

	@Test
	void aFailedWriteLeavesTheOldFileAndNoTemporaryFiles() throws Exception {
		Path out = folder.resolve("events.parquet");
		Files.writeString(out, "the previous log");
		JourneyFunnel funnel = funnel();

		// a window of one day whose start DuckDB cannot represent: the Parquet step fails
		Simulation impossible = new Simulation(10, 1, LocalDate.of(-300_000, 1, 1), 1, EventFormat.PARQUET);

		IOException failure = assertThrows(IOException.class, () -> Simulator.simulate(List.of(funnel), impossible, out));

		assertTrue(failure.getMessage().startsWith("could not write Parquet"), failure.getMessage());
		assertEquals("the previous log", Files.readString(out));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(out), files.toList());
		}
	}

	private static List<String> columns(Statement sql, Path parquet) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (ResultSet rows = sql.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + literal(parquet) + ")")) {
			while (rows.next()) {
				columns.add(rows.getString("column_name") + " " + rows.getString("column_type"));
			}
		}
		return columns;
	}

	private static String literal(Path file) {
		return "'" + file.toString().replace("'", "''") + "'";
	}
}
