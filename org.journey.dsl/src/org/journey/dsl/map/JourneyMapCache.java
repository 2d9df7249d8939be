package org.journey.dsl.map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.journey.dsl.journey.Journey;

/**
 * The map of a journey, built once per state of its file. Editors ask for it many times per
 * change (a diagram evaluates several expressions per element, a touchpoint's colour alone three);
 * the map is kept in the file's {@link IResourceScopeCache}, which Xtext clears on every change of
 * the file's contents, as it does for scoping. Found through the resource, so classes that other
 * frameworks make reflectively, without an injector, use it too.
 */
public final class JourneyMapCache {

	private JourneyMapCache() {
	}

	/**
	 * The journey's map: cached while its file is unchanged; built anew for a journey outside an
	 * Xtext resource (one a tool is making).
	 */
	public static JourneyMap of(Journey journey) {
		if (journey.eResource() instanceof XtextResource resource && resource.getResourceServiceProvider() != null) {
			IResourceScopeCache cache = resource.getResourceServiceProvider().get(IResourceScopeCache.class);
			if (cache != null) {
				return cache.get(Tuples.pair(JourneyMap.class, journey), resource, () -> JourneyMapBuilder.build(journey));
			}
		}
		return JourneyMapBuilder.build(journey);
	}
}
