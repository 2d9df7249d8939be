package org.journey.diagram.internal;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * Registers the "Journey Map" viewpoint of {@code description/journey.odesign} with Sirius while
 * the bundle runs. Compiled by the Eclipse (Tycho) build only: Sirius is not on Maven Central.
 */
public class JourneyDiagramPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.journey.diagram";

	static final String VIEWPOINT_DESCRIPTION = PLUGIN_ID + "/description/journey.odesign";

	private static JourneyDiagramPlugin instance;

	private final Set<Viewpoint> viewpoints = new HashSet<>();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		viewpoints.addAll(ViewpointRegistry.getInstance().registerFromPlugin(VIEWPOINT_DESCRIPTION));
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		for (Viewpoint viewpoint : viewpoints) {
			ViewpointRegistry.getInstance().disposeFromPlugin(viewpoint);
		}
		viewpoints.clear();
		super.stop(context);
	}

	public static JourneyDiagramPlugin getDefault() {
		return instance;
	}
}
