package org.journey.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.model.ConceptNames;
import org.journey.dsl.model.ElementNames;
import org.journey.dsl.validation.Ga4NamingValidator;
import org.journey.dsl.validation.IssueCodes;

/** Renames: to a name GA4 and the data layer accept, or to one the file does not have yet. */
public class NamingFixes {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	/** Data: the name and the validator's suggestion. */
	@QuickFix(IssueCodes.GA4_NAME_INVALID_CHARACTERS)
	public void renameToGa4Name(IssueToFix issue, FixAcceptor fixes) {
		ga4Rename(issue, fixes, name -> issue.data(1).orElseGet(() -> Ga4NamingValidator.toGa4Name(name)));
	}

	/** Data: the name and the reserved prefix; the suggestion is the name without it. */
	@QuickFix(IssueCodes.GA4_RESERVED_PREFIX)
	public void renameWithoutReservedPrefix(IssueToFix issue, FixAcceptor fixes) {
		ga4Rename(issue, fixes, name -> Ga4NamingValidator.toGa4Name(issue.data(1)
				.filter(prefix -> name.length() > prefix.length()).map(prefix -> name.substring(prefix.length())).orElse(name)));
	}

	/** The validator's message suggests the name with a _custom suffix. */
	@QuickFix(IssueCodes.GA4_RESERVED_EVENT_NAME)
	public void renameReservedEvent(IssueToFix issue, FixAcceptor fixes) {
		ga4Rename(issue, fixes, name -> name + "_custom");
	}

	/** Data: the name and the validator's suggestion. */
	@QuickFix(IssueCodes.GA4_RESERVED_PARAMETER_NAME)
	public void renameReservedParameter(IssueToFix issue, FixAcceptor fixes) {
		ga4Rename(issue, fixes, name -> issue.data(1).orElseGet(() -> name + "_custom"));
	}

	/** Data: the name and the validator's suggestion, a name the event does not have yet. */
	@QuickFix(IssueCodes.DATALAYER_RESERVED_PROPERTY)
	public void renameReservedDataLayerProperty(IssueToFix issue, FixAcceptor fixes) {
		ga4Rename(issue, fixes, name -> issue.data(1).orElseGet(() -> name + "_data"));
	}

	/**
	 * Renames an event or property to a GA4-valid name (or to one the data layer leaves free), the
	 * references of its file (formulas) included.
	 */
	private static void ga4Rename(IssueToFix issue, FixAcceptor fixes, UnaryOperator<String> ga4Name) {
		EObject element = issue.element();
		EObject named = element instanceof EventProperty ? element : EcoreUtil2.getContainerOfType(element, Event.class);
		if (named == null) {
			return;
		}
		EAttribute nameFeature = named instanceof Event ? P.getEvent_Name() : P.getEventProperty_Name();
		String oldName = (String) named.eGet(nameFeature);
		String newName = ga4Name.apply(oldName);
		List<Edit> edits = new ArrayList<>();
		for (INode node : NodeModelUtils.findNodesForFeature(named, nameFeature)) {
			edits.add(new Edit(node.getOffset(), node.getLength(), newName));
		}
		edits.addAll(referenceEdits(named, newName));
		fixes.accept("Rename '" + oldName + "' to '" + newName + "'", edits);
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
	 * Of two elements with one name, this one gets a name nothing in the file has. References
	 * stay as written: they meant one of the two, and only the modeller knows which.
	 */
	@QuickFix(IssueCodes.DUPLICATE_NAME)
	public void renameDuplicate(IssueToFix issue, FixAcceptor fixes) {
		EObject element = issue.element();
		Optional<EAttribute> nameFeature = Optional.ofNullable(element).flatMap(ElementNames::nameAttribute);
		if (nameFeature.isEmpty() || !(element.eGet(nameFeature.get()) instanceof String name)) {
			return;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, nameFeature.get());
		if (nodes.isEmpty()) {
			return;
		}
		INode node = nodes.get(0);
		String newName = renamed(element, name);
		fixes.accept("Rename this " + ConceptNames.of(element.eClass()) + " to '" + newName + "'",
				new Edit(node.getOffset(), node.getLength(), newName));
	}

	/**
	 * The name with the lowest number from 2 that no element of the file has. Not
	 * {@link ElementNames#freshName} of the name itself: that is for a new element, which may take
	 * the name when the clash is with another file; a renamed element must leave it.
	 */
	private static String renamed(EObject element, String name) {
		return IntStream.iterate(2, n -> n + 1).mapToObj(n -> name + n)
				.filter(candidate -> ElementNames.freshName(element, candidate).equals(candidate)).findFirst().orElseThrow();
	}
}
