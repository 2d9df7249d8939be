package org.journey.dsl.scoping;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SimpleScope;

/**
 * The events visible from a file, one per simple name (the file's own declaration first). Finds a
 * name in the table instead of scanning every event of the workspace for each reference, which
 * made linking a workspace's formulas quadratic.
 */
final class EventScope extends SimpleScope {

	private final Map<String, List<IEObjectDescription>> byName;

	EventScope(Map<String, List<IEObjectDescription>> byName) {
		super(IScope.NULLSCOPE, () -> byName.values().stream().map(declarations -> declarations.get(0)).iterator(), false);
		this.byName = byName;
	}

	@Override
	protected Iterable<IEObjectDescription> getLocalElementsByName(QualifiedName name) {
		List<IEObjectDescription> declarations = name.getSegmentCount() == 1 ? byName.get(name.getFirstSegment()) : null;
		return declarations == null ? List.of() : List.of(declarations.get(0));
	}
}
