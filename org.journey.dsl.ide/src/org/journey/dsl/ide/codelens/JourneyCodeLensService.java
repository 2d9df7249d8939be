package org.journey.dsl.ide.codelens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Phase;

import com.google.inject.Inject;

/** A summary line above every phase and KPI of the file: see {@link JourneySummaries}. */
public class JourneyCodeLensService implements ICodeLensService {

	/**
	 * A lens needs a command to be shown; this one does nothing. Editors show its title as plain
	 * text, which is all a summary is.
	 */
	private static final String NO_COMMAND = "";

	@Inject
	private JourneySummaries summaries;

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
			CancelIndicator indicator) {
		List<CodeLens> lenses = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return lenses;
		}
		for (EObject element : model.getElements()) {
			if (indicator.isCanceled()) {
				return lenses;
			}
			if (element instanceof Kpi kpi) {
				lens(document, kpi, JourneyPackage.Literals.ELEMENT__NAME, summaries.kpi(kpi)).ifPresent(lenses::add);
			} else if (element instanceof Journey journey) {
				List<String> phaseSummaries = summaries.phases(journey);
				for (int i = 0; i < journey.getPhases().size(); i++) {
					Phase phase = journey.getPhases().get(i);
					lens(document, phase, JourneyPackage.Literals.PHASE__NAME, phaseSummaries.get(i)).ifPresent(lenses::add);
				}
			}
		}
		return lenses;
	}

	/** A lens on the element's name, so the editor shows it on the line above the declaration. */
	private static Optional<CodeLens> lens(Document document, EObject element,
			EStructuralFeature name, String summary) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, name);
		if (nodes.isEmpty()) {
			return Optional.empty();
		}
		INode node = nodes.get(0);
		Range range = new Range(document.getPosition(node.getOffset()), document.getPosition(node.getEndOffset()));
		return Optional.of(new CodeLens(range, new Command(summary, NO_COMMAND), null));
	}
}
