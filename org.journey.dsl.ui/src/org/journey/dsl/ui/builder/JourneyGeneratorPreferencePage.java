package org.journey.dsl.ui.builder;

import java.util.Optional;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.xtext.builder.EclipseOutputConfigurationProvider;
import org.eclipse.xtext.builder.preferences.BuilderPreferenceAccess;
import org.eclipse.xtext.generator.IOutputConfigurationProvider;
import org.eclipse.xtext.generator.OutputConfiguration;
import org.eclipse.xtext.ui.editor.preferences.AbstractPreferencePage;
import org.journey.dsl.generator.GeneratorTargets;
import org.journey.dsl.generator.settings.GeneratorSettings;

import com.google.inject.Inject;

/**
 * "Reports and tracking": which targets the builder generates on save and into which folder,
 * for the workspace or (as a property page) one project. The folder is the builder's output
 * folder setting, the one the Compiler page shows too.
 */
public class JourneyGeneratorPreferencePage extends AbstractPreferencePage {

	@Inject
	private GeneratorTargets targets;

	@Inject
	private IOutputConfigurationProvider outputs;

	/**
	 * The description is set here, before the page makes its controls: PreferencePage creates the
	 * description label before createContents (and so before createFieldEditors), and a description
	 * set later never shows.
	 */
	@Override
	public void createControl(Composite parent) {
		setDescription("Generated on save by the builder. Known targets: " + String.join(", ", targets.names()) + ".");
		super.createControl(parent);
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		addField(new CheckedField(GeneratorSettings.TARGETS_KEY, "&Targets (comma-separated, or all):", parent,
				value -> GeneratorSettings.checkTargets(value, targets.names())));
		for (OutputConfiguration output : outputs.getOutputConfigurations()) {
			addField(new CheckedField(BuilderPreferenceAccess.getKey(output, EclipseOutputConfigurationProvider.OUTPUT_DIRECTORY),
					"&Output folder:", parent, GeneratorSettings::checkOutputFolder));
		}
	}

	/** A text field whose value a check of org.journey.dsl accepts or explains. */
	private static final class CheckedField extends StringFieldEditor {
		private final java.util.function.Function<String, Optional<String>> check;

		CheckedField(String key, String label, Composite parent, java.util.function.Function<String, Optional<String>> check) {
			super(key, label, parent);
			this.check = check;
		}

		@Override
		protected boolean doCheckState() {
			Optional<String> problem = check.apply(getStringValue());
			problem.ifPresent(this::setErrorMessage);
			return problem.isEmpty();
		}
	}
}
