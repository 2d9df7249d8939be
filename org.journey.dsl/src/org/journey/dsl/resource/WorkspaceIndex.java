package org.journey.dsl.resource;

import java.util.ArrayList;
import java.util.Collection;

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
		ResourceDescriptionsData data = new ResourceDescriptionsData(new ArrayList<>());
		for (Resource resource : resources) {
			data.addDescription(resource.getURI(), descriptions.getResourceDescription(resource));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, data);
	}
}
