package org.journey.dsl.map;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What really happened on a journey, as {@code journey measure} measured it on collected events
 * (its {@code measurements.json}, read by {@link MeasurementsReader}): per phase the users against
 * the modelled volume, per KPI with a formula the actual value and whether it is on track, and the
 * tracking coverage. Part of a {@link JourneyMap} that was given measurements
 * ({@link JourneyMap#actuals()}); plain data like the map, lists unmodifiable, absent values null
 * where noted. It keeps the model's names and the measured numbers only: how they read (units,
 * language) is the renderers' business, through {@link KpiValues} and {@link ReportFormats}.
 *
 * @param from the window's start, ISO-8601 UTC, null when open
 * @param to the window's end (exclusive), null when open
 * @param events the events measured
 * @param users the distinct users among them
 */
public record Actuals(String from, String to, long events, long users, List<PhaseActual> phases,
		List<KpiActual> kpis, Coverage coverage) {

	public Actuals {
		phases = frozen(phases);
		kpis = frozen(kpis);
		Objects.requireNonNull(coverage, "coverage");
	}

	/** The phase of this name, if it was measured. */
	public Optional<PhaseActual> phase(String name) {
		return phases.stream().filter(p -> p.name().equals(name)).findFirst();
	}

	/** The KPI of this name, if it was measured (only KPIs with a formula are). */
	public Optional<KpiActual> kpi(String name) {
		return kpis.stream().filter(k -> k.name().equals(name)).findFirst();
	}

	private static <T> List<T> frozen(List<T> list) {
		return Collections.unmodifiableList(new ArrayList<>(list));
	}

	/**
	 * One phase: {@code users} emitted any event of its touchpoints (null when they emit none);
	 * {@code conversion} is users over the previous phase's users, {@code modelledConversion}
	 * volume over the previous volume, each null where undefined.
	 */
	public record PhaseActual(String name, Long modelledVolume, Long users, Double modelledConversion,
			Double conversion, long events, List<TouchpointActual> touchpoints) {

		public PhaseActual {
			touchpoints = frozen(touchpoints);
		}
	}

	/** Events and users of one touchpoint, and of each event it is tracked by. */
	public record TouchpointActual(String name, long events, long users, List<EventCount> trackedEvents) {

		public TouchpointActual {
			trackedEvents = frozen(trackedEvents);
		}
	}

	/** An event name with how often it was seen; {@code users} is null where not measured. */
	public record EventCount(String name, long events, Long users) {
	}

	/** Where a KPI stands: the measure command's status, one per KPI. */
	public enum KpiStatus {
		TARGET_MET, IMPROVING, OFF_TRACK, NO_TARGET, NO_DATA;

		/** The literal of measurements.json, e.g. {@code target-met}: also its label key's end. */
		public String literal() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** The status of a literal, null if none has it. */
		public static KpiStatus ofLiteral(String literal) {
			for (KpiStatus status : values()) {
				if (status.literal().equals(literal)) {
					return status;
				}
			}
			return null;
		}
	}

	/**
	 * A KPI's actual value in its unit (a percent KPI in percent), null when undefined;
	 * {@code progress} is 0 at the baseline and 1 at the target, null without both;
	 * {@code onTrack} null without target or data.
	 */
	public record KpiActual(String name, BigDecimal actual, BigDecimal progress, KpiStatus status, Boolean onTrack) {
	}

	/**
	 * Tracking coverage: modelled events never seen, the most frequent seen events no journey
	 * names (at most 20, of {@code unmodelledEventNames} names in all), and property violations.
	 */
	public record Coverage(List<String> modelledEventsNotSeen, List<EventCount> unmodelledEvents,
			long unmodelledEventNames, List<PropertyViolation> propertyViolations) {

		public Coverage {
			modelledEventsNotSeen = frozen(modelledEventsNotSeen);
			unmodelledEvents = frozen(unmodelledEvents);
			propertyViolations = frozen(propertyViolations);
		}

		/** Whether there is nothing to report: every modelled event seen, nothing unknown, nothing malformed. */
		public boolean clean() {
			return modelledEventsNotSeen.isEmpty() && unmodelledEvents.isEmpty() && propertyViolations.isEmpty();
		}
	}

	/** What is wrong with a property of an event's rows. */
	public enum ViolationKind {
		MISSING_REQUIRED, WRONG_TYPE, UNKNOWN;

		public String literal() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static ViolationKind ofLiteral(String literal) {
			for (ViolationKind kind : values()) {
				if (kind.literal().equals(literal)) {
					return kind;
				}
			}
			return null;
		}
	}

	/**
	 * Rows of {@code event} whose {@code property} is missing though required, of the wrong type,
	 * or not declared; {@code expectedType} null for an undeclared one. The example is the first
	 * such row: its file, row (line) and the value found (null when missing).
	 */
	public record PropertyViolation(String event, String property, ViolationKind kind, String expectedType,
			long events, String exampleFile, long exampleRow, String exampleValue) {
	}
}
