package org.journey.dsl.ide.codelens;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Source;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMap.Column;
import org.journey.dsl.map.JourneyMap.FunnelStep;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.ReportFormats;
import org.journey.dsl.model.JourneyQueries;

/**
 * One-line summaries of phases and KPIs, shown above them as code lenses. Editor neutral and in
 * English like the validator's messages; figures come from the journey map, so they agree with
 * the reports, and a phase's figures are written as its journey's language writes numbers.
 */
public class JourneySummaries {

	private static final String SEPARATOR = " · ";

	/**
	 * The summary of each phase of {@code journey}, in the journey's order. Volumes and
	 * conversions are written as the journey's language writes numbers (42.000 and 1,2 % in
	 * Danish), as its reports show them.
	 */
	public List<String> phases(Journey journey) {
		ReportFormats formats = ReportFormats.of(JourneyQueries.language(journey));
		JourneyMap map = JourneyMapBuilder.build(journey);
		List<String> summaries = new ArrayList<>();
		for (Column column : map.columns()) {
			List<String> parts = new ArrayList<>();
			int touchpoints = column.touchpointCount();
			parts.add(touchpoints + (touchpoints == 1 ? " touchpoint" : " touchpoints"));
			map.funnel().stream().filter(step -> step.columnIndex() == column.index()).findFirst().ifPresent(step -> {
				parts.add("volume " + formats.number(step.volume()));
				if (step.conversionFromPrevious() != null) {
					parts.add(percent(step, formats) + " from previous");
				}
			});
			summaries.add(String.join(SEPARATOR, parts));
		}
		return summaries;
	}

	/** Baseline, target and date, and how the KPI is measured. */
	public String kpi(Kpi kpi) {
		List<String> progress = new ArrayList<>();
		if (kpi.getBaseline() != null) {
			progress.add("baseline " + number(kpi.getBaseline()));
		}
		if (kpi.getTarget() != null) {
			progress.add("target " + number(kpi.getTarget()) + (kpi.getTargetDate() == null ? "" : " by " + kpi.getTargetDate()));
		}
		List<String> parts = new ArrayList<>();
		parts.add(progress.isEmpty() ? "no baseline, no target" : String.join(" -> ", progress));
		if (kpi.getBaseline() != null && kpi.getTarget() == null) {
			parts.add("no target");
		}
		if (kpi.getFormula() != null) {
			parts.add("measured by formula");
		} else if (!kpi.getSources().isEmpty()) {
			parts.add("measured from " + kpi.getSources().stream().map(JourneySummaries::sourceName).collect(Collectors.joining(", ")));
		} else {
			parts.add("not measured");
		}
		return String.join(SEPARATOR, parts);
	}

	/** Whole percent unless that hides a small step, with the space the editor's hovers use too. */
	private static String percent(FunnelStep step, ReportFormats formats) {
		double percent = step.conversionFromPrevious() * 100;
		DecimalFormat format = new DecimalFormat(percent >= 10 ? "0" : "0.#", DecimalFormatSymbols.getInstance(formats.locale()));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(percent) + " %";
	}

	/** Decimals as the modeller wrote them (2.0 stays 2.0): a KPI's figures are the model's own notation. */
	private static String number(BigDecimal value) {
		return value.toPlainString();
	}

	private static String sourceName(Source source) {
		return source.eIsProxy() || source.getName() == null ? "?" : source.getName();
	}
}
