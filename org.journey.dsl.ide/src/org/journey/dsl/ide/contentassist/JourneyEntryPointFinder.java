package org.journey.dsl.ide.contentassist;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.antlr.EntryPointFinder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;

/**
 * Where completion's parser may start: Xtext's answer, and where Xtext gives up, the top-level
 * element (journey, KPI, segment...) around the cursor when the cursor is inside its braces.
 *
 * Xtext never starts at an element of a list that may be followed by another one (the file's
 * elements are such a list), since the follow set at the element's end includes the next
 * element's keywords, which parsing the element alone cannot see; it then parses the whole file
 * up to the cursor, which at 5,000 lines is most of a completion request's time. Inside the
 * braces of an element no such end is possible: every '{' of the grammar is closed by a '}' the
 * element's rule requires, so the element alone gives the same follow set.
 */
public class JourneyEntryPointFinder extends EntryPointFinder {

	@Override
	public ICompositeNode findEntryPoint(IParseResult parseResult, int offset) {
		ICompositeNode entryPoint = super.findEntryPoint(parseResult, offset);
		if (entryPoint != null) {
			return entryPoint;
		}
		ICompositeNode root = parseResult.getRootNode();
		if (root == null || offset >= root.getTotalLength()) {
			return null;
		}
		for (INode child : root.getChildren()) {
			if (child.getTotalOffset() < offset && offset < child.getTotalEndOffset()) {
				return child instanceof ICompositeNode element && element.getGrammarElement() instanceof RuleCall
						&& isInsideBraces(element, offset) ? element : null;
			}
		}
		return null;
	}

	/** Whether more braces of {@code element} open before {@code offset} than close. */
	private static boolean isInsideBraces(ICompositeNode element, int offset) {
		int depth = 0;
		for (ILeafNode leaf : element.getLeafNodes()) {
			if (leaf.getTotalEndOffset() > offset) {
				break;
			}
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword keyword) {
				if ("{".equals(keyword.getValue())) {
					depth++;
				} else if ("}".equals(keyword.getValue())) {
					depth--;
				}
			}
		}
		return depth > 0;
	}
}
