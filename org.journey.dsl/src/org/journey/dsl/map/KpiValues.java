package org.journey.dsl.map;

import java.math.BigDecimal;

import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * A KPI's values in its unit, as the report's language writes them: "12,5 %", "1.800.000 kr.",
 * "3 dage". Every report and the diagram write KPI values through this class, so a baseline reads
 * the same everywhere.
 */
public final class KpiValues {

	private final ReportFormats formats;
	private final ReportLabels labels;
	private final String percentSign;

	private KpiValues(ReportLanguage language) {
		this.formats = ReportFormats.of(language);
		this.labels = ReportLabels.of(language);
		// "%" in English, " %" (with a no-break space) in Danish and Norwegian
		this.percentSign = formats.percent(0).substring(formats.number(0).length());
	}

	public static KpiValues of(ReportLanguage language) {
		return new KpiValues(language);
	}

	/** A baseline, target or milestone value in the KPI's unit; empty for none. */
	public String value(KpiCard kpi, BigDecimal value) {
		if (value == null) {
			return "";
		}
		if ("percent".equals(kpi.unit())) {
			return formats.number(value) + percentSign;
		}
		if ("currency".equals(kpi.unit()) && kpi.currency() != null) {
			return formats.money(value, kpi.currency());
		}
		if ("duration".equals(kpi.unit()) && kpi.durationUnit() != null) {
			return labels.timeValue(kpi.durationUnit(), formats.number(value), value.abs().compareTo(BigDecimal.ONE) == 0);
		}
		return formats.number(value);
	}

	/**
	 * How far the target lies from the baseline, signed: "+800.000 kr.", "-5 dage"; a percent KPI
	 * moves in percentage points, "+0,8 pct.-point".
	 */
	public String change(KpiCard kpi, BigDecimal difference) {
		String sign = difference.signum() > 0 ? "+" : "";
		if ("percent".equals(kpi.unit())) {
			return sign + formats.number(difference) + " " + labels.get("label.percentPoints");
		}
		return sign + value(kpi, difference);
	}

	/** The KPI's unit with its currency or time unit: "valuta (DKK)", "varighed (dage)"; empty for none. */
	public String unit(KpiCard kpi) {
		String unit = labels.unit(kpi.unit());
		if ("currency".equals(kpi.unit()) && kpi.currency() != null) {
			return unit + " (" + kpi.currency() + ")";
		}
		if ("duration".equals(kpi.unit()) && kpi.durationUnit() != null) {
			return unit + " (" + labels.timeUnit(kpi.durationUnit()) + ")";
		}
		return unit;
	}
}
