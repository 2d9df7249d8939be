package org.journey.dsl.serializer;

import java.util.Comparator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.serializer.analysis.ISemanticSequencerNfaProvider.ISemState;
import org.eclipse.xtext.serializer.sequencer.BacktrackingSemanticSequencer;

/**
 * Xtext's serializer treats an unordered group as a loop over its members, so a list property
 * such as {@code needs "a", "b"} could come out as {@code needs "a" needs "b"}, which the parser
 * rejects: a member of an unordered group may appear only once. This sequencer writes the next
 * value of a list right after the previous one, behind a comma, whenever it can.
 */
public class ListsStayTogetherSequencer extends BacktrackingSemanticSequencer {

	@Override
	protected Comparator<ISemState> createFollowerSorter(SerializableObject obj, AbstractElement nodeModelEle) {
		Comparator<ISemState> inherited = super.createFollowerSorter(obj, nodeModelEle);
		// Before the inherited order, which follows the node model when there is one: a value added
		// to a list has no node, and the node model would lead to the next property first.
		return Comparator.comparing((ISemState state) -> !continuesList(state)).thenComparing(inherited);
	}

	/**
	 * Whether the state assigns a later value of a list inside an unordered group member, as
	 * {@code needs+=STRING} after the comma in {@code ('needs' needs+=STRING (',' needs+=STRING)*)?}.
	 */
	static boolean continuesList(ISemState state) {
		AbstractElement assigned = state.getAssignedGrammarElement();
		if (assigned == null || state.getFeature() == null || !state.getFeature().isMany()) {
			return false;
		}
		Assignment assignment = GrammarUtil.containingAssignment(assigned);
		EObject member = assignment;
		while (member != null && !(member.eContainer() instanceof UnorderedGroup)) {
			member = member.eContainer();
		}
		if (member == null) {
			return false;
		}
		Assignment first = EcoreUtil2.getAllContentsOfType(member, Assignment.class).stream()
				.filter(a -> a.getFeature().equals(assignment.getFeature()))
				.findFirst()
				.orElse(assignment);
		return first != assignment;
	}
}
