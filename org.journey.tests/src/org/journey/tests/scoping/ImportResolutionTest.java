package org.journey.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Imports across the files of a workspace: an import that names no declared package is reported
 * at the import with the packages that do exist; a name that only another package declares is
 * reported with the import that makes it visible.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ImportResolutionTest {

	private static final String LIBRARY = """
			package shop.shared

			segment Families "Families with children" { share 40% }
			""";

	private static final String OTHER_LIBRARY = """
			package shop.partners

			segment Families "Families, as the partners count them" { share 10% }
			""";

	/** A journey file for Families, its package line and imports given by {@code header}. */
	private static String journeyFile(String header) {
		return header + """

				journey Ordering {
				    for Families
				    phase Visit {
				        customer-goal "Look around"
				        touchpoint Web { channel web }
				    }
				}
				""";
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	/** Loads the files (name, text, name, text...) into one resource set and validates the last one. */
	private List<Issue> validateLast(String... namesAndTexts) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		Map<String, Resource> resources = new LinkedHashMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			Resource resource = resourceSet.createResource(URI.createURI("memory:/" + namesAndTexts[i]));
			resource.load(new ByteArrayInputStream(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)), null);
			resources.put(namesAndTexts[i], resource);
		}
		EcoreUtil.resolveAll(resourceSet);
		Resource last = resources.get(namesAndTexts[namesAndTexts.length - 2]);
		return validator.validate(last, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static Issue single(List<Issue> issues, String code) {
		List<Issue> matching = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, matching.size(), () -> "expected one " + code + " but got: " + issues);
		return matching.get(0);
	}

	private static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).toList();
	}

	private static String marked(String text, Issue issue) {
		return text.substring(issue.getOffset(), issue.getOffset() + issue.getLength());
	}

	@Test
	void importOfAPackageNoFileDeclaresIsReportedAtTheImportWithThePackagesThatExist() throws IOException {
		String journey = journeyFile("package shop.web\n\nimport shopp.*\n");

		List<Issue> issues = validateLast("library.journey", LIBRARY, "web.journey", journey);

		Issue issue = single(issues, IssueCodes.IMPORT_UNRESOLVED);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals(3, issue.getLineNumber());
		assertEquals("shopp.*", marked(journey, issue));
		assertEquals("No file checked declares package 'shopp', so this import makes nothing visible. The files checked"
				+ " declare package shop.shared; correct the name, or validate this file together with the one that declares"
				+ " 'shopp'.", issue.getMessage());
		// the journey's own package is no suggestion: a file sees its own package without an import
		assertArrayEquals(new String[] { "shopp.*", "shop.shared.*" }, issue.getData());
	}

	@Test
	void importOfAMissingSubpackageListsThePackagesUnderTheSameParentFirst() throws IOException {
		String journey = journeyFile("package web\n\nimport shop.nonexistent.*\n");

		List<Issue> issues = validateLast("library.journey", LIBRARY, "partners.journey", OTHER_LIBRARY,
				"elsewhere.journey", "package elsewhere\n\nsource Notes\n", "web.journey", journey);

		Issue issue = single(issues, IssueCodes.IMPORT_UNRESOLVED);
		assertTrue(issue.getMessage().startsWith("No file checked declares package 'shop.nonexistent'"), issue.getMessage());
		assertEquals(List.of("shop.nonexistent.*", "shop.partners.*", "shop.shared.*", "elsewhere.*"),
				List.of(issue.getData()));
	}

	@Test
	void importWithAPackageMisspeltByALetterSuggestsThatPackage() throws IOException {
		String journey = journeyFile("import shop.shraed.*\n");

		Issue issue = single(validateLast("library.journey", LIBRARY, "web.journey", journey), IssueCodes.IMPORT_UNRESOLVED);

		assertEquals("No file checked declares package 'shop.shraed', so this import makes nothing visible."
				+ " Did you mean 'shop.shared'?", issue.getMessage());
		assertEquals("shop.shared.*", issue.getData()[1]);
	}

	@Test
	void importOfAnElementThePackageDoesNotDeclareSaysSo() throws IOException {
		String journey = journeyFile("import shop.shared.Famlies\n");

		Issue issue = single(validateLast("library.journey", LIBRARY, "web.journey", journey), IssueCodes.IMPORT_UNRESOLVED);

		assertEquals("shop.shared.Famlies", marked(journey, issue));
		assertEquals("Package 'shop.shared' declares nothing named 'Famlies', so this import makes nothing visible."
				+ " Correct the name, or import the whole package: import shop.shared.*", issue.getMessage());
	}

	@Test
	void importsOfDeclaredPackagesElementsAndParentNamespacesAreFine() throws IOException {
		for (String imports : List.of("import shop.shared.*\n", "import shop.shared.Families\n",
				"import shop.*\nimport shop.shared.*\n", "package shop.web\nimport shop.web.*\nimport shop.shared.*\n")) {
			List<Issue> issues = validateLast("library.journey", LIBRARY, "web.journey", journeyFile(imports));

			assertEquals(List.of(), withCode(issues, IssueCodes.IMPORT_UNRESOLVED), imports);
		}
	}

	@Test
	void importInAWorkspaceWithoutPackagesSaysToValidateWithTheLibrary() throws IOException {
		String journey = journeyFile("import shop.shared.*\n");

		Issue issue = single(validateLast("web.journey", journey), IssueCodes.IMPORT_UNRESOLVED);

		assertEquals("No file checked declares package 'shop.shared', so this import makes nothing visible. The files"
				+ " checked declare no package: validate this file together with the library that declares it"
				+ " (journey validate <folder>/).", issue.getMessage());
		assertArrayEquals(new String[] { "shop.shared.*" }, issue.getData());
	}

	@Test
	void nameDeclaredInAPackageTheFileDoesNotImportNamesThatPackage() throws IOException {
		String journey = journeyFile("package shop.web\n");

		List<Issue> issues = validateLast("library.journey", LIBRARY, "web.journey", journey);

		Issue issue = single(issues, IssueCodes.UNRESOLVED_REFERENCE);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals("Families", marked(journey, issue));
		assertEquals("Segment 'Families' is declared in package 'shop.shared': add 'import shop.shared.*' below the"
				+ " package line to see it here.", issue.getMessage());
		// the name as written, its type, no closer visible name, the package to import
		assertArrayEquals(new String[] { "Families", "Segment", "", "shop.shared" }, issue.getData());
		assertEquals(List.of(issue), issues.stream().filter(i -> i.getSeverity() != Severity.INFO).toList(),
				"one mistake, one message");
	}

	@Test
	void nameDeclaredInTwoPackagesNamesBoth() throws IOException {
		List<Issue> issues = validateLast("library.journey", LIBRARY, "partners.journey", OTHER_LIBRARY, "web.journey",
				journeyFile("package shop.web\n"));

		Issue issue = single(issues, IssueCodes.UNRESOLVED_REFERENCE);
		assertEquals("Segment 'Families' is declared in packages 'shop.partners' and 'shop.shared': add"
				+ " 'import shop.partners.*' (or of the package you mean) below the package line to see it here.",
				issue.getMessage());
		assertEquals(List.of("shop.partners", "shop.shared"), List.of(issue.getData()).subList(3, 5));
	}

	@Test
	void nameThatNoPackageDeclaresKeepsTheSpellingHint() throws IOException {
		String journey = journeyFile("package shop.web\nimport shop.shared.*\n").replace("for Families", "for Familes");

		Issue issue = single(validateLast("library.journey", LIBRARY, "web.journey", journey), IssueCodes.UNRESOLVED_REFERENCE);

		assertEquals("No segment named 'Familes' is visible here. Did you mean 'Families'? Check the spelling; if it is"
				+ " declared in another file, validate that file too and import its package.", issue.getMessage());
		assertArrayEquals(new String[] { "Familes", "Segment", "Families" }, issue.getData());
	}
}
