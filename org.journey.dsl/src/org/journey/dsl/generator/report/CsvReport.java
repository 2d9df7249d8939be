package org.journey.dsl.generator.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.SpreadsheetCells;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMap.Column;
import org.journey.dsl.map.JourneyMap.EventInfo;
import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.map.JourneyMap.OpportunityCard;
import org.journey.dsl.map.JourneyMap.TouchpointCard;

/**
 * The journey's touchpoints, KPIs and opportunities as spreadsheet-ready tables:
 * {@code touchpoints.csv}, {@code kpis.csv} and {@code opportunities.csv}.
 * <p>
 * The files are RFC 4180 (comma separated, CRLF line ends, fields quoted only where needed) in
 * UTF-8 with a byte order mark, which is how Excel knows the file is UTF-8 and shows æ, ø and å
 * right. The header row holds English column ids that never change with the journey's language,
 * so scripts can rely on them; values are the model's own (names, grammar literals), numbers
 * in plain machine form with a dot decimal, list values joined by {@value #LIST_SEPARATOR}.
 * Rows follow the journey map's order: phases in order, and within a phase the map's lanes.
 * <p>
 * Formula injection: every text cell, that is every value that comes from a model string, goes
 * through {@link SpreadsheetCells#text}, the rule all generated CSVs share (a text starting like a
 * formula gets an apostrophe in front). Numbers the report writes itself (experience, baseline,
 * target) are typed cells and are never prefixed, so an experience of {@code -1} stays the number
 * -1. Booleans are written {@code true}/{@code false}.
 */
public class CsvReport implements ReportTarget {

	public static final String TOUCHPOINTS_FILE = "touchpoints.csv";
	public static final String KPIS_FILE = "kpis.csv";
	public static final String OPPORTUNITIES_FILE = "opportunities.csv";

	public static final List<String> TOUCHPOINT_COLUMNS = List.of("phase", "touchpoint", "title", "channel", "online",
			"owner", "experience", "segments", "events");
	public static final List<String> KPI_COLUMNS = List.of("name", "title", "unit", "currency", "duration_unit", "baseline", "target", "target_date",
			"direction", "formula", "sources", "goals", "phases");
	public static final List<String> OPPORTUNITY_COLUMNS = List.of("phase", "name", "title", "value", "effort",
			"quadrant", "fixes", "owner");

	/** Joins the names of a list value in one cell; names never contain it. */
	public static final String LIST_SEPARATOR = "; ";

	private static final byte[] UTF8_BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	@Override
	public String name() {
		return "csv";
	}

	@Override
	public void generate(JourneyRun run, IFileSystemAccess2 files) {
		JourneyMap map = run.map();
		String folder = run.folder();
		// bytes, not text: the files are UTF-8 with a BOM whatever the workspace's encoding is
		files.generateFile(folder + TOUCHPOINTS_FILE, new ByteArrayInputStream(touchpoints(map)));
		files.generateFile(folder + KPIS_FILE, new ByteArrayInputStream(kpis(map)));
		files.generateFile(folder + OPPORTUNITIES_FILE, new ByteArrayInputStream(opportunities(map)));
	}

	public static byte[] touchpoints(JourneyMap map) {
		List<List<String>> rows = new ArrayList<>();
		for (Column column : map.columns()) {
			for (TouchpointCard touchpoint : column.touchpoints()) {
				rows.add(List.of(
						text(column.name()),
						text(touchpoint.name()),
						text(touchpoint.title()),
						text(touchpoint.channel()),
						Boolean.toString(touchpoint.online()),
						text(touchpoint.owner()),
						number(touchpoint.experience()),
						list(touchpoint.segments()),
						list(touchpoint.events().stream().map(EventInfo::name).toList())));
			}
		}
		return csv(TOUCHPOINT_COLUMNS, rows);
	}

	public static byte[] kpis(JourneyMap map) {
		List<List<String>> rows = new ArrayList<>();
		for (KpiCard kpi : map.kpis()) {
			rows.add(List.of(
					text(kpi.name()),
					text(kpi.title()),
					text(kpi.unit() == null ? null : kpi.unit().literal()),
					text(kpi.currency()),
					text(kpi.durationUnit()),
					number(kpi.baseline()),
					number(kpi.target()),
					text(kpi.targetDate()),
					text(kpi.direction().literal()),
					text(kpi.formula()),
					list(kpi.sources()),
					list(kpi.goals()),
					list(kpi.phases())));
		}
		return csv(KPI_COLUMNS, rows);
	}

	public static byte[] opportunities(JourneyMap map) {
		List<List<String>> rows = new ArrayList<>();
		for (OpportunityCard opportunity : map.opportunities()) {
			rows.add(List.of(
					text(opportunity.phase()),
					text(opportunity.name()),
					text(opportunity.title()),
					text(opportunity.value()),
					text(opportunity.effort()),
					opportunity.quadrant().id(),
					list(opportunity.fixes()),
					text(opportunity.owner())));
		}
		return csv(OPPORTUNITY_COLUMNS, rows);
	}

	private static byte[] csv(List<String> header, List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringBuilder does not fail
		}
		byte[] content = out.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[UTF8_BYTE_ORDER_MARK.length + content.length];
		System.arraycopy(UTF8_BYTE_ORDER_MARK, 0, file, 0, UTF8_BYTE_ORDER_MARK.length);
		System.arraycopy(content, 0, file, UTF8_BYTE_ORDER_MARK.length, content.length);
		return file;
	}

	/** A text cell: empty when absent, and neutralised against formula injection. */
	private static String text(String value) {
		return SpreadsheetCells.text(value);
	}

	private static String list(List<String> names) {
		return text(String.join(LIST_SEPARATOR, names));
	}

	/** A number cell: plain digits with a dot decimal and no grouping or exponent, whatever the locale. */
	private static String number(Number value) {
		if (value == null) {
			return "";
		}
		return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
	}
}
