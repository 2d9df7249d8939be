package org.journey.dsl.map;

import java.math.BigDecimal;

import org.journey.dsl.map.Actuals.KpiActual;
import org.journey.dsl.map.Actuals.KpiStatus;
import org.journey.dsl.map.Actuals.PhaseActual;
import org.journey.dsl.map.Actuals.PropertyViolation;
import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * Measured values as the report's language writes them: "1,234 users", "23.8%", a KPI's actual in
 * its unit through {@link KpiValues}, a status, the measured window. The HTML and Markdown reports
 * and the diagram write actuals through this class, so an actual reads the same everywhere.
 */
public final class ActualValues {

	private final ReportFormats formats;
	private final ReportLabels labels;
	private final KpiValues kpiValues;

	private ActualValues(ReportLanguage language) {
		this.formats = ReportFormats.of(language);
		this.labels = ReportLabels.of(language);
		this.kpiValues = KpiValues.of(language);
	}

	public static ActualValues of(ReportLanguage language) {
		return new ActualValues(language);
	}

	/** A number of users: "1 user", "1,234 users". */
	public String users(long users) {
		return labels.format(users == 1 ? "label.userCount.one" : "label.userCount", formats.number(users));
	}

	/** The users of a phase, or "not measured" when none of its touchpoints' events was seen. */
	public String users(PhaseActual phase) {
		return phase.users() == null ? labels.get("label.notMeasured") : users(phase.users());
	}

	/** A conversion (a share, 0.238) as a percentage: "23.8%"; empty for none. */
	public String conversion(Double share) {
		return share == null ? "" : formats.percent(share);
	}

	/** A KPI's actual value in its unit, "12.5%"; "not measured" when undefined. */
	public String actual(KpiCard kpi, KpiActual actual) {
		return actual.actual() == null ? labels.get("label.notMeasured") : kpiValues.value(kpi, actual.actual());
	}

	/** The status in words: "On track", "Off track", "Target met". */
	public String status(KpiStatus status) {
		return labels.get("status." + status.literal());
	}

	/**
	 * How far from baseline to target the actual got: "64% of the way from baseline to target", or
	 * "further from the target than the baseline"; empty for none.
	 */
	public String progress(BigDecimal progress) {
		if (progress == null) {
			return "";
		}
		// "-77% of the way" reads as nonsense: behind the baseline is said as such
		return progress.signum() < 0 ? labels.get("label.progressBehind")
				: labels.format("label.progress", formats.percent(progress.doubleValue()));
	}

	/** A KPI's actual and its status in one line, for a label or tooltip: "Actual: 12.5% · On track". */
	public String kpiSummary(KpiCard kpi, KpiActual actual) {
		return labels.get("label.actual") + ": " + actual(kpi, actual) + " · " + status(actual.status());
	}

	/** A phase's users against its volume, for a label: "Actual: 238 users (modelled 42,000)". */
	public String phaseSummary(PhaseActual phase) {
		String summary = labels.get("label.actual") + ": " + users(phase);
		return phase.modelledVolume() == null ? summary
				: summary + " (" + labels.format("label.modelledValue", formats.number(phase.modelledVolume())) + ")";
	}

	/** What is wrong with a property: "missing, though required", "not of type number". */
	public String violation(PropertyViolation violation) {
		String key = "violation." + violation.kind().literal();
		return violation.expectedType() == null ? labels.get(key) : labels.format(key, violation.expectedType());
	}

	/** "from 1 Mar 2026, before 1 Apr 2026", "all events": the window the events were measured in. */
	public String window(Actuals actuals) {
		String from = instant(actuals.from());
		String to = instant(actuals.to());
		if (from == null && to == null) {
			return labels.get("window.all");
		}
		if (to == null) {
			return labels.format("window.from", from);
		}
		return from == null ? labels.format("window.to", to) : labels.format("window.fromTo", from, to);
	}

	/** "Measured on 2,287 events of 1,000 users, from 1 Jan 2026, before 31 Jan 2026." */
	public String measured(Actuals actuals) {
		return labels.format("note.measured", formats.number(actuals.events()), formats.number(actuals.users()),
				window(actuals));
	}

	/** An ISO-8601 instant as a date, with its UTC time where it is not midnight; null for null. */
	private String instant(String iso) {
		if (iso == null) {
			return null;
		}
		if (iso.length() < 10 || !iso.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
			return iso;
		}
		String date = formats.date(iso.substring(0, 10));
		String time = iso.length() >= 16 ? iso.substring(11, 16) : "00:00";
		return time.equals("00:00") ? date : date + " " + time + " UTC";
	}
}
