package org.journey.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.journey.dsl.generator.GeneratorTargets;
import org.journey.dsl.generator.JourneyGenerator;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMapBuilder;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads journeys for tests and runs report targets on them, capturing the files in memory: the
 * repository's examples, all in one resource set as in an IDE workspace (so imports and
 * initiatives in other files resolve), a model given as text, or a test resource. Inject it into
 * a test that runs with the Journey injector, so the targets are the ones the runtime module
 * registers.
 */
public class JourneyFixture {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private GeneratorTargets targets;

	/** Every {@code .journey} file below {@code examples}, in path order, loaded into one resource set and resolved. */
	public List<Resource> exampleResources() {
		Path folder = Repository.path("examples");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".journey")).sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertFalse(files.isEmpty(), "No .journey files under " + folder);
		XtextResourceSet resourceSet = newResourceSet();
		List<Resource> resources = new ArrayList<>();
		for (Path file : files) {
			resources.add(resourceSet.getResource(URI.createFileURI(file.toString()), true));
		}
		// link only once every file is loaded, so cross-file references find their targets
		EcoreUtil.resolveAll(resourceSet);
		return resources;
	}

	/** The journeys of every example file, in file order. */
	public List<Journey> exampleJourneys() {
		List<Journey> journeys = journeys(exampleResources());
		assertFalse(journeys.isEmpty(), "The examples contain no journey");
		return journeys;
	}

	/** The example journey of this name (the journey's simple name). */
	public Journey exampleJourney(String name) {
		return exampleJourneys().stream().filter(j -> j.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("No example journey named " + name));
	}

	/** Parses one model text (a file of its own) and returns its single journey, resolved. */
	public Journey parseJourney(String text) {
		XtextResourceSet resourceSet = newResourceSet();
		Resource resource = resourceSet.createResource(URI.createURI("memory:/model.journey"));
		try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
			resource.load(in, resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertTrue(resource.getErrors().isEmpty(), () -> "The model does not parse: " + resource.getErrors());
		EcoreUtil.resolveAll(resourceSet);
		List<Journey> journeys = journeys(List.of(resource));
		assertEquals(1, journeys.size(), "expected one journey in the model");
		return journeys.get(0);
	}

	/** A model from the test resources, e.g. {@code golden/golden.journey}. */
	public Journey resourceJourney(String path) {
		try (InputStream in = JourneyFixture.class.getResourceAsStream("/" + path)) {
			assertNotNull(in, "No test resource " + path);
			return parseJourney(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The HTML report of a journey, as the {@code html} target writes it. */
	public static String render(Journey journey) {
		return new HtmlReport().render(JourneyMapBuilder.build(journey));
	}

	/**
	 * Runs one target on a journey, as the generator does; returns the files it wrote, by their
	 * path below the journey's folder, with their bytes.
	 */
	public Map<String, byte[]> generate(Journey journey, String targetName) {
		ReportTarget target = targets.all().stream().filter(t -> t.name().equals(targetName)).findFirst()
				.orElseThrow(() -> new AssertionError("No target " + targetName + "; registered: " + targets.names()));
		JourneyMap map = JourneyMapBuilder.build(journey);
		InMemoryFileSystemAccess files = new InMemoryFileSystemAccess();
		String folder = JourneyGenerator.outputFolder(map);
		target.generate(new JourneyRun(journey, map, folder), files);
		return filesBelow(files, folder);
	}

	/** One file of a target's output, as UTF-8 text (a byte order mark stays in the text). */
	public String generateText(Journey journey, String targetName, String fileName) {
		byte[] bytes = generate(journey, targetName).get(fileName);
		assertNotNull(bytes, () -> "target " + targetName + " wrote no " + fileName);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** The files written below {@code folder}, by their path relative to it; a file elsewhere fails. */
	public static Map<String, byte[]> filesBelow(InMemoryFileSystemAccess files, String folder) {
		String prefix = IFileSystemAccess.DEFAULT_OUTPUT + folder;
		Map<String, byte[]> result = new TreeMap<>();
		files.getAllFiles().forEach((path, content) -> {
			assertTrue(path.startsWith(prefix), () -> path + " is not below the journey's folder " + folder);
			byte[] bytes = content instanceof byte[] b ? b : content.toString().getBytes(StandardCharsets.UTF_8);
			result.put(path.substring(prefix.length()), bytes);
		});
		return result;
	}

	/** Runs {@code action} with another default locale and time zone, restoring both afterwards. */
	public static <T> T withLocaleAndTimeZone(Locale locale, TimeZone timeZone, Callable<T> action) throws Exception {
		Locale originalLocale = Locale.getDefault();
		TimeZone originalTimeZone = TimeZone.getDefault();
		try {
			Locale.setDefault(locale);
			TimeZone.setDefault(timeZone);
			return action.call();
		} finally {
			Locale.setDefault(originalLocale);
			TimeZone.setDefault(originalTimeZone);
		}
	}

	private XtextResourceSet newResourceSet() {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		return resourceSet;
	}

	private static List<Journey> journeys(List<Resource> resources) {
		return resources.stream().flatMap(r -> r.getContents().stream())
				.flatMap(root -> EcoreUtil2.getAllContentsOfType(root, Journey.class).stream()).toList();
	}
}
