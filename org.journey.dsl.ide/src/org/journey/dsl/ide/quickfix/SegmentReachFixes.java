package org.journey.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.validation.IssueCodes;

/** The segments a touchpoint serves and those its journey is for. */
public class SegmentReachFixes {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	/**
	 * A touchpoint serving a segment its journey is not for: the journey is for that segment
	 * too, or the touchpoint stops serving it (the whole 'serves' when it was the only one).
	 */
	@QuickFix(IssueCodes.TOUCHPOINT_SEGMENT_NOT_IN_JOURNEY)
	public void reconcileServedSegment(IssueToFix issue, FixAcceptor fixes) {
		Touchpoint touchpoint = issue.containerOf(Touchpoint.class).orElse(null);
		Journey journey = EcoreUtil2.getContainerOfType(touchpoint, Journey.class);
		if (journey == null) {
			return;
		}
		List<INode> served = NodeModelUtils.findNodesForFeature(touchpoint, P.getTouchpoint_Segments());
		int index = -1;
		for (int i = 0; i < served.size(); i++) {
			if (served.get(i).getTotalOffset() <= issue.offset() && issue.offset() < served.get(i).getEndOffset()) {
				index = i;
			}
		}
		if (index < 0) {
			return;
		}
		INode node = served.get(index);
		String written = issue.text().substring(node.getOffset(), node.getEndOffset());
		List<INode> journeySegments = NodeModelUtils.findNodesForFeature(journey, P.getJourney_Segments());
		if (!journeySegments.isEmpty()) {
			int end = journeySegments.get(journeySegments.size() - 1).getEndOffset();
			fixes.accept("Add segment " + written + " to the 'for' list of journey " + journey.getName(), new Edit(end, 0, ", " + written));
		}
		String removal = "Remove segment " + written + " from what touchpoint " + touchpoint.getName() + " serves";
		if (served.size() > 1) {
			// with the comma on the side that has one
			int start = index > 0 ? served.get(index - 1).getEndOffset() : node.getOffset();
			int end = index > 0 ? node.getEndOffset() : served.get(1).getOffset();
			fixes.accept(removal, new Edit(start, end - start, ""));
			return;
		}
		// the only segment: with its 'serves', from the end of the token before it, so no blank is left behind
		List<ILeafNode> before = new ArrayList<>();
		for (ILeafNode leaf : NodeModelUtils.getNode(touchpoint).getLeafNodes()) {
			if (leaf.getOffset() >= node.getOffset()) {
				break;
			}
			if (!leaf.isHidden()) {
				before.add(leaf);
			}
		}
		if (before.size() >= 2) {
			int start = before.get(before.size() - 2).getEndOffset();
			fixes.accept(removal, new Edit(start, node.getEndOffset() - start, ""));
		}
	}
}
