package org.journey.dsl.ui.builder;

import org.eclipse.xtext.ui.editor.preferences.IPreferenceStoreAccess;
import org.eclipse.xtext.ui.editor.preferences.IPreferenceStoreInitializer;
import org.journey.dsl.generator.settings.GeneratorSettings;

/** Every target runs on save until the modeller chooses some. */
public class JourneyGeneratorPreferenceInitializer implements IPreferenceStoreInitializer {

	@Override
	public void initialize(IPreferenceStoreAccess access) {
		access.getWritablePreferenceStore().setDefault(GeneratorSettings.TARGETS_KEY, GeneratorSettings.ALL_TARGETS);
	}
}
