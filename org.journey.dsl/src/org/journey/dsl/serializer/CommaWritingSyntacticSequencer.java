package org.journey.dsl.serializer;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.serializer.analysis.ISyntacticSequencerPDAProvider.ISynNavigable;

/**
 * Writes the comma between two event properties. The grammar makes it optional only so that a
 * forgotten comma is one error at the spot (see the Event rule); the generated sequencer would
 * write an optional keyword only where the text had it, so a model built in memory lost its
 * commas and did not read back without errors.
 */
public class CommaWritingSyntacticSequencer extends JourneySyntacticSequencer {

	@Override
	protected void emit_Event_CommaKeyword_3_1_1_0_q(EObject semanticObject, ISynNavigable transition, List<INode> nodes) {
		if (nodes == null || nodes.isEmpty()) {
			acceptUnassignedKeyword(grammarAccess.getEventAccess().getCommaKeyword_3_1_1_0(), ",", null);
		} else {
			acceptNodes(transition, nodes);
		}
	}
}
