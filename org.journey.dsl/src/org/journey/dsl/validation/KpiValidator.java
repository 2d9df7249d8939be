package org.journey.dsl.validation;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.Direction;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Milestone;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.journey.Unit;

/** KPIs: a target, on the right side of the baseline, in range, and a way to measure it. */
public class KpiValidator extends AbstractJourneyCheck {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Check
	public void checkKpiHasTarget(Kpi kpi) {
		if (kpi.getTarget() == null) {
			warning("KPI '" + kpi.getName() + "' has no target: without one the journey cannot show progress."
					+ " Add one, e.g. target 2.0 by 2027-06-30.",
					P.getElement_Name(), IssueCodes.KPI_WITHOUT_TARGET, kpi.getName());
		}
	}

	@Check
	public void checkTargetSideOfBaseline(Kpi kpi) {
		BigDecimal baseline = kpi.getBaseline();
		BigDecimal target = kpi.getTarget();
		if (baseline == null || target == null) {
			return;
		}
		int comparison = target.compareTo(baseline);
		if (kpi.getDirection() == Direction.INCREASE && comparison < 0) {
			warning("Target " + format(target) + " is below the baseline " + format(baseline)
					+ ", but the KPI's direction is increase (higher is better, the default)."
					+ " Raise the target, or declare 'direction decrease' if lower is better.",
					P.getKpi_Target(), IssueCodes.TARGET_WRONG_SIDE_OF_BASELINE,
					kpi.getDirection().getLiteral(), format(baseline), format(target));
		} else if (kpi.getDirection() == Direction.DECREASE && comparison > 0) {
			warning("Target " + format(target) + " is above the baseline " + format(baseline)
					+ ", but the KPI's direction is decrease (lower is better)."
					+ " Lower the target, or declare 'direction increase' if higher is better.",
					P.getKpi_Target(), IssueCodes.TARGET_WRONG_SIDE_OF_BASELINE,
					kpi.getDirection().getLiteral(), format(baseline), format(target));
		}
	}

	/** The reports format amounts with java.util.Currency, so the code must be one it knows. */
	@Check
	public void checkCurrencyIsKnown(Kpi kpi) {
		String code = kpi.getCurrency();
		if (code == null || isCurrencyCode(code)) {
			return;
		}
		String upperCase = code.toUpperCase(Locale.ROOT);
		if (isCurrencyCode(upperCase)) {
			error("'" + code + "' is not a currency code: ISO 4217 codes are three upper-case letters. Write "
					+ upperCase + ".", P.getKpi_Currency(), IssueCodes.UNKNOWN_CURRENCY, code, upperCase);
		} else {
			error("'" + code + "' is not an ISO 4217 currency code. Write three upper-case letters such as DKK, NOK,"
					+ " SEK or EUR.", P.getKpi_Currency(), IssueCodes.UNKNOWN_CURRENCY, code);
		}
	}

	/** Whether the code is three upper-case letters that java.util.Currency knows (DKK, EUR). */
	public static boolean isCurrencyCode(String code) {
		if (!code.matches("[A-Z]{3}")) {
			return false;
		}
		try {
			Currency.getInstance(code);
			return true;
		} catch (IllegalArgumentException unknown) {
			return false;
		}
	}

	@Check
	public void checkPercentKpiInRange(Kpi kpi) {
		if (kpi.getUnit() == Unit.PERCENT) {
			checkPercent(kpi, P.getKpi_Baseline(), kpi.getBaseline(), "baseline");
			checkPercent(kpi, P.getKpi_Target(), kpi.getTarget(), "target");
		}
	}

	@Check
	public void checkPercentMilestoneInRange(Milestone milestone) {
		Kpi kpi = milestone.getKpi();
		if (kpi != null && !kpi.eIsProxy() && kpi.getUnit() == Unit.PERCENT) {
			checkPercent(milestone, P.getMilestone_Value(), milestone.getValue(), "milestone value");
		}
	}

	/**
	 * A milestone is a step from the baseline towards the target: one that moves the KPI to a
	 * value worse than where it starts (below the baseline of a KPI where higher is better) is a
	 * typo or a KPI whose direction is not declared.
	 */
	@Check
	public void checkMilestoneNotWorseThanBaseline(Milestone milestone) {
		Kpi kpi = milestone.getKpi();
		BigDecimal value = milestone.getValue();
		if (kpi == null || kpi.eIsProxy() || kpi.getBaseline() == null || value == null) {
			return;
		}
		BigDecimal baseline = kpi.getBaseline();
		boolean higherIsBetter = kpi.getDirection() == Direction.INCREASE;
		int comparison = value.compareTo(baseline);
		if (higherIsBetter ? comparison < 0 : comparison > 0) {
			String side = higherIsBetter ? "below" : "above";
			String better = higherIsBetter ? "higher is better (direction increase" + (isDirectionDeclared(kpi) ? ")" : ", the default)")
					: "lower is better (direction decrease)";
			String towards = kpi.getTarget() == null ? "" : " towards its target " + format(kpi.getTarget());
			warning("Milestone \"" + milestone.getTitle() + "\" moves KPI '" + kpi.getName() + "' to " + format(value) + ", "
					+ side + " its baseline " + format(baseline) + ", but for this KPI " + better
					+ ": a milestone should move it from the baseline" + towards + ". Correct the value, or the KPI's direction.",
					P.getMilestone_Value(), IssueCodes.MILESTONE_WORSE_THAN_BASELINE, kpi.getDirection().getLiteral(),
					format(baseline), format(value));
		}
	}

	private static boolean isDirectionDeclared(Kpi kpi) {
		// eIsSet cannot tell 'direction increase' written out from the default
		return !NodeModelUtils.findNodesForFeature(kpi, P.getKpi_Direction()).isEmpty();
	}

	@Check
	public void checkSegmentShareInRange(Segment segment) {
		checkPercent(segment, P.getSegment_Share(), segment.getShare(), "share");
	}

	@Check
	public void checkKpiIsMeasured(Kpi kpi) {
		if (kpi.getFormula() == null && kpi.getSources().isEmpty()) {
			warning("Nothing measures KPI '" + kpi.getName() + "'. Give it a formula over tracked events"
					+ " (formula count(purchase_completed) / count(product_viewed)) or the source it is read from (source Analytics).",
					P.getElement_Name(), IssueCodes.KPI_NOT_MEASURED, kpi.getName());
		}
	}

	private void checkPercent(EObject owner, EStructuralFeature feature, BigDecimal value, String what) {
		if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
			error("A percentage must lie between 0 and 100, but the " + what + " is " + format(value) + "%.",
					owner, feature, IssueCodes.PERCENT_OUT_OF_RANGE, format(value));
		}
	}
}
