package org.journey.dsl.generator.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMap.Column;
import org.journey.dsl.map.KpiValues;
import org.journey.dsl.map.MapLookups;
import org.journey.dsl.map.ReportFormats;
import org.journey.dsl.map.ReportLabels;

/**
 * What every part of the HTML report draws from, made once per page: the map, and its words,
 * formats and lookups in the journey's language. The parts put them into markup through the
 * helpers of {@link HtmlPart}.
 */
public final class HtmlContext {

	/** The report's style sheet, beside {@link HtmlReport}; the diagram reads its colours too. */
	static final String STYLE = readStyle();

	private static final ScoreStyle SCORES = ScoreStyle.of(STYLE);

	private final JourneyMap map;
	private final ReportLabels labels;
	private final ReportFormats formats;
	private final KpiValues kpiValues;
	private final MapLookups lookups;

	public HtmlContext(JourneyMap map) {
		this.map = map;
		this.labels = ReportLabels.of(map.language());
		this.formats = ReportFormats.of(map.language());
		this.kpiValues = KpiValues.of(map.language());
		this.lookups = MapLookups.of(map);
	}

	public JourneyMap map() {
		return map;
	}

	public List<Column> columns() {
		return map.columns();
	}

	public ReportLabels labels() {
		return labels;
	}

	public ReportFormats formats() {
		return formats;
	}

	/** KPI values in their units: 12,5 %, 1.800.000 kr., 3 dage. */
	public KpiValues kpiValues() {
		return kpiValues;
	}

	public MapLookups lookups() {
		return lookups;
	}

	/** The colours of the feeling and experience scores. */
	public ScoreStyle scores() {
		return SCORES;
	}

	private static String readStyle() {
		try (InputStream in = HtmlReport.class.getResourceAsStream("journey-map.css")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").trim();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
