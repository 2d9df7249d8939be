package org.journey.dsl.model;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;

/** Helpers for entries of the Xtext index. */
public final class IndexEntries {

	private IndexEntries() {
	}

	/**
	 * Whether an index entry describes an object of {@code resource}. The index may know a file
	 * under an absolute URI while the loaded resource uses a relative one, so URIs alone do not
	 * decide it.
	 */
	public static boolean isIn(IEObjectDescription description, Resource resource) {
		if (description.getEObjectURI().trimFragment().equals(resource.getURI())) {
			return true;
		}
		EObject object = description.getEObjectOrProxy();
		return !object.eIsProxy() && object.eResource() == resource;
	}
}
