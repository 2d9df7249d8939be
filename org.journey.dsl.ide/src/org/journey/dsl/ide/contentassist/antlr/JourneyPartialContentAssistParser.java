package org.journey.dsl.ide.contentassist.antlr;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.ide.editor.contentassist.antlr.AbstractPartialContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.EntryPointFinder;
import org.eclipse.xtext.ide.editor.contentassist.antlr.FollowElement;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.journey.dsl.ide.contentassist.JourneyEntryPointFinder;
import org.journey.dsl.services.JourneyGrammarAccess;

import com.google.inject.Inject;

/**
 * The generated content assist parser, made to parse less than the whole file up to the cursor:
 * inside an element's braces it starts at the element (Xtext's "partial parsing", which the
 * generator was not asked for; where: {@link org.journey.dsl.ide.contentassist.JourneyEntryPointFinder}),
 * elsewhere it leaves out the elements far above the cursor. In the generated parser's package
 * because its parser factory and rule names are protected there.
 */
public class JourneyPartialContentAssistParser extends AbstractPartialContentAssistParser {

	@Inject
	private JourneyParser generated;

	@Inject
	private EntryPointFinder entryPointFinder;

	@Inject
	private JourneyGrammarAccess grammar;

	@Override
	public Collection<FollowElement> getFollowElements(IParseResult parseResult, int offset, boolean strict) {
		if (entryPointFinder.findEntryPoint(parseResult, offset) == null) {
			String shortened = withoutElementsFarAbove(parseResult, offset);
			if (shortened != null) {
				initializeFor(NodeModelUtils.getEntryParserRule(parseResult.getRootNode()));
				return getFollowElements(shortened, strict);
			}
		}
		return super.getFollowElements(parseResult, offset, strict);
	}

	/**
	 * The text up to {@code offset} without the top-level elements above the one before the
	 * cursor's, or null when there are none to leave out. Once an element is complete the file's
	 * rule is in its loop of elements, the same after one element as after a hundred, so what
	 * the parser expects at the cursor does not change; one complete element is kept (before the
	 * first, imports are still allowed). Only elements free of syntax errors are left out: the
	 * parser's recovery from one could change what follows.
	 */
	private String withoutElementsFarAbove(IParseResult parseResult, int offset) {
		ICompositeNode root = parseResult.getRootNode();
		INode first = null;
		INode beforeLast = null;
		INode last = null;
		for (INode child : root.getChildren()) {
			if (child.getTotalOffset() >= offset) {
				break;
			}
			if (isElement(child)) {
				if (first == null) {
					first = child;
				}
				beforeLast = last;
				last = child;
			}
		}
		if (first == null || beforeLast == null || beforeLast == first) {
			return null;
		}
		int keptFrom = beforeLast.getTotalOffset();
		if (JourneyEntryPointFinder.hasSyntaxErrorUpTo(parseResult, beforeLast)) {
			return null;
		}
		String text = root.getText();
		// the line break keeps the last token of the header and the first kept one apart
		return text.substring(0, first.getTotalOffset()) + "\n" + text.substring(keptFrom, offset);
	}

	private boolean isElement(INode node) {
		EObject grammarElement = node.getGrammarElement();
		return grammarElement == grammar.getModelAccess().getElementsElementParserRuleCall_2_0_0()
				|| grammarElement == grammar.getModelAccess().getTrackingTrackingParserRuleCall_2_1_0();
	}

	@Override
	protected AbstractInternalContentAssistParser createParser() {
		return generated.createParser();
	}

	@Override
	protected String getRuleName(AbstractElement element) {
		return generated.getRuleName(element);
	}

	@Override
	protected String[] getInitialHiddenTokens() {
		return generated.getInitialHiddenTokens();
	}
}
