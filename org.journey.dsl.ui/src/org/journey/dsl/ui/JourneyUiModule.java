package org.journey.dsl.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.IOutputConfigurationProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ui.editor.contentassist.IContentProposalProvider;
import org.eclipse.xtext.ui.editor.contentassist.UiToIdeContentProposalProvider;
import org.eclipse.xtext.ui.editor.hover.IEObjectHoverProvider;
import org.eclipse.xtext.ui.editor.model.IResourceForEditorInputFactory;
import org.eclipse.xtext.ui.editor.model.ResourceForIEditorInputFactory;
import org.eclipse.xtext.ui.editor.outline.actions.IOutlineContribution;
import org.eclipse.xtext.ui.editor.preferences.IPreferenceStoreInitializer;
import org.eclipse.xtext.ui.shared.Access;
import org.eclipse.xtext.resource.containers.IAllContainersState;
import org.journey.dsl.generator.settings.JourneyOutputConfigurations;
import org.journey.dsl.ide.contentassist.JourneyIdeContentProposalProvider;
import org.journey.dsl.ui.builder.JourneyBuilderGenerator;
import org.journey.dsl.ui.builder.JourneyGeneratorPreferenceInitializer;
import org.journey.dsl.ui.hover.JourneyEObjectHoverProvider;
import org.journey.dsl.ui.outline.JourneyOutlineFilters;

import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/**
 * The Eclipse editor's components. Only glue: labels, outline, hover, content assist, quick
 * fixes and the generator's settings come from org.journey.dsl and org.journey.dsl.ide.
 */
public class JourneyUiModule extends AbstractJourneyUiModule {

	public JourneyUiModule(AbstractUIPlugin plugin) {
		super(plugin);
	}

	/** Journey projects are plain projects, not Java projects: every open project is a container. */
	@Override
	public Provider<? extends IAllContainersState> provideIAllContainersState() {
		return Access.getWorkspaceProjectsState();
	}

	/**
	 * The editor's resource for a journey file, without JDT. DefaultUiModule binds the factory that
	 * also opens files inside Java archives and so loads JDT classes: in an Eclipse without Java
	 * tooling the editor failed with NoClassDefFoundError IJarEntryResource. (The resource set
	 * provider DefaultUiModule binds, XtextResourceSetProvider, needs no JDT and stays.)
	 */
	@Override
	public Class<? extends IResourceForEditorInputFactory> bindIResourceForEditorInputFactory() {
		return ResourceForIEditorInputFactory.class;
	}

	/** Content assist from the shared IDE proposals, the same the language server offers. */
	@Override
	public Class<? extends IContentProposalProvider> bindIContentProposalProvider() {
		return UiToIdeContentProposalProvider.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return JourneyIdeContentProposalProvider.class;
	}

	public Class<? extends IEObjectHoverProvider> bindIEObjectHoverProvider() {
		return JourneyEObjectHoverProvider.class;
	}

	/** The generator on save: the selected targets into the output folder of the preferences. */
	public Class<? extends IGenerator2> bindIGenerator2() {
		return JourneyBuilderGenerator.class;
	}

	public Class<? extends IOutputConfigurationProvider> bindIOutputConfigurationProvider() {
		return JourneyOutputConfigurations.class;
	}

	public void configureJourneyGeneratorPreferences(Binder binder) {
		binder.bind(IPreferenceStoreInitializer.class).annotatedWith(Names.named("journeyGeneratorPreferences"))
				.to(JourneyGeneratorPreferenceInitializer.class);
	}

	public void configureOutlineFilterEvents(Binder binder) {
		binder.bind(IOutlineContribution.class).annotatedWith(Names.named("JourneyFilterEvents"))
				.to(JourneyOutlineFilters.Events.class);
	}

	public void configureOutlineFilterPainsAndOpportunities(Binder binder) {
		binder.bind(IOutlineContribution.class).annotatedWith(Names.named("JourneyFilterPainsAndOpportunities"))
				.to(JourneyOutlineFilters.PainsAndOpportunities.class);
	}

	public void configureOutlineFilterSegmentsAndSources(Binder binder) {
		binder.bind(IOutlineContribution.class).annotatedWith(Names.named("JourneyFilterSegmentsAndSources"))
				.to(JourneyOutlineFilters.SegmentsAndSources.class);
	}
}
