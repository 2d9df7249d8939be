package org.journey.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.journey.cli.JourneyCli;
import org.journey.dsl.phasemodel.PhaseModels;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.starter.StarterFiles;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "New Journey" wizards create what {@code journey new} creates, and it validates cleanly. */
class EditorNewJourneyTest extends ValidationTestBase {

	@TempDir
	Path folder;

	@Test
	void theWizardsFileIsTheCommandLinesFileWithTheSameName() throws Exception {
		// given
		Path file = folder.resolve(StarterFiles.fileName("Købe et maleri"));
		// when the command line creates the journey
		int exit = JourneyCli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "new", "Købe et maleri", "--model", "twelve-steps", "--language", "da", "-o", file.toString());
		Map<String, String> project = StarterFiles.sampleProject("Købe et maleri", PhaseModels.find("twelve-steps").orElseThrow(),
				ReportLanguage.DA);
		// then the project wizard's sample file has the same name and content
		assertEquals(0, exit);
		assertEquals("købe-et-maleri.journey", file.getFileName().toString());
		assertEquals(Files.readString(file, StandardCharsets.UTF_8), project.get("journeys/købe-et-maleri.journey"));
	}

	@Test
	void everyChoiceTheWizardOffersGivesAModelWithoutIssues() {
		for (var model : PhaseModels.all()) {
			for (ReportLanguage language : ReportLanguage.values()) {
				String content = StarterFiles.sampleProject("Buying a painting", model, language)
						.get("journeys/buying-a-painting.journey");
				assertEquals(List.of(), issues(content), () -> model.id() + " " + language.code());
			}
		}
	}

	@Test
	void choicesReadAsNameAndId() {
		assertEquals("Danish (da)", StarterFiles.choiceLabel(ReportLanguage.DA));
		assertTrue(StarterFiles.choiceLabel(PhaseModels.find("funnel").orElseThrow()).endsWith("(funnel)"));
	}
}
