package org.journey.dsl.ide.contentassist;

import java.util.Iterator;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.antlr.EntryPointFinder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;

/**
 * Where completion's parser starts: at the top-level element (journey, KPI, segment...) around
 * the cursor when the cursor is inside its braces and no syntax error lies above the element,
 * otherwise at the top of the file.
 *
 * Inside an element's braces the element's rule alone gives the follow set of a parse from the
 * top: every '{' of the grammar is closed by a '}' the rule requires, so the element cannot end
 * there and nothing after it can follow. Xtext's own finder is not used: it never starts at an
 * element of the file's list (the follow set at an element's end includes the next element's
 * keywords), so at 5,000 lines completion parsed most of the file, and where it does start
 * deeper (a number, a formula) the Journey grammar's proposals change: after {@code target 6}
 * none at all, in a formula a keyword too many (CompletionPartialParsingTest compared them).
 */
public class JourneyEntryPointFinder extends EntryPointFinder {

	@Override
	public ICompositeNode findEntryPoint(IParseResult parseResult, int offset) {
		ICompositeNode root = parseResult.getRootNode();
		if (root == null || offset >= root.getTotalLength()) {
			return null;
		}
		for (INode child : root.getChildren()) {
			if (child.getTotalOffset() < offset && offset < child.getTotalEndOffset()) {
				return child instanceof ICompositeNode element && element.getGrammarElement() instanceof RuleCall
						&& isInsideBraces(element, offset) && !hasSyntaxErrorUpTo(parseResult, element)
								? element
								: null;
			}
		}
		return null;
	}

	/**
	 * Whether the parser recovered from an error above {@code element} or at its first token:
	 * an element whose '}' is missing takes in the elements below it for a parse from the top,
	 * while the node model made them elements of their own (the error is then reported at the
	 * next element's keyword).
	 */
	public static boolean hasSyntaxErrorUpTo(IParseResult parseResult, INode element) {
		// in the order of the text: the first error is enough
		Iterator<INode> errors = parseResult.getSyntaxErrors().iterator();
		return errors.hasNext() && errors.next().getOffset() <= element.getOffset();
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
