package org.journey.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.antlr.LeafNodeFinder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Xtext's leaf finder, with the same answer, but it descends only into the nodes that span the
 * offset: Xtext's walks every leaf of the file up to the offset, twice per completion request.
 */
class NearbyLeafNodeFinder extends LeafNodeFinder {

	private final int offset;

	NearbyLeafNodeFinder(int offset, boolean leading) {
		super(offset, leading);
		this.offset = offset;
	}

	/**
	 * The first leaf that matches, or the last of the matching leaves that directly follow it
	 * (zero-length leaves at the offset). A leaf that ends before the offset or starts after it
	 * never matches, and none of them lies between two that do, so leaving them out changes
	 * nothing.
	 */
	@Override
	protected ILeafNode searchInChildren(ICompositeNode node) {
		List<ILeafNode> candidates = new ArrayList<>();
		collectLeavesAround(node, candidates);
		ILeafNode result = null;
		for (ILeafNode leaf : candidates) {
			if (matchesSearchCriteria(leaf)) {
				result = leaf;
			} else if (result != null) {
				break;
			}
		}
		// a node model with a gap at the offset: let Xtext decide as it always did
		return result != null ? result : super.searchInChildren(node);
	}

	private void collectLeavesAround(ICompositeNode node, List<ILeafNode> leaves) {
		for (INode child : node.getChildren()) {
			if (child.getTotalEndOffset() < offset) {
				continue;
			}
			if (child.getTotalOffset() > offset) {
				return;
			}
			if (child instanceof ILeafNode leaf) {
				leaves.add(leaf);
			} else {
				collectLeavesAround((ICompositeNode) child, leaves);
			}
		}
	}
}
