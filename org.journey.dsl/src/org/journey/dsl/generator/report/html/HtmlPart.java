package org.journey.dsl.generator.report.html;

import java.math.BigDecimal;
import java.util.List;

import org.journey.dsl.map.ActualValues;
import org.journey.dsl.map.Actuals;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMap.Column;
import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.map.KpiValues;
import org.journey.dsl.map.MapLookups;
import org.journey.dsl.map.ReportFormats;
import org.journey.dsl.map.ReportLabels;

/**
 * A part of the HTML report, drawn from the page's {@link HtmlContext}. Every model string goes
 * through {@link Html#escape} (the {@link #e} and {@link #t} helpers) before it reaches the page;
 * numbers and dates shown to the reader go through {@link ReportFormats}, numbers in CSS and SVG
 * through {@link Html#decimal}.
 */
public abstract class HtmlPart {

	protected final HtmlContext context;
	protected final JourneyMap map;
	protected final List<Column> columns;
	protected final ReportLabels labels;
	protected final ReportFormats formats;
	/** KPI values in their units: 12,5 %, 1.800.000 kr., 3 dage. */
	protected final KpiValues kpiValues;
	protected final MapLookups lookups;
	/** Measured values in words, for the parts that show actuals. */
	protected final ActualValues actualValues;

	protected HtmlPart(HtmlContext context) {
		this.context = context;
		this.map = context.map();
		this.columns = context.columns();
		this.labels = context.labels();
		this.formats = context.formats();
		this.kpiValues = context.kpiValues();
		this.lookups = context.lookups();
		this.actualValues = context.actualValues();
	}

	/** What was measured, null when the report was given no measurements. */
	protected Actuals actuals() {
		return context.actuals().orElse(null);
	}

	/** A model string, escaped. */
	protected String e(String text) {
		return Html.escape(text);
	}

	/** A label in the journey's language, escaped. */
	/** An identifier for the text of a code element: see {@link Html#identifier}. */
	protected String id(String text) {
		return Html.identifier(text);
	}

	protected String t(String key) {
		return Html.escape(labels.get(key));
	}

	protected boolean present(String text) {
		return text != null && !text.isBlank();
	}

	protected String num(Number value) {
		return Html.escape(formats.number(value));
	}

	/** A segment's share, given in percent. */
	protected String share(BigDecimal percent) {
		return Html.escape(formats.percent(percent.doubleValue() / 100));
	}

	/** An ISO date as the reader writes it; a date that does not parse is shown as written. */
	protected String date(String isoDate) {
		return Html.escape(dateText(isoDate));
	}

	protected String date(String isoDate, boolean monthOnly) {
		if (!InitiativeTimeline.isDate(isoDate)) {
			return Html.escape(isoDate);
		}
		return Html.escape(monthOnly ? formats.month(isoDate) : formats.date(isoDate));
	}

	/** {@link #date(String)} before escaping, for a date within a longer text. */
	protected String dateText(String isoDate) {
		return InitiativeTimeline.isDate(isoDate) ? formats.date(isoDate) : isoDate;
	}

	/** A KPI's value in its unit: a percent sign, the currency, the time unit. */
	protected String kpiValue(KpiCard kpi, BigDecimal value) {
		return Html.escape(kpiValues.value(kpi, value));
	}

	/** A score with its sign, escaped: +2, 0, -1. */
	protected String signed(int score) {
		return Html.escape(formats.signed(score));
	}

	/** The standard phase model's title in the journey's language, escaped. */
	protected String phaseModelTitle() {
		return Html.escape(map.phaseModel().map(model -> labels.phaseModel(model.id(), model.title()))
				.orElse(labels.get("label.phaseModel")));
	}
}
