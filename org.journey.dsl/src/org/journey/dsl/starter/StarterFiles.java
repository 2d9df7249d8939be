package org.journey.dsl.starter;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * The files a new journey starts with: the file name {@code journey new} picks, and the files of
 * a new Eclipse project with a sample journey. Content from {@link StarterModel}, so the wizard
 * and the command line create the same model.
 */
public final class StarterFiles {

	/** The folder of a new project that holds its .journey files. */
	public static final String MODELS_FOLDER = "journeys";

	private StarterFiles() {
	}

	/** The file name of a new journey: its name in lower case, words joined by '-', ".journey". */
	public static String fileName(String journeyName) {
		String base = journeyName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
		return (base.isEmpty() ? "journey" : base) + ".journey";
	}

	/** What a choice of phase model reads like in a wizard: "Eight phases (eight-phases)". */
	public static String choiceLabel(PhaseModel model) {
		return model.title() + " (" + model.id() + ")";
	}

	/** What a choice of report language reads like in a wizard: "Danish (da)". */
	public static String choiceLabel(ReportLanguage language) {
		return language.displayName() + " (" + language.code() + ")";
	}

	/**
	 * The files of a new project, by path relative to the project: the sample journey in
	 * {@link #MODELS_FOLDER}, and a .gitignore keeping the generated reports out of version control.
	 */
	public static Map<String, String> sampleProject(String journeyName, PhaseModel model, ReportLanguage language) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put(MODELS_FOLDER + "/" + fileName(journeyName), StarterModel.create(journeyName, model, language));
		files.put(".gitignore", "# reports and tracking configurations, generated on save\nbuild/\n");
		return files;
	}
}
