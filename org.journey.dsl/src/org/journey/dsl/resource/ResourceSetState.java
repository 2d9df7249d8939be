package org.journey.dsl.resource;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * What is kept per resource set (tables and facts shared by its files), and how to tell whether
 * what was kept is of the files' current state.
 */
public final class ResourceSetState {

	private ResourceSetState() {
	}

	/**
	 * The resource set's adapter of {@code type}, added by {@code create} if it has none. Files are
	 * linked, validated and generated on several threads, and EMF's adapter list is not made for
	 * that: the list is read and changed under the resource set's lock.
	 */
	public static <T extends Adapter> T adapter(ResourceSet resourceSet, Class<T> type, Supplier<T> create) {
		synchronized (resourceSet) {
			for (Adapter adapter : resourceSet.eAdapters()) {
				if (type.isInstance(adapter)) {
					return type.cast(adapter);
				}
			}
			T adapter = create.get();
			resourceSet.eAdapters().add(adapter);
			return adapter;
		}
	}

	/** Whether the lists hold the same objects in the same order (by identity: a new object is a new state). */
	public static boolean sameObjects(List<?> a, List<?> b) {
		if (a == null || b == null || a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i) != b.get(i)) {
				return false;
			}
		}
		return true;
	}
}
