package org.journey.dsl.generator.settings;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.map.JourneyMapBuilder;

/** Where the generator puts a file's reports, for "Open report" and the like. */
public final class ReportLocations {

	private ReportLocations() {
	}

	/**
	 * The journey-map page of every journey in {@code resource}, each relative to the project:
	 * {@code outputFolder/<package>.<Journey>/journey-map.html}, where the generator writes it.
	 */
	public static List<String> htmlReports(Resource resource, String outputFolder) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return List.of();
		}
		String folder = stripSlashes(outputFolder == null || outputFolder.isBlank() ? GeneratorSettings.DEFAULT_OUTPUT_FOLDER : outputFolder);
		return model.getElements().stream().filter(Journey.class::isInstance).map(Journey.class::cast)
				.filter(journey -> journey.getName() != null)
				.map(journey -> folder + "/" + JourneyMapBuilder.qualifiedName(journey) + "/" + HtmlReport.FILE_NAME)
				.toList();
	}

	private static String stripSlashes(String folder) {
		String path = folder.trim().replace('\\', '/');
		while (path.startsWith("./")) {
			path = path.substring(2);
		}
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return path;
	}
}
