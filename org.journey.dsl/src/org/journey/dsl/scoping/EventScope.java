package org.journey.dsl.scoping;

import java.util.List;

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

	private final VisibleEvents events;

	EventScope(VisibleEvents events) {
		super(IScope.NULLSCOPE, events::firstOfEachName, false);
		this.events = events;
	}

	@Override
	protected Iterable<IEObjectDescription> getLocalElementsByName(QualifiedName name) {
		List<IEObjectDescription> declarations = name.getSegmentCount() == 1 ? events.declarations(name.getFirstSegment()) : List.of();
		return declarations.isEmpty() ? List.of() : List.of(declarations.get(0));
	}
}
