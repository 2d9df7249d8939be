package org.journey.dsl.generator.tracking;

import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;

/**
 * The GA4 measurement plan of each journey, as JSON for tools ({@link Ga4MeasurementPlanJson}) and
 * as CSV for a spreadsheet ({@link Ga4MeasurementPlanCsv}), both from one {@link Ga4MeasurementPlan}.
 */
public class Ga4MeasurementPlanTarget implements ReportTarget {

	public static final String JSON_FILE = "tracking/ga4-measurement-plan.json";
	public static final String CSV_FILE = "tracking/ga4-measurement-plan.csv";

	@Override
	public String name() {
		return "ga4";
	}

	@Override
	public boolean rendersEvents() {
		return true;
	}

	@Override
	public void generate(JourneyRun run, IFileSystemAccess2 files) {
		Ga4MeasurementPlan plan = new Ga4MeasurementPlan(run.trackingPlan());
		TrackingOutput.writeJson(files, run.folder() + JSON_FILE, Ga4MeasurementPlanJson.of(plan));
		TrackingOutput.writeText(files, run.folder() + CSV_FILE, TrackingOutput.BYTE_ORDER_MARK + Ga4MeasurementPlanCsv.of(plan));
	}
}
