package org.journey.tests.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.journey.Import;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.journey.Source;
import org.journey.dsl.phasemodel.PhaseModels;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.journey.tests.support.Repository;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The example models in {@code <repository>/examples} are the product's showcase and its
 * documentation, so they must be clean: every {@code .journey} file below that folder is loaded
 * into one resource set (so imports and events resolve across files, as in an IDE workspace),
 * validated with all checks, and must show no error and no warning. Infos are printed, not failed.
 * <p>
 * The examples must also cover what a modeller needs to learn from: every standard phase model,
 * English and Danish, and a shared library that several journeys import.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ExamplesTest {

	private static final Path LIBRARY = Path.of("examples", "shared", "library.journey");

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	@Inject
	private IResourceValidator validator;

	/** One test per example file, named by its path, listing every error and warning found in it. */
	@TestFactory
	Stream<DynamicTest> everyExampleIsFreeOfErrorsAndWarnings() throws IOException {
		Examples examples = loadExamples();
		Map<Path, List<Issue>> issues = new LinkedHashMap<>();
		examples.resources().forEach((path, resource) -> issues.put(path,
				validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)));

		List<String> infos = issues.entrySet().stream()
				.flatMap(e -> e.getValue().stream().filter(i -> i.getSeverity() == Severity.INFO).map(i -> format(e.getKey(), i)))
				.toList();
		if (!infos.isEmpty()) {
			System.out.println("Infos in the examples (not failures, but best avoided):\n  " + String.join("\n  ", infos));
		}

		return issues.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().toString(), () -> {
			List<String> problems = entry.getValue().stream()
					.filter(i -> i.getSeverity() == Severity.ERROR || i.getSeverity() == Severity.WARNING)
					.map(i -> format(entry.getKey(), i))
					.toList();
			if (!problems.isEmpty()) {
				fail(problems.size() + " error(s)/warning(s) in " + entry.getKey() + ":\n  " + String.join("\n  ", problems));
			}
		}));
	}

	@Test
	void examplesCoverEveryPhaseModel() throws IOException {
		Set<String> used = journeys(loadExamples()).stream().map(Journey::getPhaseModel)
				.filter(m -> m != null).collect(Collectors.toCollection(TreeSet::new));
		Set<String> missing = new TreeSet<>(PhaseModels.ids());
		missing.removeAll(used);
		assertTrue(missing.isEmpty(), "No example journey uses the phase model(s) " + missing + "; used: " + used);
	}

	@Test
	void examplesAreWrittenInEnglishAndDanish() throws IOException {
		Set<String> languages = journeys(loadExamples()).stream()
				.map(j -> ReportLanguage.ofCode(j.getLanguage()).code())
				.collect(Collectors.toCollection(TreeSet::new));
		assertTrue(languages.containsAll(List.of(ReportLanguage.EN.code(), ReportLanguage.DA.code())),
				"The examples should include journeys in English and Danish; found " + languages);
	}

	@Test
	void sharedLibraryIsImportedByAtLeastTwoJourneyFiles() throws IOException {
		Examples examples = loadExamples();
		Resource libraryResource = examples.resources().get(LIBRARY);
		assertNotNull(libraryResource, "The shared library " + LIBRARY + " is missing");
		Model library = (Model) libraryResource.getContents().get(0);
		String libraryPackage = library.getName();
		assertNotNull(libraryPackage, LIBRARY + " must declare a package, so other files can import it");
		assertFalse(EcoreUtil2.getAllContentsOfType(library, Segment.class).isEmpty(), LIBRARY + " declares no segment");
		assertFalse(EcoreUtil2.getAllContentsOfType(library, Kpi.class).isEmpty(), LIBRARY + " declares no KPI");
		assertFalse(EcoreUtil2.getAllContentsOfType(library, Source.class).isEmpty(), LIBRARY + " declares no source");

		List<Path> importers = new ArrayList<>();
		examples.resources().forEach((path, resource) -> {
			Model model = (Model) resource.getContents().get(0);
			boolean hasJourney = !EcoreUtil2.getAllContentsOfType(model, Journey.class).isEmpty();
			boolean importsLibrary = model.getImports().stream().map(Import::getImportedNamespace)
					.anyMatch(ns -> ns != null && (ns.equals(libraryPackage + ".*") || ns.startsWith(libraryPackage + ".")));
			if (hasJourney && importsLibrary) {
				importers.add(path);
			}
		});
		assertTrue(importers.size() >= 2,
				"The shared library (package " + libraryPackage + ") should be imported by at least two journey files; importers: "
						+ importers);
	}

	// ---------------------------------------------------------------- loading

	/** The example files by their path relative to the repository root, loaded and resolved together. */
	private record Examples(Map<Path, Resource> resources) {
	}

	private Examples loadExamples() throws IOException {
		Path repository = Repository.root();
		Path folder = repository.resolve("examples");
		assertTrue(Files.isDirectory(folder), "No examples folder at " + folder);

		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".journey")).sorted()
					.toList();
		}
		assertFalse(files.isEmpty(), "No .journey files under " + folder);

		XtextResourceSet resourceSet = resourceSetProvider.get();
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		Map<Path, Resource> resources = new LinkedHashMap<>();
		for (Path file : files) {
			resources.put(repository.relativize(file), resourceSet.getResource(URI.createFileURI(file.toString()), true));
		}
		// link everything only once all files are loaded, so cross-file references find their targets
		EcoreUtil.resolveAll(resourceSet);
		return new Examples(resources);
	}

	private static List<Journey> journeys(Examples examples) {
		return examples.resources().values().stream().map(Resource::getContents).flatMap(Collection::stream)
				.flatMap(root -> EcoreUtil2.getAllContentsOfType(root, Journey.class).stream()).toList();
	}

	private static String format(Path file, Issue issue) {
		return file + ":" + issue.getLineNumber() + ": " + issue.getSeverity().name().toLowerCase() + ": " + issue.getMessage()
				+ " [" + issue.getCode() + "]";
	}
}
