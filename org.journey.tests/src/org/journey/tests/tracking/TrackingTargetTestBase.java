package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.journey.dsl.generator.GeneratorTargets;
import org.journey.dsl.generator.JourneyGenerator;
import org.journey.dsl.generator.JourneyGeneratorContext;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlanBuilder;
import org.journey.dsl.generator.tracking.TrackingSettings;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.Golden;
import org.journey.tests.support.JourneyFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * What every tracking target must do, each target's test class inheriting these tests: write
 * exactly the golden files for the golden model, generate for every example journey through the
 * generator as the build wires it, and write the same bytes on every run, whatever the JVM's
 * default locale and time zone.
 * <p>
 * The golden files are in {@code org.journey.tests/resources/golden/tracking/}, next to their model
 * {@code shop.journey}; see {@link Golden} for how to update them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
abstract class TrackingTargetTestBase {

	private static final String GOLDEN = "tracking";
	private static final String GOLDEN_MODEL = "shop.journey";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private JourneyFixture fixture;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private JourneyGenerator generator;

	@Inject
	private GeneratorTargets targets;

	/** The target under test, as the runtime module binds it. */
	protected abstract ReportTarget target();

	/** The files the target writes for one journey, relative to the journey's folder. */
	protected abstract List<String> files();

	// ---------------------------------------------------------------- inherited tests

	@Test
	@Tag(Golden.TAG)
	void writesTheGoldenFilesForTheGoldenModel() {
		Journey journey = goldenJourney();

		Map<String, byte[]> generated = generate(target(), journey);

		assertEquals(files().stream().sorted().toList(), List.copyOf(generated.keySet()), "files written");
		// the targets' golden files share one folder, by file name
		Map<String, byte[]> byName = new TreeMap<>();
		generated.forEach((file, content) -> byName.put(Path.of(file).getFileName().toString(), content));
		Golden.assertFilesMatch(Golden.file(GOLDEN), byName);
	}

	@TestFactory
	Stream<DynamicTest> generatesForEveryExampleJourneyThroughTheGenerator() {
		List<Resource> examples = fixture.exampleResources();
		List<DynamicTest> tests = new ArrayList<>();
		for (Resource resource : examples) {
			for (Journey journey : EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Journey.class)) {
				tests.add(DynamicTest.dynamicTest(journey.getName(), () -> {
					InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
					GeneratorContext context = new JourneyGeneratorContext(List.of(target().name()), CancelIndicator.NullImpl);
					generator.doGenerate(resource, fsa, context);
					String folder = JourneyGenerator.outputFolder(JourneyMapBuilder.build(journey));
					for (String file : files()) {
						byte[] content = bytes(fsa, folder + file);
						assertNotNull(content, () -> "no " + folder + file + " among " + fsa.getAllFiles().keySet());
						assertTrue(content.length > 0, folder + file + " is empty");
					}
				}));
			}
		}
		assertFalse(tests.isEmpty(), "the examples contain no journey");
		return tests.stream();
	}

	@Test
	void writesTheSameBytesTwiceAndUnderAnotherLocaleAndTimeZone() {
		List<Journey> journeys = new ArrayList<>(exampleJourneys());
		journeys.add(goldenJourney());
		Locale locale = Locale.getDefault();
		TimeZone timeZone = TimeZone.getDefault();
		for (Journey journey : journeys) {
			Map<String, byte[]> first = generate(target(), journey);
			Map<String, byte[]> second = generate(target(), journey);
			Map<String, byte[]> elsewhere;
			try {
				// Turkish upper-cases i to İ; Kiritimati is UTC+14: both break code that relies on defaults
				Locale.setDefault(Locale.forLanguageTag("tr-TR"));
				TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
				elsewhere = generate(target(), journey);
			} finally {
				Locale.setDefault(locale);
				TimeZone.setDefault(timeZone);
			}
			assertEquals(first.keySet(), second.keySet());
			assertEquals(first.keySet(), elsewhere.keySet());
			for (String file : first.keySet()) {
				assertArrayEquals(first.get(file), second.get(file), journey.getName() + ": " + file + " differs on a second run");
				assertArrayEquals(first.get(file), elsewhere.get(file),
						journey.getName() + ": " + file + " differs under another locale and time zone");
			}
		}
	}

	// ---------------------------------------------------------------- helpers for the target tests

	/** The golden model, validated: it must be free of errors, as a model the build generates from. */
	protected Journey goldenJourney() {
		XtextResourceSet resourceSet = resourceSets.get();
		Path file = Golden.file(GOLDEN).resolve(GOLDEN_MODEL);
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
		validation.assertNoErrors(resource);
		return EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Journey.class).get(0);
	}

	/** Every journey of the examples, all files loaded into one resource set as in a workspace. */
	protected List<Journey> exampleJourneys() {
		return fixture.exampleResources().stream()
				.flatMap(r -> EcoreUtil2.getAllContentsOfType(r.getContents().get(0), Journey.class).stream()).toList();
	}

	protected static TrackingPlan plan(Journey journey) {
		return TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
	}

	/** The target's files for one journey, by path relative to the journey's folder, in path order. */
	protected static Map<String, byte[]> generate(ReportTarget target, Journey journey) {
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		String folder = "out/";
		target.generate(new JourneyRun(journey, JourneyMapBuilder.build(journey), folder), fsa);
		Map<String, byte[]> files = new TreeMap<>();
		String prefix = IFileSystemAccess.DEFAULT_OUTPUT + folder;
		fsa.getAllFiles().forEach((name, content) -> {
			assertTrue(name.startsWith(prefix), name + " is outside the journey's folder");
			files.put(name.substring(prefix.length()), content instanceof byte[] b ? b
					: content.toString().getBytes(StandardCharsets.UTF_8));
		});
		return files;
	}

	protected static String text(Map<String, byte[]> files, String file) {
		byte[] content = files.get(file);
		assertNotNull(content, () -> "no " + file + " among " + files.keySet());
		return new String(content, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(InMemoryFileSystemAccess fsa, String file) {
		Object content = fsa.getAllFiles().get(IFileSystemAccess.DEFAULT_OUTPUT + file);
		if (content == null) {
			return null;
		}
		if (content instanceof byte[] b) {
			return b;
		}
		if (content instanceof InputStream in) {
			try (in) {
				return in.readAllBytes();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return content.toString().getBytes(StandardCharsets.UTF_8);
	}
}
