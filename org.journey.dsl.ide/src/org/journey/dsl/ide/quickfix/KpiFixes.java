package org.journey.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.journey.dsl.journey.Direction;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.validation.IssueCodes;

/** A KPI's target and the direction it is reached in. */
public class KpiFixes {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	/**
	 * Adds a target line the modeller then adjusts. The baseline is the placeholder value: it is
	 * on neither wrong side of the baseline and inside every range the baseline is.
	 */
	@QuickFix(IssueCodes.KPI_WITHOUT_TARGET)
	public void addTarget(IssueToFix issue, FixAcceptor fixes) {
		issue.containerOf(Kpi.class).ifPresent(kpi -> {
			String value = kpi.getBaseline() == null ? "0" : kpi.getBaseline().toPlainString();
			fixes.accept("Add a target to KPI " + kpi.getName(), TextEdits.appendToBody(kpi, "target " + value, issue.text()));
		});
	}

	/**
	 * A target on the other side of the baseline usually means the KPI is one where the other
	 * direction is better (a churn rate): declare that direction, or change the declared one.
	 * Data: the direction the KPI has, its baseline, its target.
	 */
	@QuickFix(IssueCodes.TARGET_WRONG_SIDE_OF_BASELINE)
	public void switchDirection(IssueToFix issue, FixAcceptor fixes) {
		issue.containerOf(Kpi.class).ifPresent(kpi -> {
			String current = issue.data(0).orElse(Direction.INCREASE.getLiteral());
			String other = Direction.INCREASE.getLiteral().equals(current) ? Direction.DECREASE.getLiteral()
					: Direction.INCREASE.getLiteral();
			String label = "Declare 'direction " + other + "'";
			List<INode> declared = NodeModelUtils.findNodesForFeature(kpi, P.getKpi_Direction());
			if (!declared.isEmpty()) {
				INode node = declared.get(0);
				fixes.accept(label, new Edit(node.getOffset(), node.getLength(), other));
				return;
			}
			List<INode> targetNodes = new ArrayList<>(NodeModelUtils.findNodesForFeature(kpi, P.getKpi_TargetDate()));
			if (targetNodes.isEmpty()) {
				targetNodes.addAll(NodeModelUtils.findNodesForFeature(kpi, P.getKpi_Target()));
			}
			if (targetNodes.isEmpty()) {
				return;
			}
			String text = issue.text();
			int end = targetNodes.get(0).getEndOffset();
			String before = text.substring(TextEdits.lineStart(text, end), end);
			String indentation = before.substring(0, before.length() - before.stripLeading().length());
			boolean ownLine = before.stripLeading().startsWith("target");
			fixes.accept(label, new Edit(end, 0, ownLine ? "\n" + indentation + "direction " + other : " direction " + other));
		});
	}
}
