package org.journey.dsl.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Inject;

/**
 * An index of a batch of loaded files (the command line's workspace), installed on their resource
 * set before linking, as Xtext's builders do. Without it every cross-reference into another file
 * asks each loaded file in turn for the name, so linking a workspace grew with files x references;
 * the index finds a name in one map.
 */
public class WorkspaceIndex {

	@Inject
	private IResourceDescription.Manager descriptions;

	/** Indexes the resources; call once, after loading them all and before resolving references. */
	public void install(ResourceSet resourceSet, Collection<? extends Resource> resources) {
		List<Resource> files = List.copyOf(resources);
		install(resourceSet, files, files.stream().map(this::describe).toList());
	}

	/**
	 * What a file exports, worked out now (Xtext describes a file lazily): one file's description
	 * reads only that file, so the files of a workspace can be described on several threads.
	 */
	public IResourceDescription describe(Resource resource) {
		IResourceDescription description = descriptions.getResourceDescription(resource);
		description.getExportedObjects().forEach(exported -> exported.getName());
		return description;
	}

	/** Indexes the files with their descriptions ({@link #describe}), in their order. */
	public void install(ResourceSet resourceSet, List<? extends Resource> resources, List<IResourceDescription> described) {
		ResourceDescriptionsData data = new ResourceDescriptionsData(new ArrayList<>());
		for (int i = 0; i < resources.size(); i++) {
			data.addDescription(resources.get(i).getURI(), described.get(i));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, data);
	}
}
