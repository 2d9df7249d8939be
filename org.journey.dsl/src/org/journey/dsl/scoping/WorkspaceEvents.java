package org.journey.dsl.scoping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.resource.ResourceSetState;

import com.google.inject.Inject;

/**
 * Every event the index knows, by simple name, shared by all files of a resource set that see the
 * same index state. Each file used to list every event of the workspace for itself, so linking
 * grew with files x events.
 * <p>
 * The state is the list of resource descriptions visible from the file, compared by identity:
 * Xtext's indexes (the command line's, the builder's, the language server's chunks and its live
 * view of open documents) hand out one description object per state of a file and a new one when
 * the file changes, is added or removed. So a table built for one state is never used for another:
 * when a file renames an event, the next file that asks sees other descriptions and gets a new
 * table. Comparing the list costs one pass over the files, not over their events.
 */
public class WorkspaceEvents {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	@Inject
	private ResourceDescriptionsProvider indexes;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	@Inject
	private IContainer.Manager containerManager;

	/** The events of the files visible from {@code resource} (its own file included), by simple name. */
	public Map<String, List<IEObjectDescription>> visibleFrom(Resource resource) {
		IResourceDescriptions index = indexes.getResourceDescriptions(resource);
		IResourceDescription own = descriptionManager.getResourceDescription(resource);
		List<IResourceDescription> visible = new ArrayList<>();
		for (IContainer container : containerManager.getVisibleContainers(own, index)) {
			for (IResourceDescription description : container.getResourceDescriptions()) {
				visible.add(description);
			}
		}
		SharedTable shared = SharedTable.of(resource.getResourceSet());
		if (shared == null) {
			return table(visible);
		}
		synchronized (shared) {
			if (!ResourceSetState.sameObjects(shared.state, visible)) {
				shared.table = table(visible);
				shared.state = visible;
			}
			return shared.table;
		}
	}

	private static Map<String, List<IEObjectDescription>> table(List<IResourceDescription> visible) {
		Map<String, List<IEObjectDescription>> byName = new LinkedHashMap<>();
		for (IResourceDescription description : visible) {
			for (IEObjectDescription event : description.getExportedObjectsByType(P.getEvent())) {
				String simpleName = event.getName().getLastSegment();
				byName.computeIfAbsent(simpleName, n -> new ArrayList<>(1))
						.add(EObjectDescription.create(QualifiedName.create(simpleName), event.getEObjectOrProxy()));
			}
		}
		byName.replaceAll((name, declarations) -> Collections.unmodifiableList(declarations));
		return Collections.unmodifiableMap(byName);
	}

	/** The table of the last index state a file of the resource set asked for. */
	private static final class SharedTable extends AdapterImpl {
		List<IResourceDescription> state;
		Map<String, List<IEObjectDescription>> table;

		static SharedTable of(ResourceSet resourceSet) {
			return resourceSet == null ? null : ResourceSetState.adapter(resourceSet, SharedTable.class, SharedTable::new);
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == SharedTable.class;
		}
	}
}
