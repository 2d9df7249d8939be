package org.journey.dsl.generator.report.html;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.generator.report.ReportStyles;
import org.journey.dsl.map.ActualValues;
import org.journey.dsl.map.Actuals;
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

	/** Where the rules of the actuals begin and end in the style sheet. */
	static final String ACTUALS_BEGIN = "/* ------------------------------------------------------------------ actuals: begin */";
	static final String ACTUALS_END = "/* ------------------------------------------------------------------ actuals: end */";

	/**
	 * The style sheet without the rules of the actuals: what a page without measurements embeds, so
	 * that it is byte for byte the page it was before reports could show actuals.
	 */
	static final String STYLE_WITHOUT_ACTUALS = withoutActuals(STYLE);

	private static final ScoreStyle SCORES = ScoreStyle.of(STYLE);

	private final JourneyMap map;
	private final ReportLabels labels;
	private final ReportFormats formats;
	private final KpiValues kpiValues;
	private final MapLookups lookups;
	private final ActualValues actualValues;

	public HtmlContext(JourneyMap map) {
		this.map = map;
		this.labels = ReportLabels.of(map.language());
		this.formats = ReportFormats.of(map.language());
		this.kpiValues = KpiValues.of(map.language());
		this.lookups = MapLookups.of(map);
		this.actualValues = ActualValues.of(map.language());
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

	/** What was measured on the journey's events, when the report was given measurements. */
	public Optional<Actuals> actuals() {
		return map.actuals();
	}

	/** Measured values in words: users, conversions, a KPI's actual and status. */
	public ActualValues actualValues() {
		return actualValues;
	}

	/** The colours of the feeling and experience scores. */
	public ScoreStyle scores() {
		return SCORES;
	}

	/** The style sheet this page embeds: with the rules of the actuals only if it shows actuals. */
	public String style() {
		return map.actuals().isPresent() ? STYLE : STYLE_WITHOUT_ACTUALS;
	}

	private static String withoutActuals(String style) {
		int begin = style.indexOf(ACTUALS_BEGIN);
		int end = style.indexOf(ACTUALS_END);
		if (begin < 0 || end < begin) {
			throw new IllegalStateException("journey-map.css lacks its actuals markers");
		}
		// the block and the blank line after it
		return style.substring(0, begin) + style.substring(end + ACTUALS_END.length()).replaceFirst("^\n\n", "");
	}

	private static String readStyle() {
		return ReportStyles.sheet("journey-map.css");
	}
}
