package org.journey.dsl.generator.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.journey.dsl.generator.SpreadsheetCells;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedGoal;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;

/**
 * The GA4 measurement plan as CSV, for a spreadsheet: one row per goal, KPI, event and parameter,
 * with the parameter's GA4 registration.
 */
public final class Ga4MeasurementPlanCsv {

	public static final List<String> HEADER = List.of("Goal", "Goal title", "KPI", "KPI title", "KPI formula",
			"Event", "Event description", "Emitted at (phase / touchpoint)", "Parameter", "Type", "Required",
			"Parameter description", "GA4 registration");

	private Ga4MeasurementPlanCsv() {
	}

	/** RFC 4180: comma-separated, CRLF line ends, fields quoted where needed. Without byte order mark. */
	public static String of(Ga4MeasurementPlan ga4) {
		TrackingPlan plan = ga4.plan();
		StringBuilder out = new StringBuilder();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (TrackedGoal goal : plan.goals()) {
				for (TrackedKpi kpi : ga4.kpisOf(goal)) {
					printKpiRows(printer, goal, kpi, ga4);
				}
			}
			for (TrackedKpi kpi : ga4.kpisWithoutGoal()) {
				printKpiRows(printer, null, kpi, ga4);
			}
			for (TrackedEvent event : ga4.eventsWithoutKpi()) {
				printEventRows(printer, null, null, event, ga4);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write CSV to memory; this is a bug in the ga4 target", e);
		}
		return out.toString();
	}

	private static void printKpiRows(CSVPrinter printer, TrackedGoal goal, TrackedKpi kpi, Ga4MeasurementPlan ga4)
			throws IOException {
		List<TrackedEvent> events = ga4.eventsOf(kpi);
		if (events.isEmpty()) {
			// a KPI read from a source still belongs in the plan, so the spreadsheet lists it
			printer.printRecord(row(goal, kpi, null, null, ga4));
		}
		for (TrackedEvent event : events) {
			printEventRows(printer, goal, kpi, event, ga4);
		}
	}

	private static void printEventRows(CSVPrinter printer, TrackedGoal goal, TrackedKpi kpi, TrackedEvent event,
			Ga4MeasurementPlan ga4) throws IOException {
		if (event.properties().isEmpty()) {
			printer.printRecord(row(goal, kpi, event, null, ga4));
		}
		for (TrackedProperty property : event.properties()) {
			printer.printRecord(row(goal, kpi, event, property, ga4));
		}
	}

	/** Every cell is text from the model or a label; each goes through the one spreadsheet-safety rule. */
	private static List<String> row(TrackedGoal goal, TrackedKpi kpi, TrackedEvent event, TrackedProperty property,
			Ga4MeasurementPlan ga4) {
		return Stream.of(
				goal == null ? null : goal.name(),
				goal == null ? null : goal.title(),
				kpi == null ? null : kpi.name(),
				kpi == null ? null : kpi.title(),
				kpi == null ? null : kpi.formula(),
				event == null ? null : event.name(),
				event == null ? null : EventDescriptions.of(event),
				event == null ? null : emittedAt(event),
				property == null ? null : property.name(),
				property == null ? null : property.type(),
				property == null ? null : property.required() ? "yes" : "no",
				property == null ? null : property.description(),
				property == null ? null : ga4.registration(property.name()).label())
				.map(SpreadsheetCells::text).toList();
	}

	private static String emittedAt(TrackedEvent event) {
		return event.emittedAt().stream()
				.map(at -> (at.phase() == null ? "(another journey)" : at.phase()) + " / "
						+ (at.touchpoint() == null ? "" : at.touchpoint()))
				.distinct().collect(Collectors.joining("; "));
	}
}
