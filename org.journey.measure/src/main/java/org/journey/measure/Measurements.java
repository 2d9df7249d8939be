package org.journey.measure;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one journey measured on the event data: the planned figures of the model beside the actual
 * ones. {@link MeasurementsJson} writes it as measurements.json (schema docs/measurements.schema.json).
 */
public record Measurements(String qualifiedName, String journey, String title, Window window, EventsRead events,
		List<PhaseMeasurement> phases, List<KpiMeasurement> kpis, Coverage coverage) {

	/** The event data read, the same for every journey of one run. */
	public record EventsRead(List<FileRead> files, long rowsRead, long malformedRows, List<MalformedRow> firstMalformedRows,
			long outsideWindow, long duplicates, long events, long eventsWithoutUser, long users) {
	}

	/** A file read: its name, how it is stored (json-lines, csv, parquet), its format (plain, ga4) and its rows. */
	public record FileRead(String file, String type, String format, long rows) {
	}

	/** A row that could not be measured: where it is and why. */
	public record MalformedRow(String file, long row, String problem) {
	}

	/**
	 * A phase: the users who emitted any event of its touchpoints, against its modelled volume; the
	 * conversion from the previous phase (users here over users there), actual and modelled.
	 */
	public record PhaseMeasurement(String name, String title, Long modelledVolume, Long users, Double modelledConversion,
			Double conversion, long events, List<TouchpointMeasurement> touchpoints) {
	}

	public record TouchpointMeasurement(String name, String title, long events, long users, List<EventMeasurement> trackedEvents) {
	}

	public record EventMeasurement(String name, long events, long users) {
	}

	/**
	 * A KPI with a formula: its actual value in the KPI's unit (a ratio or conversion of a percent
	 * KPI in percent), the value of each term of the formula, and how it stands against baseline and
	 * target. {@code status} is target-met, improving, off-track, no-target or no-data.
	 */
	public record KpiMeasurement(String name, String title, String unit, String currency, String durationUnit,
			String direction, String formula, BigDecimal baseline, BigDecimal target, String targetDate, BigDecimal actual,
			List<Term> terms, BigDecimal progress, String status, Boolean onTrack) {
	}

	/** One aggregate or conversion of a formula, as written, and its value (a conversion as a fraction). */
	public record Term(String expression, BigDecimal value) {
	}

	public record Coverage(List<String> modelledEventsNotSeen, List<EventCount> unmodelledEvents, long unmodelledEventNames,
			List<PropertyViolation> propertyViolations) {
	}

	public record EventCount(String name, long events) {
	}

	/**
	 * Events breaking the model's typed properties: kind missing-required, wrong-type or unknown; how
	 * many events; the first in the order read (files in the order given, a folder's by name, then by row).
	 */
	public record PropertyViolation(String event, String property, String kind, String expectedType, long events,
			Example example) {
	}

	public record Example(String file, long row, String value) {
	}
}
