package org.journey.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.diagram.services.JourneyMapServices;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The diagram's actuals: a phase's measured users and a KPI's measured value, read from the
 * folder {@code measurements} beside the model file, as {@code journey measure --out measurements}
 * writes it there. The model and measurements are the actuals golden test's
 * (resources/golden/actuals).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyMapServicesActualsTest {

	private static final Path RESOURCES = Path.of("resources", "golden", "actuals");

	private final JourneyMapServices services = new JourneyMapServices();

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	private Path measurements;

	@BeforeEach
	void copyModel() throws IOException {
		Files.copy(RESOURCES.resolve("actuals.journey"), folder.resolve("pass.journey"));
		measurements = folder.resolve("measurements").resolve("golden.PassJourney").resolve("measurements.json");
		Files.createDirectories(measurements.getParent());
		Files.copy(RESOURCES.resolve("measurements").resolve("golden.PassJourney").resolve("measurements.json"),
				measurements);
	}

	@Test
	void aPhaseShowsItsUsersAgainstItsVolume() {
		Journey journey = load();

		assertEquals("Actual: 120 users (modelled 2,000)", services.phaseActualVolume(phase(journey, "Interest")));
		assertEquals("Actual: not measured", services.phaseActualVolume(phase(journey, "Support")),
				"no event of the phase seen, and no volume modelled");
	}

	@Test
	void aKpiShowsItsValueInItsUnitAndItsStatus() {
		Journey journey = load();

		assertEquals("Actual: 6.75% · Off track", services.kpiActualValue(kpi(journey, "TrialToPass")));
		assertEquals("Actual: €45,000 · On track", services.kpiActualValue(kpi(journey, "PassRevenue")));
		assertEquals("Actual: 3.5 days · Target met", services.kpiActualValue(kpi(journey, "DaysToPass")));
		assertEquals("Actual: not measured · No data", services.kpiActualValue(kpi(journey, "HotlineWait")));
	}

	@Test
	void theTooltipsAddTheActualsBelowWhatTheyShowedBefore() {
		Journey journey = load();

		assertEquals("Actual: 400 users (modelled 8,000)", services.phaseTooltip(phase(journey, "Attract")),
				"a phase without a customer goal shows the actuals only");
		assertEquals("Actual: 6.75% · Off track", services.kpiTooltip(kpi(journey, "TrialToPass")));
	}

	@Test
	void withoutMeasurementsBesideTheModelEverythingIsEmpty() throws IOException {
		Files.delete(measurements);
		Journey journey = load();

		assertEquals("", services.phaseActualVolume(phase(journey, "Interest")));
		assertEquals("", services.kpiActualValue(kpi(journey, "TrialToPass")));
		assertEquals("", services.phaseTooltip(phase(journey, "Interest")));
	}

	@Test
	void aBrokenFileShowsNoActuals() throws IOException {
		Files.writeString(measurements, "{ not json", StandardCharsets.UTF_8);
		Journey journey = load();

		assertEquals("", services.phaseActualVolume(phase(journey, "Interest")));
	}

	@Test
	void aFileMeasuredAgainIsReadAgain() throws IOException {
		Journey journey = load();
		assertEquals("Actual: 120 users (modelled 2,000)", services.phaseActualVolume(phase(journey, "Interest")));

		// when: measured again, a later file with other users
		Files.writeString(measurements, Files.readString(measurements).replace("\"users\": 120,", "\"users\": 150,"));
		Files.setLastModifiedTime(measurements, FileTime.fromMillis(Files.getLastModifiedTime(measurements).toMillis() + 5000));

		// then
		assertEquals("Actual: 150 users (modelled 2,000)", services.phaseActualVolume(phase(journey, "Interest")));
	}

	private Journey load() {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		Resource resource = resourceSet.getResource(URI.createFileURI(folder.resolve("pass.journey").toString()), true);
		EcoreUtil.resolveAll(resourceSet);
		return ((Model) resource.getContents().get(0)).getElements().stream().filter(Journey.class::isInstance)
				.map(Journey.class::cast).findFirst().orElseThrow();
	}

	private static Phase phase(Journey journey, String name) {
		return journey.getPhases().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Kpi kpi(Journey journey, String name) {
		return ((Model) journey.eContainer()).getElements().stream().filter(Kpi.class::isInstance).map(Kpi.class::cast)
				.filter(k -> k.getName().equals(name)).findFirst().orElseThrow();
	}
}
