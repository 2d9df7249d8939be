package org.journey.dsl.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.journey.dsl.resource.ResourceSetState;

/**
 * Facts about all files loaded together (a resource set) that every journey asks for: computed
 * once per state of the files, not once per journey. Computed per journey, they made a run grow
 * with journeys x files (the initiatives realizing a journey's opportunities, the events of an
 * Iglu vendor).
 * <p>
 * The state is the list of files with the parse result of each, compared by identity: Xtext makes
 * a new parse result whenever a file is read or edited (command line, builder, language server,
 * editor), and adding or removing a file changes the list. Files that were not parsed (models made
 * in memory) are computed every time. Safe to ask from several threads: a
 * value is computed by one while the others wait for it.
 */
public final class WorkspaceMemo {

	private WorkspaceMemo() {
	}

	/**
	 * The value for {@code key} in the current state of the files loaded with {@code context};
	 * {@code compute} runs when there is none for this state. Outside a resource set it always runs.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T get(EObject context, Object key, Supplier<T> compute) {
		Resource resource = context.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		if (resourceSet == null) {
			return compute.get();
		}
		List<Object> state = stateOf(resourceSet);
		if (state == null) {
			return compute.get();
		}
		Memo memo = Memo.of(resourceSet);
		synchronized (memo) {
			Computed computed = memo.values.get(key);
			if (computed == null || !ResourceSetState.sameObjects(computed.state, state)) {
				computed = new Computed(state, compute.get());
				memo.values.put(key, computed);
			}
			return (T) computed.value;
		}
	}

	/**
	 * Each file and what it was parsed into, in the resource set's order; null when a file was not
	 * parsed (a model a tool builds in memory changes without a new parse result: never kept).
	 */
	private static List<Object> stateOf(ResourceSet resourceSet) {
		List<Resource> resources = resourceSet.getResources();
		List<Object> state = new ArrayList<>(resources.size() * 2);
		for (Resource resource : resources) {
			if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
				return null;
			}
			state.add(resource);
			state.add(xtext.getParseResult());
		}
		return state;
	}

	private record Computed(List<Object> state, Object value) {
	}

	/** Lives as long as its resource set: an adapter, where a static map would keep the files alive. */
	private static final class Memo extends AdapterImpl {
		final Map<Object, Computed> values = new HashMap<>();

		static Memo of(ResourceSet resourceSet) {
			return ResourceSetState.adapter(resourceSet, Memo.class, Memo::new);
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Memo.class;
		}
	}
}
