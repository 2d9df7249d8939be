package org.journey.dsl.generator.report.html;

import java.math.BigDecimal;

/** How long the report's bars are drawn, as CSS widths of their track. */
public final class BarLengths {

	private BarLengths() {
	}

	/** A funnel step's bar: its volume against the largest step's. */
	public static String funnelStep(long volume, long largest) {
		return Html.cssPercent(largest == 0L ? 0.0 : (double) volume / largest);
	}

	/** A KPI's progress from baseline (0) to target (1) within the track: behind the baseline empty, past the target full. */
	public static String progress(BigDecimal progress) {
		return Html.cssPercent(Math.max(0, Math.min(1, progress.doubleValue())));
	}

	/** A segment's share of the customers, given in percent, kept within the track. */
	public static String segmentShare(BigDecimal percent) {
		return Html.cssPercent(Math.max(0, Math.min(1, percent.doubleValue() / 100)));
	}
}
