package org.journey.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.journey.Aggregate;
import org.journey.dsl.journey.Initiative;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** References between files of one workspace: qualified names, imports, events, library usage. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class CrossFileScopingTest {

	private static final String LIBRARY = """
			package shared.library

			segment Families "Families with children" { share 40% }
			segment Students { share 20% }
			source Surveys { kind surveys }
			kpi Conversion {
			    unit percent
			    baseline 2
			    target 3
			    formula count(order_placed) / count(shop_visited)
			}
			""";

	private static final String JOURNEY = """
			package shop.journeys

			import shared.library.*

			goal Growth { kind new-sales kpis Conversion }

			journey Ordering {
			    for Families
			    pursues Growth
			    phase Visit {
			        customer-goal "Look around"
			        touchpoint Web { channel web event shop_visited }
			        pain Slow { evidence Surveys }
			    }
			    phase Order {
			        customer-goal "Order"
			        touchpoint Checkout { channel web serves shared.library.Families event order_placed { total: number } }
			        opportunity Faster { value high effort medium fixes Slow }
			    }
			}
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private Map<String, Resource> load(String... namesAndTexts) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		Map<String, Resource> resources = new java.util.LinkedHashMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			Resource resource = resourceSet.createResource(URI.createURI("memory:/" + namesAndTexts[i]));
			resource.load(new ByteArrayInputStream(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)), null);
			resources.put(namesAndTexts[i], resource);
		}
		EcoreUtil.resolveAll(resourceSet);
		return resources;
	}

	private List<Issue> validate(Resource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static Model model(Resource resource) {
		return (Model) resource.getContents().get(0);
	}

	@Test
	void wildcardImportMakesLibraryElementsVisibleBySimpleName() throws IOException {
		Map<String, Resource> files = load("library.journey", LIBRARY, "journey.journey", JOURNEY);

		Journey journey = (Journey) model(files.get("journey.journey")).getElements().get(1);
		Segment families = journey.getSegments().get(0);

		assertFalse(families.eIsProxy());
		assertSame(model(files.get("library.journey")).getElements().get(0), families);
		assertEquals(List.of(), validate(files.get("journey.journey")));
	}

	@Test
	void libraryUsedByAnotherFileHasNoUnusedWarningsAndItsFormulaSeesTheJourneysEvents() throws IOException {
		Map<String, Resource> files = load("library.journey", LIBRARY, "journey.journey", JOURNEY);

		List<Issue> issues = validate(files.get("library.journey"));

		assertEquals(List.of(IssueCodes.UNUSED_SEGMENT), issues.stream().map(Issue::getCode).toList(),
				"only Students is unused");
		assertTrue(issues.get(0).getMessage().contains("'Students'"), issues.get(0).getMessage());
		Kpi conversion = (Kpi) model(files.get("library.journey")).getElements().get(3);
		Aggregate numerator = (Aggregate) ((org.journey.dsl.journey.Ratio) conversion.getFormula()).getNumerator();
		assertEquals("order_placed", numerator.getEvent().getName());
	}

	@Test
	void withoutImportASimpleNameIsUnresolvedWithAClearMessage() throws IOException {
		Map<String, Resource> files = load("library.journey", LIBRARY, "journey.journey",
				JOURNEY.replace("import shared.library.*\n", "").replace("kpis Conversion", "kpis shared.library.Conversion")
						.replace("evidence Surveys", "evidence shared.library.Surveys")
						.replace("serves shared.library.Families", ""));

		List<Issue> issues = validate(files.get("journey.journey"));

		assertEquals(1, issues.size(), issues::toString);
		Issue issue = issues.get(0);
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, issue.getCode());
		assertEquals(7, issue.getLineNumber(), "the journey's for line, once the import line is gone");
		assertTrue(issue.getMessage().startsWith("Segment 'Families' is declared in package 'shared.library':"
				+ " add 'import shared.library.*'"), issue.getMessage());
	}

	@Test
	void misspelledReferenceSuggestsTheClosestName() throws IOException {
		Map<String, Resource> files = load("library.journey", LIBRARY, "journey.journey",
				JOURNEY.replace("for Families", "for Familes"));

		Issue issue = validate(files.get("journey.journey")).stream()
				.filter(i -> IssueCodes.UNRESOLVED_REFERENCE.equals(i.getCode())).findFirst().orElseThrow();

		assertTrue(issue.getMessage().contains("No segment named 'Familes'"), issue.getMessage());
		assertTrue(issue.getMessage().contains("Did you mean 'Families'?"), issue.getMessage());
		assertEquals("Familes", issue.getData()[0]);
	}

	@Test
	void initiativeNamesAnOpportunityBySimpleOrQualifiedName() throws IOException {
		String initiatives = """

				initiative Speed { realizes Faster }
				initiative SpeedQualified { realizes Ordering.Order.Faster }
				initiative SpeedFullyQualified { realizes shop.journeys.Ordering.Order.Faster }
				""";
		Map<String, Resource> files = load("library.journey", LIBRARY, "journey.journey", JOURNEY + initiatives);

		List<Initiative> all = model(files.get("journey.journey")).getElements().stream()
				.filter(Initiative.class::isInstance).map(Initiative.class::cast).toList();

		assertEquals(3, all.size());
		all.forEach(initiative -> assertEquals("Faster", initiative.getRealizes().get(0).getName()));
	}

	@Test
	void ambiguousSimpleNameNeedsQualification() throws IOException {
		String twoFasters = JOURNEY.replace("pain Slow { evidence Surveys }",
				"pain Slow { evidence Surveys }\n        opportunity Faster { fixes Slow }") + "\ninitiative Speed { realizes Faster }\n";
		Map<String, Resource> files = load("library.journey", LIBRARY, "journey.journey", twoFasters);

		List<String> codes = validate(files.get("journey.journey")).stream().map(Issue::getCode).toList();

		assertTrue(codes.contains(IssueCodes.UNRESOLVED_REFERENCE), codes::toString);
	}

	@Test
	void sameQualifiedNameDeclaredInTwoFilesIsADuplicate() throws IOException {
		Map<String, Resource> files = load("library.journey", LIBRARY, "copy.journey",
				"package shared.library\n\nsegment Families\n");

		List<Issue> issues = validate(files.get("copy.journey"));

		Issue duplicate = issues.stream().filter(i -> IssueCodes.DUPLICATE_NAME.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError(issues.toString()));
		assertEquals(3, duplicate.getLineNumber());
		assertTrue(duplicate.getMessage().contains("library.journey declares it too"), duplicate.getMessage());
	}
}
