package org.journey.dsl.ide.highlighting;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.model.ElementNames;

/**
 * Semantic highlighting (LSP semantic tokens through Xtext's SemanticTokensService): what a
 * grammar-based highlighter cannot know. Every name of an element and every reference to one is
 * a token of the element's kind, so editor themes colour a segment, a KPI, a goal and an event
 * apart; names carry the {@code declaration} modifier, references none. Names that are also
 * words of the language (an event property called {@code value}) are coloured as names, and a
 * reference that does not resolve gets no token.
 */
public class JourneySemanticHighlighting extends DefaultSemanticHighlightingCalculator {

	/** LSP's standard modifier for the place where an element is named. */
	public static final String DECLARATION = "declaration";

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	/** One standard LSP token type per kind of element: themes style the standard types only. */
	private static final Map<EClass, String> TOKEN_TYPES = Map.ofEntries(
			Map.entry(P.getSegment(), "class"),
			Map.entry(P.getSource(), "struct"),
			Map.entry(P.getKpi(), "variable"),
			Map.entry(P.getGoal(), "interface"),
			Map.entry(P.getJourney(), "namespace"),
			Map.entry(P.getPhase(), "type"),
			Map.entry(P.getTouchpoint(), "function"),
			Map.entry(P.getEvent(), "event"),
			Map.entry(P.getEventProperty(), "property"),
			Map.entry(P.getPain(), "enumMember"),
			Map.entry(P.getOpportunity(), "method"),
			Map.entry(P.getInitiative(), "enum"));

	/** The token type for elements of {@code type}, or null for things that are not named elements. */
	public static String tokenType(EClass type) {
		return TOKEN_TYPES.get(type);
	}

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		String type = tokenType(object.eClass());
		if (type != null) {
			ElementNames.nameAttribute(object).ifPresent(name -> highlightFeature(acceptor, object, name, type, DECLARATION));
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			String targetType = tokenType(reference.getEReferenceType());
			if (reference.isContainment() || reference.isContainer() || targetType == null) {
				continue;
			}
			List<?> values = reference.isMany() ? (List<?>) object.eGet(reference)
					: Collections.singletonList(object.eGet(reference));
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
			for (int i = 0; i < values.size() && i < nodes.size(); i++) {
				if (values.get(i) instanceof EObject target && !target.eIsProxy()) {
					highlightNode(acceptor, nodes.get(i), targetType);
				}
			}
		}
		return false;
	}
}
