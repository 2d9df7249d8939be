package org.journey.dsl.ui.builder;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.eclipse.xtext.ui.editor.preferences.IPreferenceStoreAccess;
import org.journey.dsl.generator.GeneratorTargets;
import org.journey.dsl.generator.JourneyGenerator;
import org.journey.dsl.generator.JourneyGeneratorContext;
import org.journey.dsl.generator.settings.GeneratorSettings;

import com.google.inject.Inject;

/**
 * The generator the Xtext builder runs on save: the targets the project's (or workspace's)
 * preferences select. The output folder is the builder's own setting (same preference page).
 */
public class JourneyBuilderGenerator extends JourneyGenerator {

	@Inject
	private GeneratorTargets targets;

	@Inject
	private IPreferenceStoreAccess preferences;

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		IPreferenceStore store = preferences.getContextPreferenceStore(project(resource.getURI()));
		String selection = store.getString(GeneratorSettings.TARGETS_KEY);
		// unknown names are reported on the preference page; the builder runs the known ones
		List<String> selected = GeneratorSettings.parseTargets(selection, targets.names()).selectedAmong(targets.names());
		super.doGenerate(resource, fsa, new JourneyGeneratorContext(selected, context.getCancelIndicator()));
	}

	private static Object project(URI uri) {
		if (uri.isPlatformResource() && uri.segmentCount() > 1) {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(URI.decode(uri.segment(1)));
			if (project.exists()) {
				return project;
			}
		}
		return ResourcesPlugin.getWorkspace().getRoot();
	}
}
