package org.journey.dsl.serializer;

import java.util.Comparator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.serializer.analysis.ISemanticSequencerNfaProvider.ISemState;
import org.eclipse.xtext.serializer.sequencer.BacktrackingSemanticSequencer;
import org.eclipse.xtext.serializer.sequencer.ISemanticNodeProvider.ISemanticNode;

/**
 * Serializes the unordered groups of the grammar (the properties of an element) so that the text
 * parses and keeps the modeller's order. Xtext's serializer treats an unordered group as a loop
 * over its members, which allows two wrong results:
 * <ul>
 * <li>a list property split up, {@code needs "a" needs "b"}, which the parser rejects since a
 * member of an unordered group may appear only once;</li>
 * <li>properties reordered: the node model usually tells the serializer what came next, but not
 * after a formula that is a ratio (its node belongs to the action that creates the ratio), so a
 * description written after the formula moved before it.</li>
 * </ul>
 * So among the states the serializer may go to next, this one prefers the next value of the list
 * just written, then the property written first in the parsed text, then Xtext's own order.
 */
public class UnorderedGroupSequencer extends BacktrackingSemanticSequencer {

	@Override
	protected Comparator<ISemState> createFollowerSorter(SerializableObject obj, AbstractElement nodeModelEle) {
		Comparator<ISemState> inherited = super.createFollowerSorter(obj, nodeModelEle);
		return Comparator.comparing((ISemState state) -> !continuesList(state))
				.thenComparingInt(state -> parsedOffset(obj, state))
				.thenComparing(inherited);
	}

	/**
	 * Whether the state assigns a later value of a list inside an unordered group member, as
	 * {@code needs+=STRING} after the comma in {@code ('needs' needs+=STRING (',' needs+=STRING)*)?}.
	 */
	private static boolean continuesList(ISemState state) {
		Assignment assignment = assignment(state);
		EObject member = unorderedGroupMember(assignment);
		if (member == null || !state.getFeature().isMany()) {
			return false;
		}
		Assignment first = EcoreUtil2.getAllContentsOfType(member, Assignment.class).stream()
				.filter(candidate -> candidate.getFeature().equals(assignment.getFeature()))
				.findFirst()
				.orElse(assignment);
		return first != assignment;
	}

	/**
	 * Where the property this state starts was written in the parsed text; values without text
	 * (new ones) and states outside unordered groups have no say.
	 */
	private static int parsedOffset(SerializableObject obj, ISemState state) {
		if (unorderedGroupMember(assignment(state)) == null) {
			return Integer.MAX_VALUE;
		}
		// A property starts with the first value of its feature; later values of a list are
		// placed by continuesList.
		ISemanticNode semanticNode = obj.getNode(state.getFeatureID(), 0);
		INode node = semanticNode == null ? null : semanticNode.getNode();
		return node == null ? Integer.MAX_VALUE : node.getOffset();
	}

	private static Assignment assignment(ISemState state) {
		AbstractElement assigned = state.getAssignedGrammarElement();
		return assigned == null || state.getFeature() == null ? null : GrammarUtil.containingAssignment(assigned);
	}

	/** The member of an unordered group the assignment is part of, if any. */
	private static EObject unorderedGroupMember(Assignment assignment) {
		EObject member = assignment;
		while (member != null && !(member.eContainer() instanceof UnorderedGroup)) {
			member = member.eContainer();
		}
		return member;
	}
}
