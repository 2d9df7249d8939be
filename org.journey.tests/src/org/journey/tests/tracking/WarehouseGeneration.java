package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.journey.dsl.generator.GeneratorTargets;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.journey.Journey;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Runs the snowplow and dbt targets on models, as the generator does (each journey into its own
 * folder), and collects the files in memory by path.
 */
class WarehouseGeneration {

	@Inject
	private GeneratorTargets targets;

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	ReportTarget target(String name) {
		return targets.all().stream().filter(t -> t.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("No target '" + name + "' registered; targets: " + targets.names()));
	}

	/** The files the named targets write for every journey in the resource set, by path, sorted. */
	Map<String, String> generate(ResourceSet resources, String... targetNames) {
		InMemoryFileSystemAccess files = new InMemoryFileSystemAccess();
		for (Resource resource : List.copyOf(resources.getResources())) {
			for (Journey journey : EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Journey.class)) {
				JourneyRun run = JourneyRun.of(journey);
				for (String name : targetNames) {
					target(name).generate(run, files);
				}
			}
		}
		Map<String, String> byPath = new TreeMap<>();
		// text files as strings, and the files written as UTF-8 bytes (TrackingOutput) decoded as such
		files.getAllFiles().forEach((key, content) -> byPath.put(key.substring(IFileSystemAccess.DEFAULT_OUTPUT.length()),
				content instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : content.toString()));
		return byPath;
	}

	/** One model given as text, loaded and linked on its own. */
	ResourceSet load(String text) throws IOException {
		return load(Map.of("model.journey", text));
	}

	/** Models given as texts, one file each (model.journey, model2.journey, ...), loaded together. */
	ResourceSet loadAll(String... texts) throws IOException {
		Map<String, String> files = new TreeMap<>();
		for (int i = 0; i < texts.length; i++) {
			files.put(i == 0 ? "model.journey" : "model" + (i + 1) + ".journey", texts[i]);
		}
		return load(files);
	}

	/** Files given as text by file name, loaded together as a workspace and linked across each other. */
	ResourceSet load(Map<String, String> textByFileName) throws IOException {
		XtextResourceSet resourceSet = resourceSetProvider.get();
		List<Resource> resources = new ArrayList<>();
		for (Map.Entry<String, String> file : new TreeMap<>(textByFileName).entrySet()) {
			Resource resource = resourceSet.createResource(URI.createURI("memory:/" + file.getKey()));
			resource.load(new java.io.ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			resources.add(resource);
		}
		// resolve only once every file is loaded, so that references across files find their targets
		EcoreUtil.resolveAll(resourceSet);
		resources.forEach(resource -> assertTrue(resource.getErrors().isEmpty(),
				resource.getURI() + ": syntax or linking errors: " + resource.getErrors()));
		return resourceSet;
	}

	/** Every example below {@code <repository>/examples}, loaded together so references resolve across files. */
	ResourceSet loadExamples() throws IOException {
		Path folder = ReferenceSchemas.repository().resolve("examples");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(p -> p.toString().endsWith(".journey")).sorted().toList();
		}
		assertFalse(files.isEmpty(), "No examples under " + folder);
		XtextResourceSet resourceSet = resourceSetProvider.get();
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		for (Path file : files) {
			resourceSet.getResource(URI.createFileURI(file.toString()), true);
		}
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}
}
