package org.journey.dsl.scoping;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.journey.dsl.model.IndexEntries;

/**
 * The events visible from one file, by simple name: the file's own declarations first, then those
 * of the other files from the workspace-wide table. Merged per name on demand, so a file costs its
 * own events and its lookups, not every event of the workspace.
 */
public final class VisibleEvents {

	private final Resource resource;
	private final Map<String, List<IEObjectDescription>> own;
	private final Map<String, List<IEObjectDescription>> workspace;
	private final Map<String, List<IEObjectDescription>> merged = new LinkedHashMap<>();

	VisibleEvents(Resource resource, Map<String, List<IEObjectDescription>> own,
			Map<String, List<IEObjectDescription>> workspace) {
		this.resource = resource;
		this.own = own;
		this.workspace = workspace;
	}

	/** Every declaration of the event with this simple name, this file's first; empty if none. */
	public synchronized List<IEObjectDescription> declarations(String name) {
		return merged.computeIfAbsent(name, this::merge);
	}

	private List<IEObjectDescription> merge(String name) {
		List<IEObjectDescription> declarations = new ArrayList<>(own.getOrDefault(name, List.of()));
		for (IEObjectDescription other : workspace.getOrDefault(name, List.of())) {
			if (!IndexEntries.isIn(other, resource)) {
				declarations.add(other);
			}
		}
		return declarations;
	}

	/** The first declaration of each name (what completion offers): this file's names, then the others'. */
	Iterator<IEObjectDescription> firstOfEachName() {
		List<IEObjectDescription> first = new ArrayList<>();
		for (String name : own.keySet()) {
			first.add(declarations(name).get(0));
		}
		for (String name : workspace.keySet()) {
			if (!own.containsKey(name)) {
				List<IEObjectDescription> declarations = declarations(name);
				if (!declarations.isEmpty()) {
					first.add(declarations.get(0));
				}
			}
		}
		return first.iterator();
	}
}
