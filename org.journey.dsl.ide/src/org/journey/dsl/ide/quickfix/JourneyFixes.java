package org.journey.dsl.ide.quickfix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.journey.dsl.journey.Direction;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.Goal;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Pain;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.journey.Source;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.model.ConceptNames;
import org.journey.dsl.model.JourneyQueries;
import org.journey.dsl.model.ScoreScale;
import org.journey.dsl.phasemodel.ModelPhase;
import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.phasemodel.TypicalTouchpoint;
import org.journey.dsl.starter.StarterModel;
import org.journey.dsl.validation.Ga4NamingValidator;
import org.journey.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * Quick fixes as plain text edits of one file, keyed by issue code. Editor neutral on purpose:
 * the language server's code actions and the Eclipse quick fixes apply the same edits.
 */
public class JourneyFixes {

	/** Replace {@code length} characters at {@code offset} with {@code text}. */
	public record Edit(int offset, int length, String text) {
	}

	/** What the editor offers (label) and what choosing it does (edits, non-overlapping). */
	public record Fix(String label, List<Edit> edits) {
	}

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	/** At most this many alternatives (KPIs, sources) for one issue: a menu, not a list to scroll. */
	private static final int MAX_CHOICES = 5;

	@Inject
	private EObjectAtOffsetHelper eObjectAtOffsetHelper;

	@Inject
	private IScopeProvider scopeProvider;

	/**
	 * The fix for the issue with {@code code} reported at {@code offset}, or empty if there is
	 * none. {@code data} is the issue's data as the validator reported it (may be empty).
	 */
	public Optional<Fix> fixFor(XtextResource resource, String code, int offset, List<String> data) {
		return fixesFor(resource, code, offset, data).stream().findFirst();
	}

	/**
	 * Every fix for the issue with {@code code} reported at {@code offset}, the likeliest first;
	 * empty if there is none. Some issues have several (which KPI measures a goal).
	 */
	public List<Fix> fixesFor(XtextResource resource, String code, int offset, List<String> data) {
		if (code == null) {
			return List.of();
		}
		Optional<Fix> syntaxFix = syntaxFixFor(resource, code, offset, data);
		if (syntaxFix.isPresent()) {
			return List.of(syntaxFix.get());
		}
		EObject element = eObjectAtOffsetHelper.resolveContainedElementAt(resource, offset);
		if (element == null) {
			return List.of();
		}
		String text = resource.getParseResult().getRootNode().getText();
		switch (code) {
		case IssueCodes.GOAL_WITHOUT_KPI:
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Goal.class))
					.map(goal -> measureGoal(goal, text)).orElse(List.of());
		case IssueCodes.KPI_NOT_MEASURED:
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Kpi.class))
					.map(kpi -> citeSource(kpi, P.getKpi_Sources(), "source", "Measure KPI " + kpi.getName() + " with %s",
							kpi.getName() + "Source", text))
					.orElse(List.of());
		case IssueCodes.PAIN_WITHOUT_EVIDENCE:
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Pain.class))
					.map(pain -> citeSource(pain, P.getPain_Evidence(), "evidence", "Cite %s as evidence of pain " + pain.getName(),
							pain.getName() + "Evidence", text))
					.orElse(List.of());
		case IssueCodes.TOUCHPOINT_SEGMENT_NOT_IN_JOURNEY:
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Touchpoint.class))
					.map(touchpoint -> reconcileServedSegment(touchpoint, offset, text)).orElse(List.of());
		case IssueCodes.UNRESOLVED_REFERENCE:
			return importOrRename(resource, offset, data, text);
		case IssueCodes.IMPORT_UNRESOLVED:
			// data: the import as written, then the imports to write instead, likeliest first
			return data.stream().skip(1).limit(MAX_CHOICES)
					.flatMap(replacement -> replaceWritten(text, offset, List.of(data.get(0), replacement), 1,
							"Change to 'import %s'").stream())
					.toList();
		default:
			return singleFixFor(element, code, offset, data, text).stream().toList();
		}
	}

	/**
	 * A name declared in a package the file does not import: import that package (one fix per
	 * package that declares it). Otherwise the closest visible name, if one is close.
	 * Data: the name as written, its type, the closest visible name (empty if none), then the
	 * packages that declare the name.
	 */
	private static List<Fix> importOrRename(XtextResource resource, int offset, List<String> data, String text) {
		List<Fix> fixes = new ArrayList<>();
		if (resource.getContents().get(0) instanceof Model model) {
			data.stream().skip(3).limit(MAX_CHOICES).forEach(aPackage -> fixes.add(addImport(model, aPackage, text)));
		}
		replaceWritten(text, offset, data, 2, "Change to '%s'").ifPresent(fixes::add);
		return fixes;
	}

	/**
	 * An import line for {@code aPackage}: after the last import, or else after the package line
	 * (with a blank line between, as the formatter writes it), or else as the file's first line.
	 */
	private static Fix addImport(Model model, String aPackage, String text) {
		String line = "import " + aPackage + ".*";
		String label = "Add '" + line + "'";
		if (!model.getImports().isEmpty()) {
			int end = NodeModelUtils.getNode(model.getImports().get(model.getImports().size() - 1)).getEndOffset();
			return new Fix(label, List.of(new Edit(end, 0, "\n" + line)));
		}
		List<INode> packageName = NodeModelUtils.findNodesForFeature(model, P.getModel_Name());
		if (!packageName.isEmpty()) {
			return new Fix(label, List.of(new Edit(packageName.get(0).getEndOffset(), 0, "\n\n" + line)));
		}
		return new Fix(label, List.of(new Edit(0, 0, line + "\n\n")));
	}

	private Optional<Fix> singleFixFor(EObject element, String code, int offset, List<String> data, String text) {
		switch (code) {
		case IssueCodes.DUPLICATE_NAME:
			return renameDuplicate(element);
		case IssueCodes.PERCENT_OUT_OF_RANGE:
			return clampPercent(element, offset);
		case IssueCodes.GA4_NAME_INVALID_CHARACTERS:
			// data: the name and the validator's suggestion
			return ga4Rename(element, name -> data.size() > 1 ? data.get(1) : Ga4NamingValidator.toGa4Name(name));
		case IssueCodes.GA4_RESERVED_PREFIX:
			// data: the name and the reserved prefix; the suggestion is the name without it
			return ga4Rename(element, name -> Ga4NamingValidator.toGa4Name(
					data.size() > 1 && name.length() > data.get(1).length() ? name.substring(data.get(1).length()) : name));
		case IssueCodes.GA4_RESERVED_EVENT_NAME:
			// the validator's message suggests the name with a _custom suffix
			return ga4Rename(element, name -> name + "_custom");
		case IssueCodes.GA4_RESERVED_PARAMETER_NAME:
			// data: the name and the validator's suggestion
			return ga4Rename(element, name -> data.size() > 1 ? data.get(1) : name + "_custom");
		case IssueCodes.DATALAYER_RESERVED_PROPERTY:
			// data: the name and the validator's suggestion, a name the event does not have yet
			return ga4Rename(element, name -> data.size() > 1 ? data.get(1) : name + "_data");
		case IssueCodes.KPI_WITHOUT_TARGET:
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Kpi.class)).map(kpi -> addTarget(kpi, text));
		case IssueCodes.MODEL_PHASES_MISSING:
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Journey.class))
					.flatMap(journey -> addMissingPhases(journey, text));
		case IssueCodes.PHASE_OUT_OF_MODEL_ORDER:
			// data: the journey's phase names in model order
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Journey.class))
					.flatMap(journey -> reorderPhases(journey, data, text));
		case IssueCodes.PHASE_WITHOUT_TOUCHPOINT:
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Phase.class))
					.map(phase -> addTouchpointStub(phase, text));
		case IssueCodes.PHASE_WITHOUT_CUSTOMER_GOAL:
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Phase.class))
					.map(phase -> addCustomerGoal(phase, text));
		case IssueCodes.UNKNOWN_EVENT:
			// data: the event name as written, the closest event name (empty if none)
			return replaceWritten(text, offset, data, 1, "Change to '%s'");
		case IssueCodes.FEELING_OUT_OF_RANGE:
		case IssueCodes.EXPERIENCE_OUT_OF_RANGE:
			return clampScore(text, offset, data);
		case IssueCodes.TARGET_WRONG_SIDE_OF_BASELINE:
			// data: the direction the KPI has, its baseline, its target
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Kpi.class))
					.flatMap(kpi -> switchDirection(kpi, data, text));
		case IssueCodes.UNUSED_SEGMENT:
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Segment.class))
					.map(segment -> remove(segment, "segment " + segment.getName(), text));
		case IssueCodes.UNUSED_KPI:
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Kpi.class))
					.map(kpi -> remove(kpi, "KPI " + kpi.getName(), text));
		case IssueCodes.UNUSED_SOURCE:
			return Optional.ofNullable(EcoreUtil2.getContainerOfType(element, Source.class))
					.map(source -> remove(source, "source " + source.getName(), text));
		default:
			return Optional.empty();
		}
	}

	/**
	 * Fixes of syntax errors: each error's data is the word as written and its correction (a
	 * keyword value, a keyword, the number with a point, the text closed, the token with the comma
	 * or brace after it). They need no model element: the model of a file with syntax errors may
	 * lack the part the error is in.
	 */
	private static Optional<Fix> syntaxFixFor(XtextResource resource, String code, int offset, List<String> data) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		String text = resource.getParseResult().getRootNode().getText();
		switch (code) {
		case IssueCodes.INVALID_KEYWORD_VALUE:
		case IssueCodes.KEYWORD_TYPO:
			return replaceWritten(text, offset, data, 1, "Change to '%s'");
		case IssueCodes.DECIMAL_COMMA:
			return replaceWritten(text, offset, data, 1, "Write %s");
		case IssueCodes.MISSING_QUOTE:
			return replaceWritten(text, offset, data, 1, "Add the closing quote");
		case IssueCodes.MISSING_COMMA:
			return replaceWritten(text, offset, data, 1, "Add the missing ','");
		case IssueCodes.MISSING_OPENING_BRACE:
			return replaceWritten(text, offset, data, 1, "Add the missing '{'");
		default:
			return Optional.empty();
		}
	}

	/** Replaces the text the issue marks (data[0]) with data[{@code suggestionIndex}], if there is one. */
	private static Optional<Fix> replaceWritten(String text, int offset, List<String> data, int suggestionIndex,
			String label) {
		if (data.size() <= suggestionIndex || data.get(suggestionIndex).isEmpty() || !text.startsWith(data.get(0), offset)) {
			return Optional.empty();
		}
		String suggestion = data.get(suggestionIndex);
		return Optional.of(new Fix(String.format(label, suggestion), List.of(new Edit(offset, data.get(0).length(), suggestion))));
	}

	/** A feeling or experience off the -2..+2 scale becomes the nearest end of the scale. */
	private static Optional<Fix> clampScore(String text, int offset, List<String> data) {
		if (data.isEmpty() || !text.startsWith(data.get(0), offset)) {
			return Optional.empty();
		}
		int value;
		try {
			value = Integer.parseInt(data.get(0));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
		String clamped = String.valueOf(ScoreScale.clamp(value));
		return Optional.of(new Fix("Change to " + clamped, List.of(new Edit(offset, data.get(0).length(), clamped))));
	}

	/**
	 * A target on the other side of the baseline usually means the KPI is one where the other
	 * direction is better (a churn rate): declare that direction, or change the declared one.
	 */
	private static Optional<Fix> switchDirection(Kpi kpi, List<String> data, String text) {
		String current = data.isEmpty() ? Direction.INCREASE.getLiteral() : data.get(0);
		String other = Direction.INCREASE.getLiteral().equals(current) ? Direction.DECREASE.getLiteral()
				: Direction.INCREASE.getLiteral();
		String label = "Declare 'direction " + other + "'";
		List<INode> declared = NodeModelUtils.findNodesForFeature(kpi, P.getKpi_Direction());
		if (!declared.isEmpty()) {
			INode node = declared.get(0);
			return Optional.of(new Fix(label, List.of(new Edit(node.getOffset(), node.getLength(), other))));
		}
		List<INode> targetNodes = new ArrayList<>(NodeModelUtils.findNodesForFeature(kpi, P.getKpi_TargetDate()));
		if (targetNodes.isEmpty()) {
			targetNodes.addAll(NodeModelUtils.findNodesForFeature(kpi, P.getKpi_Target()));
		}
		if (targetNodes.isEmpty()) {
			return Optional.empty();
		}
		int end = targetNodes.get(0).getEndOffset();
		int lineStart = text.lastIndexOf('\n', end - 1) + 1;
		String before = text.substring(lineStart, end);
		String indentation = before.substring(0, before.length() - before.stripLeading().length());
		boolean ownLine = before.stripLeading().startsWith("target");
		String insertion = ownLine ? "\n" + indentation + "direction " + other : " direction " + other;
		return Optional.of(new Fix(label, List.of(new Edit(end, 0, insertion))));
	}

	/**
	 * Renames an event or property to a GA4-valid name (or to one the data layer leaves free), the
	 * references of its file (formulas) included.
	 */
	private Optional<Fix> ga4Rename(EObject element, UnaryOperator<String> ga4Name) {
		EObject named = element instanceof EventProperty ? element : EcoreUtil2.getContainerOfType(element, Event.class);
		if (named == null) {
			return Optional.empty();
		}
		EAttribute nameFeature = named instanceof Event ? P.getEvent_Name() : P.getEventProperty_Name();
		String oldName = (String) named.eGet(nameFeature);
		String newName = ga4Name.apply(oldName);
		List<Edit> edits = new ArrayList<>();
		for (INode node : NodeModelUtils.findNodesForFeature(named, nameFeature)) {
			edits.add(new Edit(node.getOffset(), node.getLength(), newName));
		}
		edits.addAll(referenceEdits(named, newName));
		return Optional.of(new Fix("Rename '" + oldName + "' to '" + newName + "'", sorted(edits)));
	}

	/** Every reference to {@code target} in its own file, pointed at {@code newName}. */
	private static List<Edit> referenceEdits(EObject target, String newName) {
		List<Edit> edits = new ArrayList<>();
		target.eResource().getAllContents().forEachRemaining(object -> {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				List<?> values = reference.isMany() ? (List<?>) object.eGet(reference, false)
						: Collections.singletonList(object.eGet(reference, false));
				List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
				for (int i = 0; i < values.size() && i < nodes.size(); i++) {
					if (values.get(i) == target) {
						INode node = nodes.get(i);
						// qualified references keep their qualifier; only the simple name changes
						int lastDot = node.getText().trim().lastIndexOf('.');
						int start = node.getOffset() + lastDot + 1;
						edits.add(new Edit(start, node.getOffset() + node.getLength() - start, newName));
					}
				}
			}
		});
		return edits;
	}

	/**
	 * Adds a target line the modeller then adjusts. The baseline is the placeholder value: it is
	 * on neither wrong side of the baseline and inside every range the baseline is.
	 */
	private static Fix addTarget(Kpi kpi, String text) {
		String value = kpi.getBaseline() == null ? "0" : kpi.getBaseline().toPlainString();
		return new Fix("Add a target to KPI " + kpi.getName(), List.of(appendToBody(kpi, "target " + value, text)));
	}

	/**
	 * A goal measured by a KPI it can name, one fix per KPI: those of its file first (those no
	 * goal names yet before the others), then those of imported files. Without any, a new KPI the
	 * modeller completes (its own warnings say with what).
	 */
	private List<Fix> measureGoal(Goal goal, String text) {
		Set<EObject> namedByGoals = new HashSet<>();
		EcoreUtil2.getAllContentsOfType(EcoreUtil2.getRootContainer(goal), Goal.class)
				.forEach(other -> namedByGoals.addAll(other.getKpis()));
		List<Fix> fixes = new ArrayList<>();
		for (String kpi : namesInReach(goal, P.getGoal_Kpis(), namedByGoals)) {
			fixes.add(new Fix("Measure goal " + goal.getName() + " with KPI " + kpi, List.of(appendToBody(goal, "kpis " + kpi, text))));
		}
		if (fixes.isEmpty()) {
			String name = freshName(goal, goal.getName() + "Kpi");
			fixes.add(new Fix("Measure goal " + goal.getName() + " with a new KPI " + name + " (a stub: give it a target and a measure)",
					sorted(List.of(declareBefore(goal, "kpi " + name + " \"...\"", text),
							appendToBody(goal, "kpis " + name, text)))));
		}
		return fixes;
	}

	/**
	 * A KPI measured by, or a pain backed by, a source it can name ({@code keyword} names it in
	 * the body, {@code reference} is that list): one fix per source, those of its file first.
	 * Without any, a new source to describe.
	 */
	private List<Fix> citeSource(EObject owner, EReference reference, String keyword, String labelFormat, String stubName,
			String text) {
		List<Fix> fixes = new ArrayList<>();
		for (String source : namesInReach(owner, reference, Set.of())) {
			fixes.add(new Fix(String.format(labelFormat, "source " + source), List.of(appendToBody(owner, keyword + " " + source, text))));
		}
		if (fixes.isEmpty()) {
			String name = freshName(owner, stubName);
			fixes.add(new Fix(String.format(labelFormat, "a new source " + name + " (a stub: describe it)"),
					sorted(List.of(declareBefore(topLevelOf(owner), "source " + name + " \"...\"", text),
							appendToBody(owner, keyword + " " + name, text)))));
		}
		return fixes;
	}

	/**
	 * What {@code reference} of {@code context} can name, each by its shortest name in scope, at
	 * most {@link #MAX_CHOICES}: the elements of the file first, those in {@code later} after the
	 * others of the file, then those of other files in the scope's order.
	 */
	private List<String> namesInReach(EObject context, EReference reference, Set<EObject> later) {
		Map<URI, String> shortest = new LinkedHashMap<>();
		for (IEObjectDescription description : scopeProvider.getScope(context, reference).getAllElements()) {
			shortest.merge(description.getEObjectURI(), description.getName().toString(),
					(one, other) -> other.length() < one.length() ? other : one);
		}
		Resource resource = context.eResource();
		Set<URI> laterUris = new HashSet<>();
		later.forEach(object -> laterUris.add(EcoreUtil.getURI(object)));
		List<URI> ordered = new ArrayList<>(shortest.keySet());
		ordered.sort(Comparator.comparingInt(uri -> !uri.trimFragment().equals(resource.getURI()) ? 2 : laterUris.contains(uri) ? 1 : 0));
		return ordered.stream().limit(MAX_CHOICES).map(shortest::get).toList();
	}

	/**
	 * A touchpoint serving a segment its journey is not for: the journey is for that segment
	 * too, or the touchpoint stops serving it (the whole 'serves' when it was the only one).
	 */
	private static List<Fix> reconcileServedSegment(Touchpoint touchpoint, int offset, String text) {
		List<INode> served = NodeModelUtils.findNodesForFeature(touchpoint, P.getTouchpoint_Segments());
		int index = -1;
		for (int i = 0; i < served.size(); i++) {
			if (served.get(i).getTotalOffset() <= offset && offset < served.get(i).getEndOffset()) {
				index = i;
			}
		}
		Journey journey = EcoreUtil2.getContainerOfType(touchpoint, Journey.class);
		if (index < 0 || journey == null) {
			return List.of();
		}
		INode node = served.get(index);
		String written = text.substring(node.getOffset(), node.getEndOffset());
		List<Fix> fixes = new ArrayList<>();
		List<INode> journeySegments = NodeModelUtils.findNodesForFeature(journey, P.getJourney_Segments());
		if (!journeySegments.isEmpty()) {
			int end = journeySegments.get(journeySegments.size() - 1).getEndOffset();
			fixes.add(new Fix("Add segment " + written + " to the 'for' list of journey " + journey.getName(),
					List.of(new Edit(end, 0, ", " + written))));
		}
		int start;
		int end;
		if (served.size() == 1) {
			// from the end of the token before 'serves', so no blank is left behind
			List<ILeafNode> before = new ArrayList<>();
			for (ILeafNode leaf : NodeModelUtils.getNode(touchpoint).getLeafNodes()) {
				if (leaf.getOffset() >= node.getOffset()) {
					break;
				}
				if (!leaf.isHidden()) {
					before.add(leaf);
				}
			}
			start = before.get(before.size() - 2).getEndOffset();
			end = node.getEndOffset();
		} else if (index > 0) {
			start = served.get(index - 1).getEndOffset();
			end = node.getEndOffset();
		} else {
			start = node.getOffset();
			end = served.get(1).getOffset();
		}
		fixes.add(new Fix("Remove segment " + written + " from what touchpoint " + touchpoint.getName() + " serves",
				List.of(new Edit(start, end - start, ""))));
		return fixes;
	}

	/**
	 * Of two elements with one name, this one gets a name nothing in the file has. References
	 * stay as written: they meant one of the two, and only the modeller knows which.
	 */
	private static Optional<Fix> renameDuplicate(EObject element) {
		if (!(element.eClass().getEStructuralFeature("name") instanceof EAttribute nameFeature)
				|| !(element.eGet(nameFeature) instanceof String name)) {
			return Optional.empty();
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, nameFeature);
		if (nodes.isEmpty()) {
			return Optional.empty();
		}
		INode node = nodes.get(0);
		String newName = freshName(element, name);
		return Optional.of(new Fix("Rename this " + ConceptNames.of(element.eClass()) + " to '" + newName + "'",
				List.of(new Edit(node.getOffset(), node.getLength(), newName))));
	}

	/** A percentage below 0 or above 100 becomes the nearest end of that range. */
	private static Optional<Fix> clampPercent(EObject element, int offset) {
		for (EAttribute feature : List.of(P.getKpi_Baseline(), P.getKpi_Target(), P.getMilestone_Value(), P.getSegment_Share())) {
			if (!feature.getEContainingClass().isSuperTypeOf(element.eClass())
					|| !(element.eGet(feature) instanceof BigDecimal value)) {
				continue;
			}
			for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
				if (node.getOffset() == offset) {
					String clamped = value.signum() < 0 ? "0" : "100";
					return Optional.of(new Fix("Change to " + clamped, List.of(new Edit(node.getOffset(), node.getLength(), clamped))));
				}
			}
		}
		return Optional.empty();
	}

	/** {@code base}, or with the lowest number from 2 that makes it a name nothing in the file has. */
	private static String freshName(EObject context, String base) {
		Set<String> taken = new HashSet<>();
		context.eResource().getAllContents().forEachRemaining(object -> {
			if (object.eClass().getEStructuralFeature("name") instanceof EAttribute name && object.eGet(name) instanceof String value) {
				taken.add(value);
			}
		});
		String name = base;
		for (int i = 2; taken.contains(name); i++) {
			name = base + i;
		}
		return name;
	}

	/** The element of the file (segment, KPI, journey...) that contains {@code object}. */
	private static EObject topLevelOf(EObject object) {
		EObject topLevel = object;
		while (topLevel.eContainer() != null && !(topLevel.eContainer() instanceof Model)) {
			topLevel = topLevel.eContainer();
		}
		return topLevel;
	}

	/**
	 * A new element of the file on a line of its own before {@code topLevel}: right after the
	 * element before it, so the comments above {@code topLevel} stay with it.
	 */
	private static Edit declareBefore(EObject topLevel, String declaration, String text) {
		if (topLevel.eContainer() instanceof Model model) {
			int index = model.getElements().indexOf(topLevel);
			if (index > 0) {
				return new Edit(NodeModelUtils.getNode(model.getElements().get(index - 1)).getEndOffset(), 0, "\n" + declaration);
			}
		}
		return new Edit(lineStart(text, NodeModelUtils.getNode(topLevel).getOffset()), 0, declaration + "\n");
	}

	/**
	 * Adds {@code line} as the last line of the element's body; an element without a body
	 * ({@code kpi X "title"}) gets one.
	 */
	private static Edit appendToBody(EObject element, String line, String text) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		int end = node.getEndOffset();
		if (text.charAt(end - 1) != '}') {
			String indent = indentationOfLine(text, node.getOffset());
			return new Edit(end, 0, " {\n" + indent + indentUnit(text) + line + "\n" + indent + "}");
		}
		return insertBeforeClosingBrace(element, line, text);
	}

	/** Phase stubs for the model phases the journey lacks, each where the model's order puts it. */
	private static Optional<Fix> addMissingPhases(Journey journey, String text) {
		Optional<PhaseModel> model = JourneyQueries.phaseModel(journey);
		if (model.isEmpty()) {
			return Optional.empty();
		}
		List<Phase> phases = journey.getPhases();
		List<ModelPhase> missing = model.get().phases().stream()
				.filter(modelPhase -> phases.stream().noneMatch(p -> model.get().phaseNamed(p.getName()).filter(modelPhase::equals).isPresent()))
				.toList();
		if (missing.isEmpty()) {
			return Optional.empty();
		}
		INode modelNode = NodeModelUtils.findNodesForFeature(journey, P.getJourney_PhaseModel()).get(0);
		String indent = indentationOfLine(text, modelNode.getOffset());
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
			String stub = phaseStub(modelPhase, JourneyQueries.language(journey), indent, indentUnit(text));
			if (before != null) {
				INode node = NodeModelUtils.getNode(before);
				inserts.computeIfAbsent(node.getOffset() + node.getLength(), k -> new StringBuilder())
						.append("\n").append(indent).append(stub);
			} else if (!phases.isEmpty()) {
				inserts.computeIfAbsent(NodeModelUtils.getNode(phases.get(0)).getOffset(), k -> new StringBuilder())
						.append(stub).append("\n").append(indent);
			} else {
				ICompositeNode journeyNode = NodeModelUtils.getNode(journey);
				int closing = journeyNode.getOffset() + journeyNode.getLength() - 1;
				inserts.computeIfAbsent(lineStart(text, closing), k -> new StringBuilder())
						.append(indent).append(stub).append("\n");
			}
		}
		List<Edit> edits = new ArrayList<>();
		inserts.forEach((offset, insert) -> edits.add(new Edit(offset, 0, insert.toString())));
		String names = String.join(", ", missing.stream().map(ModelPhase::id).toList());
		return Optional.of(new Fix("Add the missing " + model.get().id() + " phases: " + names + " (stubs: fill in the customer goals)", edits));
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
	 * Puts the phases in the order {@code namesInOrder} gives. Each phase moves with the text
	 * before it back to the previous phase (its blank lines and comments), so nothing the
	 * modeller wrote is lost or separated from its phase.
	 */
	private static Optional<Fix> reorderPhases(Journey journey, List<String> namesInOrder, String text) {
		List<Phase> phases = journey.getPhases();
		Map<String, Phase> byName = new HashMap<>();
		phases.forEach(phase -> byName.put(phase.getName(), phase));
		// duplicate names, or a model edited since the issue was reported: no safe order to apply
		if (byName.size() != phases.size() || namesInOrder.size() != phases.size()
				|| !byName.keySet().equals(new HashSet<>(namesInOrder))) {
			return Optional.empty();
		}
		List<String> chunks = new ArrayList<>();
		int start = endOfLastTokenBefore(journey, NodeModelUtils.getNode(phases.get(0)).getOffset());
		int chunkStart = start;
		Map<Phase, String> chunkOf = new HashMap<>();
		for (Phase phase : phases) {
			int end = NodeModelUtils.getNode(phase).getEndOffset();
			chunkOf.put(phase, text.substring(chunkStart, end));
			chunkStart = end;
		}
		for (String name : namesInOrder) {
			chunks.add(chunkOf.get(byName.get(name)));
		}
		String modelName = JourneyQueries.phaseModel(journey).map(PhaseModel::id).orElse("phase");
		return Optional.of(new Fix("Reorder the phases to the " + modelName + " model's order",
				List.of(new Edit(start, chunkStart - start, String.join("", chunks)))));
	}

	/** Where the last token (not a comment, not white space) before {@code offset} in the journey ends. */
	private static int endOfLastTokenBefore(Journey journey, int offset) {
		int end = NodeModelUtils.getNode(journey).getOffset();
		for (ILeafNode leaf : NodeModelUtils.getNode(journey).getLeafNodes()) {
			if (leaf.getEndOffset() > offset) {
				break;
			}
			if (!leaf.isHidden()) {
				end = leaf.getEndOffset();
			}
		}
		return end;
	}

	/** A touchpoint stub at the end of the phase body, named so it clashes with no other touchpoint. */
	private static Fix addTouchpointStub(Phase phase, String text) {
		Set<String> taken = new HashSet<>();
		EcoreUtil2.getAllContentsOfType(EcoreUtil2.getRootContainer(phase), Touchpoint.class)
				.forEach(touchpoint -> taken.add(touchpoint.getName()));
		String name = "NewTouchpoint";
		for (int i = 2; taken.contains(name); i++) {
			name = "NewTouchpoint" + i;
		}
		String stub = "touchpoint " + name + " \"...\" { channel web }";
		return new Fix("Add a touchpoint to phase " + phase.getName(), List.of(insertBeforeClosingBrace(phase, stub, text)));
	}

	/** A customer goal as the first line of the phase body, where the formatter puts it too. */
	private static Fix addCustomerGoal(Phase phase, String text) {
		String goal = "customer-goal \"...\"";
		String label = "Add a customer goal to phase " + phase.getName();
		INode brace = openingBrace(phase);
		int afterBrace = brace.getEndOffset();
		int lineEnd = text.indexOf('\n', afterBrace);
		String restOfLine = text.substring(afterBrace, lineEnd < 0 ? text.length() : lineEnd).strip();
		if (lineEnd >= 0 && (restOfLine.isEmpty() || restOfLine.startsWith("//"))) {
			String indent = indentationOfLine(text, NodeModelUtils.getNode(phase).getOffset()) + indentUnit(text);
			return new Fix(label, List.of(new Edit(lineEnd, 0, "\n" + indent + goal)));
		}
		// a one-line body: phase X { volume 3 }
		return new Fix(label, List.of(new Edit(afterBrace, 0, " " + goal)));
	}

	private static INode openingBrace(EObject element) {
		for (ILeafNode leaf : NodeModelUtils.getNode(element).getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				return leaf;
			}
		}
		throw new IllegalStateException("no body: " + element);
	}

	/** Inserts {@code line} as the body's last line, or before the brace of a one-line body. */
	private static Edit insertBeforeClosingBrace(EObject element, String line, String text) {
		int closing = NodeModelUtils.getNode(element).getEndOffset() - 1;
		int lineStart = lineStart(text, closing);
		if (text.substring(lineStart, closing).isBlank()) {
			String indent = text.substring(lineStart, closing);
			return new Edit(lineStart, 0, indent + indentUnit(text) + line + "\n");
		}
		return new Edit(closing, 0, (text.charAt(closing - 1) == ' ' ? "" : " ") + line + " ");
	}

	/** Removes the element with its whole lines when it stands on lines of its own. */
	private static Fix remove(EObject element, String what, String text) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		int start = node.getOffset();
		int end = start + node.getLength();
		int lineStart = lineStart(text, start);
		if (text.substring(lineStart, start).isBlank()) {
			start = lineStart;
		}
		int lineEnd = text.indexOf('\n', end);
		if (lineEnd >= 0 && text.substring(end, lineEnd).isBlank()) {
			end = lineEnd + 1;
		}
		return new Fix("Remove the unused " + what, List.of(new Edit(start, end - start, "")));
	}

	private static List<Edit> sorted(List<Edit> edits) {
		return edits.stream().sorted(Comparator.comparingInt(Edit::offset)).toList();
	}

	private static int lineStart(String text, int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	private static String indentationOfLine(String text, int offset) {
		int start = lineStart(text, offset);
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	/** The file's own indentation step: a tab unless its lines are indented with spaces. */
	private static String indentUnit(String text) {
		Matcher spaces = Pattern.compile("\n( +)\\S").matcher(text);
		int smallest = Integer.MAX_VALUE;
		while (spaces.find()) {
			smallest = Math.min(smallest, spaces.group(1).length());
		}
		return smallest == Integer.MAX_VALUE ? "\t" : " ".repeat(smallest);
	}
}
