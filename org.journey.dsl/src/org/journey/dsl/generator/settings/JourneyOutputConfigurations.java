package org.journey.dsl.generator.settings;

import java.util.Set;

import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IOutputConfigurationProvider;
import org.eclipse.xtext.generator.OutputConfiguration;

/**
 * The generator's one output folder as an IDE builder sees it: reports and tracking
 * configurations in {@link GeneratorSettings#DEFAULT_OUTPUT_FOLDER}, derived files the builder may
 * overwrite and clean. The Eclipse plugin offers the folder on its preference page.
 */
public class JourneyOutputConfigurations implements IOutputConfigurationProvider {

	public static final String DESCRIPTION = "Reports and tracking configurations";

	@Override
	public Set<OutputConfiguration> getOutputConfigurations() {
		OutputConfiguration output = new OutputConfiguration(IFileSystemAccess.DEFAULT_OUTPUT);
		output.setDescription(DESCRIPTION);
		output.setOutputDirectory(GeneratorSettings.DEFAULT_OUTPUT_FOLDER);
		output.setOverrideExistingResources(true);
		output.setCreateOutputDirectory(true);
		output.setCleanUpDerivedResources(true);
		output.setSetDerivedProperty(true);
		output.setKeepLocalHistory(false);
		return Set.of(output);
	}
}
