package org.journey.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.model.JourneyQueries;
import org.journey.dsl.phasemodel.ModelPhase;
import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.phasemodel.TypicalTouchpoint;
import org.journey.dsl.services.JourneyGrammarAccess;

import com.google.inject.Inject;

/**
 * Content assist that knows the standard phase models: a new phase is offered the model phases
 * the journey still lacks (the one that comes next first), a new touchpoint the touchpoints the
 * seeds list as typical for its phase.
 */
public class JourneyIdeContentProposalProvider extends IdeContentProposalProvider {

	/** Above Xtext's keyword and cross-reference priorities: domain knowledge first. */
	private static final int DOMAIN_PRIORITY = 2000;

	/** The first literal of the grammar's enums: the value of a property left out. */
	private static final String UNSPECIFIED = "unspecified";

	@Inject
	private JourneyGrammarAccess grammar;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getPhaseAccess().getNameAssignment_1()) {
			proposeMissingPhases(context, acceptor);
		} else if (assignment == grammar.getTouchpointAccess().getNameAssignment_1()) {
			proposeTypicalTouchpoints(context, acceptor);
		}
		super._createProposals(assignment, context, acceptor);
	}

	/**
	 * No 'unspecified' after 'channel', 'unit', 'kind'...: it is what leaving the property out
	 * means, not a choice to write.
	 */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		if (GrammarUtil.containingRule(keyword) instanceof EnumRule && UNSPECIFIED.equals(keyword.getValue())) {
			return false;
		}
		return super.filterKeyword(keyword, context);
	}

	private void proposeMissingPhases(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Journey journey = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Journey.class);
		Optional<PhaseModel> model = journey == null ? Optional.empty() : JourneyQueries.phaseModel(journey);
		if (model.isEmpty()) {
			return;
		}
		Set<ModelPhase> present = phaseNamesInText(journey).stream()
				.map(name -> model.get().phaseNamed(name))
				.flatMap(Optional::stream)
				.collect(Collectors.toSet());
		List<ModelPhase> missing = model.get().phases().stream().filter(phase -> !present.contains(phase)).toList();
		// the phase that comes next is the first missing one after the phases above the cursor
		int rankAbove = -1;
		for (Phase phase : journey.getPhases()) {
			INode node = NodeModelUtils.getNode(phase);
			if (node != null && node.getEndOffset() <= context.getReplaceRegion().getOffset()) {
				rankAbove = model.get().phaseNamed(phase.getName()).map(model.get()::indexOf).orElse(rankAbove);
			}
		}
		List<ModelPhase> ordered = new ArrayList<>();
		for (ModelPhase phase : missing) {
			if (model.get().indexOf(phase) > rankAbove) {
				ordered.add(phase);
			}
		}
		missing.stream().filter(phase -> !ordered.contains(phase)).forEach(ordered::add);
		for (int i = 0; i < ordered.size(); i++) {
			ModelPhase phase = ordered.get(i);
			String description = (model.get().indexOf(phase) + 1) + ". phase of " + model.get().id() + ": "
					+ phase.name(JourneyQueries.language(journey));
			ContentAssistEntry entry = getProposalCreator().createProposal(phase.id(), context, it -> {
				it.setKind(ContentAssistEntry.KIND_CLASS);
				it.setDescription(description);
			});
			if (entry != null) {
				acceptor.accept(entry, DOMAIN_PRIORITY - i);
			}
		}
	}

	/**
	 * The names after each 'phase' keyword of the journey. Read from the tokens, not the model:
	 * while a new phase is half typed above existing ones, error recovery may drop those from
	 * the model, and they would be offered again.
	 */
	private static List<String> phaseNamesInText(Journey journey) {
		List<String> names = new ArrayList<>();
		INode journeyNode = NodeModelUtils.getNode(journey);
		INode root = journeyNode == null ? null : journeyNode.getRootNode();
		if (root == null) {
			return names;
		}
		String previous = null;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.isHidden() || leaf.getOffset() < journeyNode.getOffset()) {
				continue;
			}
			if ("journey".equals(leaf.getText()) && leaf.getOffset() > journeyNode.getOffset()) {
				break; // the next journey of the file ('journey' is a reserved word, never a name)
			}
			if ("phase".equals(previous)) {
				names.add(leaf.getText());
			}
			previous = leaf.getText();
		}
		return names;
	}

	private void proposeTypicalTouchpoints(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Phase phase = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Phase.class);
		Optional<ModelPhase> modelPhase = phase == null ? Optional.empty() : JourneyQueries.modelPhase(phase);
		if (modelPhase.isEmpty()) {
			return;
		}
		Set<String> present = phase.getTouchpoints().stream().map(Touchpoint::getName).collect(Collectors.toSet());
		// titles in the journey's language, as the starter file writes them
		ReportLanguage language = phase.eContainer() instanceof Journey journey ? JourneyQueries.language(journey)
				: ReportLanguage.EN;
		List<TypicalTouchpoint> typical = modelPhase.get().typicalTouchpoints();
		for (int i = 0; i < typical.size(); i++) {
			String title = typical.get(i).title(language);
			String name = toName(title);
			if (present.contains(name)) {
				continue;
			}
			ContentAssistEntry entry = getProposalCreator().createProposal(name + " \"" + title + "\"", context, it -> {
				it.setLabel(name);
				it.setKind(ContentAssistEntry.KIND_INTERFACE);
				it.setDescription("typical touchpoint of " + modelPhase.get().id());
			});
			if (entry != null) {
				acceptor.accept(entry, DOMAIN_PRIORITY - i);
			}
		}
	}

	/** "Order confirmation e-mail" becomes OrderConfirmationEMail: a name the grammar accepts. */
	static String toName(String title) {
		StringBuilder name = new StringBuilder();
		for (String word : title.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				name.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append(word.substring(Character.charCount(word.codePointAt(0))));
			}
		}
		if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
			name.insert(0, "Touchpoint");
		}
		return name.toString();
	}
}
