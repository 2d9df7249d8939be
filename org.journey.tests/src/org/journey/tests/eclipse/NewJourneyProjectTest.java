package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.PhaseModels;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.starter.NewJourneyProject;
import org.junit.jupiter.api.Test;

/**
 * What the New Journey Project wizard reads from its pages before it creates the project on
 * another thread (issue 22): where the project goes, its files, and the journey it opens.
 */
class NewJourneyProjectTest {

	private final PhaseModel funnel = PhaseModels.find("funnel").orElseThrow();

	@Test
	void theDefaultLocationLeavesTheLocationToTheWorkspace() {
		// when the page's "use default location" is checked; its location field is ignored
		NewJourneyProject project = NewJourneyProject.of("Gallery", true, URI.create("file:/home/m/workspace/Gallery"),
				"Buying a painting", funnel, ReportLanguage.EN);

		// then
		assertEquals(Optional.empty(), project.location());
	}

	@Test
	void aChosenLocationIsWhereTheProjectGoes() {
		// when
		NewJourneyProject project = NewJourneyProject.of("Gallery", false, URI.create("file:/srv/journeys/gallery"),
				"Buying a painting", funnel, ReportLanguage.EN);

		// then
		assertEquals(Optional.of(URI.create("file:/srv/journeys/gallery")), project.location());
	}

	@Test
	void noLocationOutsideTheWorkspaceIsAClearMessage() {
		// when the page gives no location (getLocationURI() is null while the typed one is not valid)
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> NewJourneyProject.of("Gallery", false, null, "Buying a painting", funnel, ReportLanguage.EN));

		// then
		assertEquals("Project Gallery: choose a location, or use the default location", e.getMessage());
	}

	@Test
	void theProjectHasTheSampleJourneyAndAGitignoreAndOpensTheJourney() {
		// given
		NewJourneyProject project = NewJourneyProject.of("Gallery", true, null, "Købe et maleri", funnel, ReportLanguage.DA);

		// then
		assertEquals(List.of("journeys/købe-et-maleri.journey", ".gitignore"), List.copyOf(project.files().keySet()));
		assertEquals("journeys/købe-et-maleri.journey", project.sampleJourney());
		assertEquals("# reports and tracking configurations, generated on save\nbuild/\n", project.files().get(".gitignore"));
	}

	@Test
	void aProjectWithoutNameIsAClearMessage() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> NewJourneyProject.of(" ", true, null, "Buying a painting", funnel, ReportLanguage.EN));
		assertEquals("The project needs a name", e.getMessage());
	}
}
