package org.journey.dsl.generator.tracking;

import java.util.Optional;

import org.journey.dsl.generator.tracking.TrackingPlan.Conversion;
import org.journey.dsl.generator.tracking.TrackingPlan.FormulaKind;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.journey.Formula;

/**
 * Which KPI formulas a dbt metric (MetricFlow) can compute: one decision, which the validator
 * warns with and by which the dbt target leaves a KPI out. dbt metrics are simple (one aggregate),
 * ratios of two aggregates, or conversions from one event to another.
 * <p>
 * A formula that names an undeclared event is not judged here: linking reports it, and the dbt
 * target leaves the KPI out for that reason of its own.
 */
public final class DbtExpressibility {

	/** Why a dbt metric cannot compute a formula. */
	public enum Obstacle {
		/** Not one aggregate, a ratio of two, or a conversion: a ratio of ratios, say. */
		SHAPE,
		/**
		 * A conversion from an event to the same event: MetricFlow joins a conversion to base events
		 * at or before its own time, so the event itself is found as its base and the rate would
		 * always be 100 %.
		 */
		SAME_EVENT_CONVERSION
	}

	private DbtExpressibility() {
	}

	/** For a formula of the model, as the validator sees it; none for a KPI without formula. */
	public static Optional<Obstacle> obstacle(Formula formula) {
		return obstacle(TrackingPlanBuilder.kindOf(formula), TrackingPlanBuilder.conversionOf(formula));
	}

	/** For a KPI of a tracking plan, as the dbt target sees it. */
	public static Optional<Obstacle> obstacle(TrackedKpi kpi) {
		return obstacle(kpi.kind(), kpi.conversion());
	}

	private static Optional<Obstacle> obstacle(FormulaKind kind, Conversion conversion) {
		if (kind == FormulaKind.COMPLEX) {
			return Optional.of(Obstacle.SHAPE);
		}
		if (kind == FormulaKind.CONVERSION && conversion.baseEvent() != null
				&& conversion.baseEvent().equals(conversion.conversionEvent())) {
			return Optional.of(Obstacle.SAME_EVENT_CONVERSION);
		}
		return Optional.empty();
	}
}
