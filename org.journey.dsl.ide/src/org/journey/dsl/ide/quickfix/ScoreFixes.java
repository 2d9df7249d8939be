package org.journey.dsl.ide.quickfix;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.model.ScoreScale;
import org.journey.dsl.validation.IssueCodes;

/** A score or percentage off its scale becomes the nearest end of the scale. */
public class ScoreFixes {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	/** Data: the score as written. */
	@QuickFix({ IssueCodes.FEELING_OUT_OF_RANGE, IssueCodes.EXPERIENCE_OUT_OF_RANGE })
	public void clampScore(IssueToFix issue, FixAcceptor fixes) {
		if (issue.data(0).filter(written -> issue.text().startsWith(written, issue.offset())).isEmpty()) {
			return;
		}
		int value;
		try {
			value = Integer.parseInt(issue.data().get(0));
		} catch (NumberFormatException e) {
			return;
		}
		String clamped = String.valueOf(ScoreScale.clamp(value));
		fixes.accept("Change to " + clamped, issue.replaceWritten(clamped));
	}

	/** A percentage below 0 or above 100 becomes the nearest end of that range. */
	@QuickFix(IssueCodes.PERCENT_OUT_OF_RANGE)
	public void clampPercent(IssueToFix issue, FixAcceptor fixes) {
		EObject element = issue.element();
		if (element == null) {
			return;
		}
		for (EAttribute feature : List.of(P.getKpi_Baseline(), P.getKpi_Target(), P.getMilestone_Value(), P.getSegment_Share())) {
			if (!feature.getEContainingClass().isSuperTypeOf(element.eClass())
					|| !(element.eGet(feature) instanceof BigDecimal value)) {
				continue;
			}
			for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
				if (node.getOffset() == issue.offset()) {
					String clamped = value.signum() < 0 ? "0" : "100";
					fixes.accept("Change to " + clamped, new Edit(node.getOffset(), node.getLength(), clamped));
					return;
				}
			}
		}
	}
}
