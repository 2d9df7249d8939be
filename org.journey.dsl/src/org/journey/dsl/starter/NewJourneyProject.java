package org.journey.dsl.starter;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * A project the New Journey Project wizard creates, as its pages describe it. The wizard reads
 * its pages into this on the UI thread and creates the project from it on another, where SWT
 * allows no widget to be read ("Invalid thread access").
 *
 * @param name the project's name
 * @param location where the project's folder goes; empty for the workspace's default location
 * @param journeyName the sample journey's name
 */
public record NewJourneyProject(String name, Optional<URI> location, String journeyName, PhaseModel model, ReportLanguage language) {

	public NewJourneyProject {
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(language, "language");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("The project needs a name");
		}
		if (journeyName == null || journeyName.isBlank()) {
			throw new IllegalArgumentException("Project " + name + ": the sample journey needs a name");
		}
	}

	/**
	 * The project in the workspace's default location, or at the one the modeller chose instead
	 * (the project page's useDefaults() and getLocationURI(), which is null while the chosen
	 * location is not valid).
	 */
	public static NewJourneyProject of(String name, boolean defaultLocation, URI chosenLocation, String journeyName,
			PhaseModel model, ReportLanguage language) {
		if (!defaultLocation && chosenLocation == null) {
			throw new IllegalArgumentException("Project " + name + ": choose a location, or use the default location");
		}
		return new NewJourneyProject(name, defaultLocation ? Optional.empty() : Optional.of(chosenLocation), journeyName, model,
				language);
	}

	/** The files to create, by path relative to the project: {@link StarterFiles#sampleProject}. */
	public Map<String, String> files() {
		return StarterFiles.sampleProject(journeyName, model, language);
	}

	/** The sample journey, which the wizard opens in the editor, relative to the project. */
	public String sampleJourney() {
		return StarterFiles.MODELS_FOLDER + "/" + StarterFiles.fileName(journeyName);
	}
}
