package org.journey.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.model.ElementNames;
import org.journey.dsl.model.JourneyQueries;
import org.journey.dsl.phasemodel.ModelPhase;
import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.phasemodel.TypicalTouchpoint;
import org.journey.dsl.starter.StarterModel;
import org.journey.dsl.validation.IssueCodes;

/** A journey's phases as its phase model has them, and what each phase needs. */
public class PhaseFixes {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	/** Phase stubs for the model phases the journey lacks, each where the model's order puts it. */
	@QuickFix(IssueCodes.MODEL_PHASES_MISSING)
	public void addMissingPhases(IssueToFix issue, FixAcceptor fixes) {
		Optional<Journey> journey = issue.containerOf(Journey.class);
		Optional<PhaseModel> model = journey.flatMap(JourneyQueries::phaseModel);
		if (model.isEmpty()) {
			return;
		}
		String text = issue.text();
		List<Phase> phases = journey.get().getPhases();
		List<ModelPhase> missing = model.get().phases().stream()
				.filter(modelPhase -> phases.stream().noneMatch(p -> model.get().phaseNamed(p.getName()).filter(modelPhase::equals).isPresent()))
				.toList();
		if (missing.isEmpty()) {
			return;
		}
		INode modelNode = NodeModelUtils.findNodesForFeature(journey.get(), P.getJourney_PhaseModel()).get(0);
		String indent = TextEdits.indentationOfLine(text, modelNode.getOffset());
		Map<Integer, StringBuilder> inserts = new TreeMap<>();
		for (ModelPhase modelPhase : missing) {
			int rank = model.get().indexOf(modelPhase);
			Phase before = null;
			for (Phase phase : phases) {
				int phaseRank = model.get().phaseNamed(phase.getName()).map(model.get()::indexOf).orElse(-1);
				if (phaseRank >= 0 && phaseRank < rank) {
					before = phase;
				}
			}
			String stub = phaseStub(modelPhase, JourneyQueries.language(journey.get()), indent, TextEdits.indentUnit(text));
			if (before != null) {
				INode node = NodeModelUtils.getNode(before);
				inserts.computeIfAbsent(node.getOffset() + node.getLength(), k -> new StringBuilder())
						.append("\n").append(indent).append(stub);
			} else if (!phases.isEmpty()) {
				inserts.computeIfAbsent(NodeModelUtils.getNode(phases.get(0)).getOffset(), k -> new StringBuilder())
						.append(stub).append("\n").append(indent);
			} else {
				ICompositeNode journeyNode = NodeModelUtils.getNode(journey.get());
				int closing = journeyNode.getOffset() + journeyNode.getLength() - 1;
				inserts.computeIfAbsent(TextEdits.lineStart(text, closing), k -> new StringBuilder())
						.append(indent).append(stub).append("\n");
			}
		}
		List<Edit> edits = new ArrayList<>();
		inserts.forEach((offset, insert) -> edits.add(new Edit(offset, 0, insert.toString())));
		String names = String.join(", ", missing.stream().map(ModelPhase::id).toList());
		fixes.accept("Add the missing " + model.get().id() + " phases: " + names + " (stubs: fill in the customer goals)", edits);
	}

	/**
	 * A new phase with what the phase checks ask for: a customer goal to fill in and the first
	 * touchpoint the seeds list as typical for the phase, so that the stub draws no issues.
	 */
	private static String phaseStub(ModelPhase modelPhase, ReportLanguage language, String indent, String indentUnit) {
		String inner = indent + indentUnit;
		StringBuilder stub = new StringBuilder("phase ").append(modelPhase.id());
		if (language != ReportLanguage.EN) {
			stub.append(" \"").append(modelPhase.name(language)).append('"');
		}
		stub.append(" {\n").append(inner).append("customer-goal \"...\"\n");
		if (!modelPhase.typicalTouchpoints().isEmpty()) {
			TypicalTouchpoint touchpoint = modelPhase.typicalTouchpoints().get(0);
			String title = touchpoint.title(language);
			stub.append(inner).append("touchpoint ").append(StarterModel.toIdentifier(title, "Touchpoint")).append(" \"")
					.append(title).append("\" { channel ").append(touchpoint.channel()).append(" }\n");
		}
		return stub.append(indent).append('}').toString();
	}

	/**
	 * Puts the phases in the model's order (data: the journey's phase names in that order). Each
	 * phase moves with the text before it back to the previous phase (its blank lines and
	 * comments), so nothing the modeller wrote is lost or separated from its phase.
	 */
	@QuickFix(IssueCodes.PHASE_OUT_OF_MODEL_ORDER)
	public void reorderPhases(IssueToFix issue, FixAcceptor fixes) {
		Optional<Journey> found = issue.containerOf(Journey.class);
		if (found.isEmpty()) {
			return;
		}
		Journey journey = found.get();
		List<String> namesInOrder = issue.data();
		List<Phase> phases = journey.getPhases();
		Map<String, Phase> byName = new HashMap<>();
		phases.forEach(phase -> byName.put(phase.getName(), phase));
		// duplicate names, or a model edited since the issue was reported: no safe order to apply
		if (phases.isEmpty() || byName.size() != phases.size() || namesInOrder.size() != phases.size()
				|| !byName.keySet().equals(new HashSet<>(namesInOrder))) {
			return;
		}
		String text = issue.text();
		int start = TextEdits.endOfLastTokenBefore(journey, NodeModelUtils.getNode(phases.get(0)).getOffset());
		int chunkStart = start;
		Map<Phase, String> chunkOf = new HashMap<>();
		for (Phase phase : phases) {
			int end = NodeModelUtils.getNode(phase).getEndOffset();
			chunkOf.put(phase, text.substring(chunkStart, end));
			chunkStart = end;
		}
		List<String> chunks = new ArrayList<>();
		for (String name : namesInOrder) {
			chunks.add(chunkOf.get(byName.get(name)));
		}
		String modelName = JourneyQueries.phaseModel(journey).map(PhaseModel::id).orElse("phase");
		fixes.accept("Reorder the phases to the " + modelName + " model's order",
				new Edit(start, chunkStart - start, String.join("", chunks)));
	}

	/** A touchpoint stub at the end of the phase body, named so it clashes with no other name of the file. */
	@QuickFix(IssueCodes.PHASE_WITHOUT_TOUCHPOINT)
	public void addTouchpointStub(IssueToFix issue, FixAcceptor fixes) {
		issue.containerOf(Phase.class).ifPresent(phase -> {
			String stub = "touchpoint " + ElementNames.freshName(phase, "NewTouchpoint") + " \"...\" { channel web }";
			fixes.accept("Add a touchpoint to phase " + phase.getName(), TextEdits.insertBeforeClosingBrace(phase, stub, issue.text()));
		});
	}

	/** A customer goal as the first line of the phase body, where the formatter puts it too. */
	@QuickFix(IssueCodes.PHASE_WITHOUT_CUSTOMER_GOAL)
	public void addCustomerGoal(IssueToFix issue, FixAcceptor fixes) {
		issue.containerOf(Phase.class).ifPresent(phase -> {
			String text = issue.text();
			String goal = "customer-goal \"...\"";
			String label = "Add a customer goal to phase " + phase.getName();
			int afterBrace = TextEdits.openingBrace(phase).getEndOffset();
			int lineEnd = text.indexOf('\n', afterBrace);
			String restOfLine = text.substring(afterBrace, lineEnd < 0 ? text.length() : lineEnd).strip();
			if (lineEnd >= 0 && (restOfLine.isEmpty() || restOfLine.startsWith("//"))) {
				String indent = TextEdits.indentationOfLine(text, NodeModelUtils.getNode(phase).getOffset()) + TextEdits.indentUnit(text);
				fixes.accept(label, new Edit(lineEnd, 0, "\n" + indent + goal));
			} else {
				// a one-line body: phase X { volume 3 }
				fixes.accept(label, new Edit(afterBrace, 0, " " + goal));
			}
		});
	}
}
