package org.journey.dsl.generator.tracking;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one journey asks analytics to measure, tool-neutral: each event once, with the
 * properties of all its declarations merged, where it is emitted, and the KPIs and goals that use
 * it. Every tracking target (GA4, GTM, Segment, Snowplow, Mixpanel, dbt) renders this plan.
 */
public record TrackingPlan(String journey, String journeyTitle, TrackingSettings settings, List<TrackedEvent> events,
		List<TrackedKpi> kpis, List<TrackedGoal> goals) {

	/**
	 * An event. A property is required only if every declaration of the event declares it required:
	 * a touchpoint that does not send it would otherwise fail validation.
	 */
	public record TrackedEvent(String name, String description, List<TrackedProperty> properties,
			List<EmittedAt> emittedAt, List<String> kpis) {
	}

	public record TrackedProperty(String name, String type, boolean required, String description) {
	}

	/** A touchpoint that emits the event, and its phase; empty phase for events emitted in other journeys. */
	public record EmittedAt(String phase, String touchpoint, String channel) {
	}

	/**
	 * A KPI and its formula as data: {@code measures} are the aggregates it is computed from, in
	 * formula order; a ratio has exactly a numerator and a denominator, a conversion its two events.
	 * {@code currency} (an ISO 4217 code) and {@code durationUnit} ("days") qualify a currency or a
	 * duration KPI; null when the model gives none.
	 */
	public record TrackedKpi(String name, String title, String description, String unit, String currency,
			String durationUnit, BigDecimal baseline,
			BigDecimal target, String targetDate, String direction, String formula, FormulaKind kind,
			List<Measure> measures, Conversion conversion, List<String> goals) {

		public String label() {
			return title != null ? title : name;
		}
	}

	public enum FormulaKind {
		/** One aggregate: count, sum, avg or distinct. */
		SIMPLE,
		/** numerator / denominator, each an aggregate. */
		RATIO,
		/** conversion(a -> b within n unit). */
		CONVERSION,
		/** A ratio of ratios or other nesting no target can express; reported, not generated. */
		COMPLEX,
		/** No formula: the KPI is read from a source. */
		NONE
	}

	/** An aggregate over an event: function count/sum/avg/distinct, property null for count. */
	public record Measure(String function, String event, String property) {
	}

	public record Conversion(String baseEvent, String conversionEvent, int window, String windowUnit) {
	}

	public record TrackedGoal(String name, String title, String kind, List<String> kpis) {
	}
}
