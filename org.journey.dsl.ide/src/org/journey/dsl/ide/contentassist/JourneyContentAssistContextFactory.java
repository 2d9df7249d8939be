package org.journey.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.antlr.PartialContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.partialEditing.IPartialEditingContentAssistParser;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Builds the completion contexts with work that grows with the element being edited, not with
 * the file: the parser starts at the element around the cursor (partial parsing, see
 * {@link org.journey.dsl.ide.contentassist.antlr.JourneyPartialContentAssistParser}) and the
 * nodes at the cursor are found by descending the node model, not by walking all its leaves.
 */
public class JourneyContentAssistContextFactory extends PartialContentAssistContextFactory {

	@Override
	protected void initializeNodeAndModelData() {
		rootNode = parseResult.getRootNode();
		if (parser instanceof IPartialEditingContentAssistParser partialEditing) {
			partialEditing.initializeFor(resource.getEntryPoint());
		}
		lastCompleteNode = new NearbyLeafNodeFinder(completionOffset, true).searchIn(rootNode);
		if (lastCompleteNode == null) {
			lastCompleteNode = rootNode;
		}
		currentNode = new NearbyLeafNodeFinder(completionOffset, false).searchIn(rootNode);
		if (currentNode == null) {
			currentNode = lastCompleteNode;
		}
		lastVisibleNode = getLastCompleteNodeByOffset(rootNode, completionOffset);
		datatypeNode = getContainingDatatypeRuleNode(lastCompleteNode);
		currentModel = NodeModelUtils.findActualSemanticObjectFor(lastVisibleNode);
	}
}
