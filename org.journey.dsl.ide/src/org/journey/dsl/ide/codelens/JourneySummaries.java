package org.journey.dsl.ide.codelens;

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
import org.journey.dsl.map.JourneyMapCache;
import org.journey.dsl.map.KpiValues;
import org.journey.dsl.map.ReportFormats;
import org.journey.dsl.model.JourneyQueries;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * One-line summaries of phases and KPIs, shown above them as code lenses. Editor neutral and in
 * English like the validator's messages; figures come from the journey map, so they agree with
 * the reports, and a phase's figures are written as its journey's language writes numbers.
 */
public class JourneySummaries {

	private static final String SEPARATOR = " · ";

	/**
	 * A KPI's figures stay as the model writes them (2.0 stays 2.0), in English: a KPI belongs to
	 * no one journey, so to no one report language.
	 */
	private static final KpiValues KPI_VALUES = KpiValues.of(ReportLanguage.EN);

	/**
	 * The summary of each phase of {@code journey}, in the journey's order. Volumes and
	 * conversions are written as the journey's language writes numbers (42.000 and 1,2 % in
	 * Danish), as its reports show them.
	 */
	public List<String> phases(Journey journey) {
		ReportFormats formats = ReportFormats.of(JourneyQueries.language(journey));
		JourneyMap map = JourneyMapCache.of(journey);
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
		String baseline = kpi.getBaseline() == null ? "" : "baseline " + KpiValues.asWritten(kpi.getBaseline());
		String target = kpi.getTarget() == null ? ""
				: "target " + KpiValues.asWritten(kpi.getTarget())
						+ (kpi.getTargetDate() == null ? "" : " " + KPI_VALUES.by(kpi.getTargetDate()));
		String progress = KpiValues.range(baseline, target);
		List<String> parts = new ArrayList<>();
		parts.add(progress.isEmpty() ? "no baseline, no target" : progress);
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

	/** As the hover and the reports name a source: its title, else its name. */
	private static String sourceName(Source source) {
		if (source.eIsProxy() || source.getName() == null) {
			return "?";
		}
		return JourneyMap.labelOf(source.getName(), source.getTitle());
	}
}
