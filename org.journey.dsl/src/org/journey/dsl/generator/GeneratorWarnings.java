package org.journey.dsl.generator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * What a target could not do as the model asks, said while generating: a placeholder it had to
 * write, a part of the model it had to leave out. Validation cannot say these things, because they
 * depend on the selected targets and the command line's options. A caller that wants the warnings
 * (the command line prints them as {@code file:line:column: warning: ...}) attaches a collector to
 * the resource set before generating; without one, targets still generate and the warnings are
 * dropped.
 */
public final class GeneratorWarnings extends AdapterImpl {

	/**
	 * One warning, located at a model element: {@code uri} is the element's file, {@code line} and
	 * {@code column} 1-based (0 when the element has no text, e.g. built in a test); {@code code} is
	 * one of the generator's codes in {@code IssueCodes}.
	 */
	public record Warning(String code, String uri, int line, int column, String message) {
	}

	private final List<Warning> warnings = new ArrayList<>();

	/** Attaches a new collector to {@code resourceSet}, replacing an earlier one, and returns it. */
	public static GeneratorWarnings attach(ResourceSet resourceSet) {
		resourceSet.eAdapters().removeIf(GeneratorWarnings.class::isInstance);
		GeneratorWarnings collector = new GeneratorWarnings();
		resourceSet.eAdapters().add(collector);
		return collector;
	}

	/** Reports a warning at {@code element}, to the collector of its resource set if there is one. */
	public static void warn(String code, EObject element, String message) {
		Resource resource = element.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		if (resourceSet == null) {
			return;
		}
		GeneratorWarnings collector = (GeneratorWarnings) EcoreUtil.getAdapter(resourceSet.eAdapters(),
				GeneratorWarnings.class);
		if (collector == null) {
			return;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		int line = node == null ? 0 : node.getStartLine();
		int column = node == null ? 0 : NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn();
		Warning warning = new Warning(code, String.valueOf(resource.getURI()), line, column, message);
		synchronized (collector.warnings) {
			if (!collector.warnings.contains(warning)) {
				collector.warnings.add(warning);
			}
		}
	}

	/** The warnings so far, each once, in the order they were reported. */
	public List<Warning> warnings() {
		synchronized (warnings) {
			return List.copyOf(warnings);
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == GeneratorWarnings.class;
	}
}
