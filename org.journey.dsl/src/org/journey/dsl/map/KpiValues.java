package org.journey.dsl.map;

import java.math.BigDecimal;

import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.map.JourneyMap.KpiUnit;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * A KPI's values in its unit, as the report's language writes them: "12,5 %", "1.800.000 kr.",
 * "3 dage", and how they read together: "12,5 % → 15 %", "inden 30. jun. 2027". Every report,
 * the diagram, the hover and the code lens write KPI values through this class, so a baseline
 * reads the same everywhere.
 */
public final class KpiValues {

	/** Between where a KPI starts and where it should get to, or a milestone takes it. */
	public static final String ARROW = "→";

	private final ReportFormats formats;
	private final ReportLabels labels;

	private KpiValues(ReportLanguage language) {
		this.formats = ReportFormats.of(language);
		this.labels = ReportLabels.of(language);
	}

	public static KpiValues of(ReportLanguage language) {
		return new KpiValues(language);
	}

	/**
	 * "baseline → target" from two values already written, either of which may be empty: the arrow
	 * only between two values.
	 */
	public static String range(String baseline, String target) {
		return baseline.isEmpty() || target.isEmpty() ? baseline + target : baseline + " " + ARROW + " " + target;
	}

	/** A KPI figure in the model's own notation (2.0 stays 2.0), for editors; "?" for none. */
	public static String asWritten(BigDecimal value) {
		return value == null ? "?" : value.toPlainString();
	}

	/** A baseline, target or milestone value in the KPI's unit; empty for none. */
	public String value(KpiCard kpi, BigDecimal value) {
		if (value == null) {
			return "";
		}
		if (kpi.unit() == KpiUnit.PERCENT) {
			return formats.number(value) + formats.percentSign();
		}
		if (kpi.unit() == KpiUnit.CURRENCY && kpi.currency() != null) {
			return formats.money(value, kpi.currency());
		}
		if (kpi.unit() == KpiUnit.DURATION && kpi.durationUnit() != null) {
			return labels.timeValue(kpi.durationUnit(), formats.number(value), value.abs().compareTo(BigDecimal.ONE) == 0);
		}
		return formats.number(value);
	}

	/**
	 * A value in the unit of {@code kpi}; the plain number where the KPI is not in the journey's map
	 * (null), as for a milestone of a KPI that no phase or goal of the journey names.
	 */
	public String valueOrNumber(KpiCard kpi, BigDecimal value) {
		return kpi == null ? formats.number(value) : value(kpi, value);
	}

	/** The KPI's baseline → target in its unit: "12,5 % → 15 %", or the one of them it has; empty for neither. */
	public String range(KpiCard kpi) {
		return range(value(kpi, kpi.baseline()), value(kpi, kpi.target()));
	}

	/** When a target is due, after a date as the report writes it: "by 30 Jun 2027", "inden 30. jun. 2027". */
	public String by(String date) {
		return labels.get("label.by") + " " + date;
	}

	/**
	 * How far the target lies from the baseline, signed: "+800.000 kr.", "-5 dage"; a percent KPI
	 * moves in percentage points, "+0,8 pct.-point".
	 */
	public String change(KpiCard kpi, BigDecimal difference) {
		String sign = difference.signum() > 0 ? "+" : "";
		if (kpi.unit() == KpiUnit.PERCENT) {
			return sign + formats.number(difference) + " " + labels.get("label.percentPoints");
		}
		return sign + value(kpi, difference);
	}

	/** The KPI's unit with its currency or time unit: "valuta (DKK)", "varighed (dage)"; empty for none. */
	public String unit(KpiCard kpi) {
		String unit = labels.unit(kpi.unit());
		if (kpi.unit() == KpiUnit.CURRENCY && kpi.currency() != null) {
			return unit + " (" + kpi.currency() + ")";
		}
		if (kpi.unit() == KpiUnit.DURATION && kpi.durationUnit() != null) {
			return unit + " (" + labels.timeUnit(kpi.durationUnit()) + ")";
		}
		return unit;
	}
}
