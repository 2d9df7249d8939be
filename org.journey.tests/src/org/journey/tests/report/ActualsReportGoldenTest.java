package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.generator.GeneratorWarnings;
import org.journey.dsl.generator.JourneyGeneratorContext;
import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.generator.report.JsonReport;
import org.journey.dsl.generator.report.MarkdownReport;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.MeasurementsException;
import org.journey.dsl.map.MeasurementsFolder;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.Golden;
import org.journey.tests.support.JourneyFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * The reports of a journey generated with measurements (the generator run with a
 * {@link MeasurementsFolder} in its context, as {@code journey generate --measurements} runs it):
 * HTML, Markdown and JSON of resources/golden/actuals/actuals.journey with its hand-written
 * measurements.json, compared with reviewed golden files (the HTML without its style sheet, see
 * {@link HtmlReportGoldenTest}); and what happens without a file, or with a broken one.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ActualsReportGoldenTest {

	private static final Path MEASUREMENTS = Path.of("resources", "golden", "actuals", "measurements");
	private static final List<String> REPORTS = List.of("html", "markdown", "json");

	@Inject
	private JourneyFixture fixtures;

	@Inject
	private IGenerator2 generator;

	@Inject
	private IResourceValidator validator;

	@TempDir
	Path folder;

	@Test
	@Tag(Golden.TAG)
	void reportsWithActualsRenderExactlyAsTheExpectedFiles() throws IOException {
		// given
		Journey journey = actualsJourney();
		assertNoErrors(journey);

		// when
		Map<String, byte[]> files = generate(journey, new MeasurementsFolder(MEASUREMENTS));

		// then
		Map<String, byte[]> compared = new TreeMap<>();
		compared.put(HtmlReport.FILE_NAME, HtmlReportGoldenTest
				.withoutStyleSheet(new String(files.get(HtmlReport.FILE_NAME), StandardCharsets.UTF_8))
				.getBytes(StandardCharsets.UTF_8));
		compared.put(MarkdownReport.FILE, files.get(MarkdownReport.FILE));
		compared.put(JsonReport.FILE, files.get(JsonReport.FILE));
		Golden.assertFilesMatch(Golden.file("actuals/golden.PassJourney"), compared);
	}

	@Test
	void aJourneyTheFolderHasNoFileForIsGeneratedAsWithoutMeasurementsAndWarned() throws IOException {
		// given: the folder holds golden.PassJourney only
		Journey journey = fixtures.parseJourney(Files.readString(Path.of("resources", "golden", "actuals", "actuals.journey"))
				.replace("journey PassJourney", "journey Unmeasured"));
		GeneratorWarnings warnings = GeneratorWarnings.attach(journey.eResource().getResourceSet());

		// when
		Map<String, byte[]> measured = generate(journey, new MeasurementsFolder(MEASUREMENTS));
		Map<String, byte[]> plain = generate(journey, null);

		// then
		assertEquals(plain.keySet(), measured.keySet());
		plain.forEach((file, bytes) -> assertArrayEquals(bytes, measured.get(file), file + " differs"));
		List<GeneratorWarnings.Warning> found = warnings.warnings();
		assertEquals(1, found.size(), () -> "warnings: " + found);
		assertEquals(IssueCodes.MEASUREMENTS_MISSING, found.get(0).code());
		assertEquals("No measurements of journey 'Unmeasured' in " + MEASUREMENTS + " (no "
				+ MEASUREMENTS.resolve("golden.Unmeasured").resolve("measurements.json")
				+ "): its reports show the plan without actuals. Measure it with 'journey measure ... --out " + MEASUREMENTS
				+ "'.", found.get(0).message());
	}

	@Test
	void withoutMeasurementsThePageEmbedsNoRuleOfTheActuals() throws IOException {
		// given
		Journey journey = actualsJourney();

		// when
		String plain = new String(generate(journey, null).get(HtmlReport.FILE_NAME), StandardCharsets.UTF_8);
		String measured = new String(generate(journey, new MeasurementsFolder(MEASUREMENTS)).get(HtmlReport.FILE_NAME),
				StandardCharsets.UTF_8);

		// then
		assertFalse(plain.contains(".kpi-actual"), "a page without actuals carries no style of them");
		assertFalse(plain.contains("actuals: begin"));
		assertTrue(measured.contains(".kpi-actual {"), "a page with actuals carries their style");
	}

	@Test
	void aBrokenFileStopsTheRunWithItsProblem() throws IOException {
		// given
		Path file = folder.resolve("golden.PassJourney").resolve("measurements.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "{\"$schema\": \"" + org.journey.dsl.map.MeasurementsReader.SCHEMA_ID + "\"}");
		Journey journey = actualsJourney();

		// when
		MeasurementsException e = assertThrows(MeasurementsException.class,
				() -> generate(journey, new MeasurementsFolder(folder)));

		// then
		assertEquals(file + ": formatVersion: missing (every key of the schema is always present, null where there is no value)",
				e.getMessage());
	}

	private Journey actualsJourney() throws IOException {
		return fixtures.parseJourney(Files.readString(Path.of("resources", "golden", "actuals", "actuals.journey")));
	}

	/** The report targets through the generator, as the command line runs it; files by path below the journey's folder. */
	private Map<String, byte[]> generate(Journey journey, MeasurementsFolder measurements) {
		InMemoryFileSystemAccess files = new InMemoryFileSystemAccess();
		generator.doGenerate(journey.eResource(), files,
				new JourneyGeneratorContext(REPORTS, measurements, CancelIndicator.NullImpl));
		return JourneyFixture.filesBelow(files, "golden." + journey.getName() + "/");
	}

	private void assertNoErrors(Journey journey) {
		List<Issue> errors = validator.validate(journey.eResource(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), () -> "The model should be valid, but has errors: " + errors);
	}
}
