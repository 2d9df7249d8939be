package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.report.CsvReport;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.journey.tests.support.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The csv target: touchpoints.csv, kpis.csv and opportunities.csv. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class CsvReportTest {

	private static final String BOM = "\uFEFF";
	private static final List<String> FILES = List.of(CsvReport.TOUCHPOINTS_FILE, CsvReport.KPIS_FILE,
			CsvReport.OPPORTUNITIES_FILE);

	@Inject
	private JourneyFixture fixture;

	/**
	 * The whole output for resources/golden/golden.journey. After an intended change, see {@link Golden} for how to
	 * update the golden files.
	 */
	@Test
	@Tag(Golden.TAG)
	void goldenModelGivesTheExpectedTables() {
		Journey journey = fixture.resourceJourney("golden/golden.journey");

		Map<String, byte[]> files = fixture.generate(journey, "csv");

		assertEquals(FILES.stream().sorted().toList(), List.copyOf(files.keySet()));
		Golden.assertFilesMatch(Golden.file("golden.FirstOrder"), files);
	}

	@Test
	void filesAreUtf8WithAByteOrderMarkAndCrlfLineEnds() {
		Journey journey = fixture.exampleJourney("PlakatTilVæggen");

		Map<String, byte[]> files = fixture.generate(journey, "csv");

		for (String file : FILES) {
			byte[] bytes = files.get(file);
			assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3),
					file + " starts with the UTF-8 byte order mark");
			String text = new String(bytes, StandardCharsets.UTF_8);
			assertTrue(text.endsWith("\r\n"), file + " ends its last record with CRLF");
			assertFalse(text.replace("\r\n", "").contains("\n"), file + ": no bare LF (the examples have no line breaks in texts)");
		}
		assertTrue(new String(files.get(CsvReport.TOUCHPOINTS_FILE), StandardCharsets.UTF_8).contains("Førstegangskøbere"),
				"Danish letters are written as UTF-8");
	}

	/** One test per example journey: each file parses back to one record per touchpoint, KPI, opportunity. */
	@TestFactory
	Stream<DynamicTest> everyExamplesTablesParseBackToOneRowPerElement() {
		return fixture.exampleJourneys().stream().map(journey -> DynamicTest.dynamicTest(journey.getName(), () -> {
			Map<String, byte[]> files = fixture.generate(journey, "csv");

			int touchpoints = journey.getPhases().stream().mapToInt(p -> p.getTouchpoints().size()).sum();
			int opportunities = journey.getPhases().stream().mapToInt(p -> p.getOpportunities().size()).sum();
			int kpis = JourneyMapBuilder.build(journey).kpis().size();
			assertTrue(touchpoints > 0 && opportunities > 0 && kpis > 0, "the examples fill every table");
			assertRecords(files.get(CsvReport.TOUCHPOINTS_FILE), CsvReport.TOUCHPOINT_COLUMNS, touchpoints);
			assertRecords(files.get(CsvReport.KPIS_FILE), CsvReport.KPI_COLUMNS, kpis);
			assertRecords(files.get(CsvReport.OPPORTUNITIES_FILE), CsvReport.OPPORTUNITY_COLUMNS, opportunities);
		}));
	}

	@Test
	void hostileTextsStayInTheirCellAndFormulasAreNeutralised() {
		Journey journey = fixture.parseJourney(HostileModel.text());

		Map<String, byte[]> files = fixture.generate(journey, "csv");

		List<CSVRecord> touchpoints = parse(files.get(CsvReport.TOUCHPOINTS_FILE));
		assertEquals(3, touchpoints.size());
		// commas, quotes, line breaks and pipes survive as they are
		CSVRecord first = touchpoints.stream().filter(r -> r.get("touchpoint").equals("T1")).findFirst().orElseThrow();
		assertEquals("'" + HostileModel.FIRST_TOUCHPOINT_TITLE, first.get("title"), "= starts a formula: neutralised");
		assertEquals(HostileModel.FIRST_TOUCHPOINT_OWNER, first.get("owner"), "quotes and commas intact");
		assertEquals("-1", first.get("experience"), "a number the report writes stays a number");
		CSVRecord second = touchpoints.stream().filter(r -> r.get("touchpoint").equals("T2")).findFirst().orElseThrow();
		assertEquals(HostileModel.SECOND_TOUCHPOINT_TITLE, second.get("title"), "line breaks intact");
		assertEquals("'" + HostileModel.SECOND_TOUCHPOINT_OWNER, second.get("owner"), "- starts a formula: neutralised");
		CSVRecord third = touchpoints.stream().filter(r -> r.get("touchpoint").equals("T3")).findFirst().orElseThrow();
		assertEquals("'" + HostileModel.THIRD_TOUCHPOINT_TITLE, third.get("title"), "a leading tab: neutralised");

		CSVRecord kpi = parse(files.get(CsvReport.KPIS_FILE)).get(0);
		assertEquals("'" + HostileModel.KPI_TITLE, kpi.get("title"), "+ starts a formula: neutralised");
		assertEquals("-1.5", kpi.get("baseline"), "a negative baseline stays a number");

		CSVRecord opportunity = parse(files.get(CsvReport.OPPORTUNITIES_FILE)).get(0);
		assertEquals("'" + HostileModel.OPPORTUNITY_TITLE, opportunity.get("title"), "@ starts a formula: neutralised");
		assertEquals(HostileModel.OPPORTUNITY_OWNER, opportunity.get("owner"), "commas intact");

		for (String file : FILES) {
			for (CSVRecord record : parse(files.get(file))) {
				for (String cell : record) {
					assertFalse(!cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0,
							() -> file + ": a cell a spreadsheet would run as a formula: " + cell);
					assertFalse(cell.startsWith("-") && !cell.matches("-[0-9]+(\\.[0-9]+)?"),
							() -> file + ": a text cell starting with '-': " + cell);
				}
			}
		}
	}

	@Test
	void danishJourneyKeepsDotDecimals() {
		Journey journey = fixture.exampleJourney("PlakatTilVæggen");

		List<CSVRecord> kpis = parse(fixture.generate(journey, "csv").get(CsvReport.KPIS_FILE));

		CSVRecord conversion = kpis.stream().filter(r -> r.get("name").equals("Konverteringsrate")).findFirst().orElseThrow();
		assertEquals("1.4", conversion.get("baseline"));
		assertEquals("2.2", conversion.get("target"));
		assertEquals("2027-06-30", conversion.get("target_date"));
		CSVRecord contacts = kpis.stream().filter(r -> r.get("name").equals("Henvendelsesrate")).findFirst().orElseThrow();
		assertEquals("0.14", contacts.get("baseline"));
		assertEquals("count(support_contact_started) / count(purchase)", contacts.get("formula"));
	}

	@Test
	void sameInputGivesIdenticalBytesWhateverTheLocaleAndTimeZone() throws Exception {
		Map<String, byte[]> first = generateExamples();
		Map<String, byte[]> second = generateExamples();
		// Danish writes a decimal comma; Kiribati is 14 hours ahead of UTC
		Map<String, byte[]> elsewhere = JourneyFixture.withLocaleAndTimeZone(Locale.forLanguageTag("da-DK"),
				TimeZone.getTimeZone("Pacific/Kiritimati"), this::generateExamples);

		assertEquals(first.keySet(), second.keySet());
		assertEquals(first.keySet(), elsewhere.keySet());
		for (String file : first.keySet()) {
			assertArrayEquals(first.get(file), second.get(file), "generated twice: " + file);
			assertArrayEquals(first.get(file), elsewhere.get(file), "another locale and time zone: " + file);
		}
	}

	private Map<String, byte[]> generateExamples() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Journey journey : fixture.exampleJourneys()) {
			fixture.generate(journey, "csv").forEach((file, bytes) -> files.put(journey.getName() + "/" + file, bytes));
		}
		return files;
	}

	private static void assertRecords(byte[] file, List<String> columns, int expectedRecords) {
		List<CSVRecord> records = parse(file);
		assertEquals(expectedRecords, records.size(), "one record per element");
		for (CSVRecord record : records) {
			assertEquals(columns.size(), record.size(), () -> "record " + record.getRecordNumber() + " has every column");
		}
	}

	/** The records of a generated file, read with the header row as column names. */
	private static List<CSVRecord> parse(byte[] file) {
		String text = new String(file, StandardCharsets.UTF_8);
		assertTrue(text.startsWith(BOM), "byte order mark");
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(BOM.length())), format)) {
			return parser.getRecords();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
