package org.journey.tests.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.ide.quickfix.Edit;
import org.journey.dsl.ide.quickfix.Fix;
import org.journey.dsl.ide.quickfix.QuickFixes;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Every registered quick fix on a small model: the model, its issue's code, the label of the fix
 * chosen and the text after applying it, as Xtext's QuickfixTest states them. The language
 * server and Eclipse offer these same fixes (LspCodeActionTest covers them through the server).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class QuickFixesTest {

	/** A model with one issue of {@code code}; {@code otherFiles} are beside it in the workspace. */
	record FixCase(String code, String input, String label, String expected, List<String> otherFiles) {

		FixCase(String code, String input, String label, String expected) {
			this(code, input, label, expected, List.of());
		}

		@Override
		public String toString() {
			return code + ": " + label;
		}
	}

	@Inject
	private QuickFixes quickFixes;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static List<FixCase> cases() {
		return List.of(
				// naming
				new FixCase(IssueCodes.GA4_NAME_INVALID_CHARACTERS, """
						package shop

						kpi Sales "Sales" { target 10 formula count(køb) }
						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event køb }
						    }
						}
						""", "Rename 'køb' to 'koeb'", """
						package shop

						kpi Sales "Sales" { target 10 formula count(koeb) }
						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event koeb }
						    }
						}
						"""),
				new FixCase(IssueCodes.GA4_RESERVED_PREFIX, """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event paid { ga_order: string } }
						    }
						}
						""", "Rename 'ga_order' to 'order'", """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event paid { order: string } }
						    }
						}
						"""),
				new FixCase(IssueCodes.GA4_RESERVED_EVENT_NAME, """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event session_start }
						    }
						}
						""", "Rename 'session_start' to 'session_start_custom'", """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event session_start_custom }
						    }
						}
						"""),
				new FixCase(IssueCodes.GA4_RESERVED_PARAMETER_NAME, """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event paid { user_id: string } }
						    }
						}
						""", "Rename 'user_id' to 'user_id_custom'", """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event paid { user_id_custom: string } }
						    }
						}
						"""),
				new FixCase(IssueCodes.DATALAYER_RESERVED_PROPERTY, """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event paid { event: string } }
						    }
						}
						""", "Rename 'event' to 'event_type'", """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event paid { event_type: string } }
						    }
						}
						"""),
				// declared in another file too; Buyers2 is taken here, so the next number
				new FixCase(IssueCodes.DUPLICATE_NAME, """
						package shop

						segment Buyers "Buyers"
						segment Buyers2 "More buyers"
						""", "Rename this segment to 'Buyers3'", """
						package shop

						segment Buyers3 "Buyers"
						segment Buyers2 "More buyers"
						""", List.of("package shop\n\nsegment Buyers \"Buyers elsewhere\"\n")),
				// scores
				new FixCase(IssueCodes.FEELING_OUT_OF_RANGE, """
						package shop

						journey Buying {
						    phase Buy { feeling -5 }
						}
						""", "Change to -2", """
						package shop

						journey Buying {
						    phase Buy { feeling -2 }
						}
						"""),
				new FixCase(IssueCodes.EXPERIENCE_OUT_OF_RANGE, """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web experience 3 }
						    }
						}
						""", "Change to 2", """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web experience 2 }
						    }
						}
						"""),
				new FixCase(IssueCodes.PERCENT_OUT_OF_RANGE, """
						package shop

						kpi Conversion "Conversion" { unit percent baseline 120 target 50 }
						""", "Change to 100", """
						package shop

						kpi Conversion "Conversion" { unit percent baseline 100 target 50 }
						"""),
				// KPIs
				new FixCase(IssueCodes.KPI_WITHOUT_TARGET, """
						package shop

						kpi Visits "Visits" {
						\tbaseline 40
						}
						""", "Add a target to KPI Visits", """
						package shop

						kpi Visits "Visits" {
						\tbaseline 40
						\ttarget 40
						}
						"""),
				new FixCase(IssueCodes.TARGET_WRONG_SIDE_OF_BASELINE, """
						package shop

						kpi Churn "Churn" { baseline 10 target 5 }
						""", "Declare 'direction decrease'", """
						package shop

						kpi Churn "Churn" { baseline 10 target 5 direction decrease }
						"""),
				// citations: the KPI no goal names yet is the first choice
				new FixCase(IssueCodes.GOAL_WITHOUT_KPI, """
						package shop

						kpi Visits "Visits" { target 100 }
						kpi Sales "Sales" { target 10 }
						goal Reach "Reach" { kpis Visits }
						goal Growth "Growth"
						""", "Measure goal Growth with KPI Sales", """
						package shop

						kpi Visits "Visits" { target 100 }
						kpi Sales "Sales" { target 10 }
						goal Reach "Reach" { kpis Visits }
						goal Growth "Growth" {
						\tkpis Sales
						}
						"""),
				new FixCase(IssueCodes.KPI_NOT_MEASURED, """
						package shop

						source Logs "Server logs"
						kpi Visits "Visits" {
						\ttarget 100
						}
						""", "Measure KPI Visits with source Logs", """
						package shop

						source Logs "Server logs"
						kpi Visits "Visits" {
						\ttarget 100
						\tsource Logs
						}
						"""),
				new FixCase(IssueCodes.PAIN_WITHOUT_EVIDENCE, """
						package shop

						journey Buying {
						    phase Buy {
						        pain Slow "Slow checkout"
						    }
						}
						""", "Cite a new source SlowEvidence (a stub: describe it) as evidence of pain Slow", """
						package shop

						source SlowEvidence "..."
						journey Buying {
						    phase Buy {
						        pain Slow "Slow checkout" {
						            evidence SlowEvidence
						        }
						    }
						}
						"""),
				// phases
				new FixCase(IssueCodes.MODEL_PHASES_MISSING, """
						package shop

						journey Buying {
						    model funnel
						}
						""", "Add the missing funnel phases: Attract, Interest, Convert, Close, Delight (stubs: fill in the customer goals)", """
						package shop

						journey Buying {
						    model funnel
						    phase Attract {
						        customer-goal "..."
						        touchpoint SocialMediaAds "Social media ads" { channel social }
						    }
						    phase Interest {
						        customer-goal "..."
						        touchpoint SearchEngine "Search engine" { channel search }
						    }
						    phase Convert {
						        customer-goal "..."
						        touchpoint NewsletterSignUp "Newsletter sign-up" { channel web }
						    }
						    phase Close {
						        customer-goal "..."
						        touchpoint SalesCall "Sales call" { channel phone }
						    }
						    phase Delight {
						        customer-goal "..."
						        touchpoint CustomerService "Customer service" { channel phone }
						    }
						}
						"""),
				new FixCase(IssueCodes.PHASE_OUT_OF_MODEL_ORDER, """
						package shop

						journey Buying {
						    model funnel
						    phase Convert { customer-goal "Decide" }
						    phase Attract { customer-goal "Look" }
						}
						""", "Reorder the phases to the funnel model's order", """
						package shop

						journey Buying {
						    model funnel
						    phase Attract { customer-goal "Look" }
						    phase Convert { customer-goal "Decide" }
						}
						"""),
				new FixCase(IssueCodes.PHASE_WITHOUT_TOUCHPOINT, """
						package shop

						journey Buying {
						\tphase Buy {
						\t\tcustomer-goal "Buy"
						\t}
						}
						""", "Add a touchpoint to phase Buy", """
						package shop

						journey Buying {
						\tphase Buy {
						\t\tcustomer-goal "Buy"
						\t\ttouchpoint NewTouchpoint "..." { channel web }
						\t}
						}
						"""),
				new FixCase(IssueCodes.PHASE_WITHOUT_CUSTOMER_GOAL, """
						package shop

						journey Buying {
						    phase Buy { // paying
						        touchpoint Checkout { channel web }
						    }
						}
						""", "Add a customer goal to phase Buy", """
						package shop

						journey Buying {
						    phase Buy { // paying
						        customer-goal "..."
						        touchpoint Checkout { channel web }
						    }
						}
						"""),
				// references
				new FixCase(IssueCodes.UNRESOLVED_REFERENCE, """
						package shop

						segment Buyers "Buyers"
						journey Buying { for Buyres }
						""", "Change to 'Buyers'", """
						package shop

						segment Buyers "Buyers"
						journey Buying { for Buyers }
						"""),
				new FixCase(IssueCodes.IMPORT_UNRESOLVED, """
						package shop
						import lib.segmnts.*

						journey Buying { for Families }
						""", "Change to 'import lib.segments.*'", """
						package shop
						import lib.segments.*

						journey Buying { for Families }
						""", List.of("package lib.segments\n\nsegment Families \"Families\"\n")),
				new FixCase(IssueCodes.UNKNOWN_EVENT, """
						package shop

						kpi Sales "Sales" { target 10 formula count(payd) }
						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event paid }
						    }
						}
						""", "Change to 'paid'", """
						package shop

						kpi Sales "Sales" { target 10 formula count(paid) }
						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event paid }
						    }
						}
						"""),
				// segment reach: the only segment served goes with its 'serves'
				new FixCase(IssueCodes.TOUCHPOINT_SEGMENT_NOT_IN_JOURNEY, """
						package shop

						segment Buyers "Buyers"
						segment Lurkers "Lurkers"
						journey Buying {
						    for Buyers
						    phase Buy {
						        touchpoint Checkout { channel web serves Lurkers }
						    }
						}
						""", "Remove segment Lurkers from what touchpoint Checkout serves", """
						package shop

						segment Buyers "Buyers"
						segment Lurkers "Lurkers"
						journey Buying {
						    for Buyers
						    phase Buy {
						        touchpoint Checkout { channel web }
						    }
						}
						"""),
				// usage
				new FixCase(IssueCodes.UNUSED_SEGMENT, """
						package shop

						segment Buyers "Buyers"
						segment Lurkers "Lurkers"
						journey Buying { for Buyers }
						""", "Remove the unused segment Lurkers", """
						package shop

						segment Buyers "Buyers"
						journey Buying { for Buyers }
						"""),
				new FixCase(IssueCodes.UNUSED_KPI, """
						package shop

						kpi Visits "Visits" { target 100 }
						kpi Sales "Sales" { target 10 }
						goal Reach "Reach" { kpis Visits }
						""", "Remove the unused KPI Sales", """
						package shop

						kpi Visits "Visits" { target 100 }
						goal Reach "Reach" { kpis Visits }
						"""),
				new FixCase(IssueCodes.UNUSED_SOURCE, """
						package shop

						source Logs "Server logs"

						source Survey "Survey"
						kpi Visits "Visits" { target 100 source Logs }
						""", "Remove the unused source Survey", """
						package shop

						source Logs "Server logs"

						kpi Visits "Visits" { target 100 source Logs }
						"""),
				// syntax
				new FixCase(IssueCodes.INVALID_KEYWORD_VALUE, """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel webb }
						    }
						}
						""", "Change to 'web'", """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web }
						    }
						}
						"""),
				new FixCase(IssueCodes.KEYWORD_TYPO, """
						package shop

						segmnt Buyers "Buyers"
						""", "Change to 'segment'", """
						package shop

						segment Buyers "Buyers"
						"""),
				new FixCase(IssueCodes.DECIMAL_COMMA, """
						package shop

						kpi Visits "Visits" { baseline 2,5 target 3 }
						""", "Write 2.5", """
						package shop

						kpi Visits "Visits" { baseline 2.5 target 3 }
						"""),
				new FixCase(IssueCodes.MISSING_QUOTE, """
						package shop

						segment Buyers "Buyers
						""", "Add the closing quote", """
						package shop

						segment Buyers "Buyers"
						"""),
				new FixCase(IssueCodes.MISSING_COMMA, """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event paid { order_id: string value: number } }
						    }
						}
						""", "Add the missing ','", """
						package shop

						journey Buying {
						    phase Buy {
						        touchpoint Checkout { channel web event paid { order_id: string, value: number } }
						    }
						}
						"""),
				new FixCase(IssueCodes.MISSING_OPENING_BRACE, """
						package shop

						kpi Visits "Visits"
						    target 3
						}
						""", "Add the missing '{'", """
						package shop

						kpi Visits "Visits" {
						    target 3
						}
						"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theFixTurnsTheModelIntoTheExpectedText(FixCase fixCase) throws IOException {
		assertFix(fixCase);
	}

	@Test
	void everyCodeWithAFixIsAnIssueCode() throws IllegalAccessException {
		Set<String> issueCodes = new HashSet<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				issueCodes.add((String) field.get(null));
			}
		}

		Set<String> unknown = new TreeSet<>(quickFixes.fixableCodes());
		unknown.removeAll(issueCodes);

		assertEquals(Set.of(), unknown);
	}

	@Test
	void everyCodeWithAFixHasACaseAbove() {
		Set<String> covered = cases().stream().map(FixCase::code).collect(Collectors.toCollection(TreeSet::new));

		assertEquals(new TreeSet<>(quickFixes.fixableCodes()), covered);
	}

	@Test
	void anIssueWithoutAFixGetsNone() throws IOException {
		XtextResource resource = load(resourceSets.get(), "shop", "package shop\n\nsegment Buyers { share 120% }\n");

		assertFalse(quickFixes.isFixable(IssueCodes.SEGMENT_SHARES_EXCEED_100));
		assertEquals(List.of(), quickFixes.fixesFor(resource, IssueCodes.SEGMENT_SHARES_EXCEED_100, 14, List.of()));
		assertEquals(List.of(), quickFixes.fixesFor(resource, null, 14, List.of()));
	}

	@Test
	void aFixForTextNoLongerThereIsNotOffered() throws IOException {
		String model = "package shop\n\nsegment Buyers \"Buyers\"\n";
		XtextResource resource = load(resourceSets.get(), "shop", model);

		// the misspelt keyword was corrected since the issue was reported
		List<Fix> fixes = quickFixes.fixesFor(resource, IssueCodes.KEYWORD_TYPO, model.indexOf("segment"), List.of("segmnt", "segment"));

		assertEquals(List.of(), fixes);
	}

	/**
	 * Loads the case's files, takes the one issue of its code, applies the fix with its label and
	 * checks the text, and that the issue is gone from the fixed text.
	 */
	private void assertFix(FixCase fixCase) throws IOException {
		XtextResource resource = load(workspace(fixCase), "shop", fixCase.input());
		List<Issue> issues = validate(resource);
		List<Issue> matching = issues.stream().filter(issue -> fixCase.code().equals(issue.getCode())).toList();
		assertEquals(1, matching.size(), () -> "expected one " + fixCase.code() + ", got: " + describe(issues));
		Issue issue = matching.get(0);

		List<Fix> fixes = quickFixes.fixesFor(resource, issue.getCode(), issue.getOffset(),
				issue.getData() == null ? List.of() : Arrays.asList(issue.getData()));
		Fix fix = fixes.stream().filter(offered -> offered.label().equals(fixCase.label())).findFirst()
				.orElseThrow(() -> new AssertionError("no fix '" + fixCase.label() + "' among "
						+ fixes.stream().map(Fix::label).toList()));
		String fixed = apply(fixCase.input(), fix.edits());

		assertEquals(fixCase.expected(), fixed);
		List<Issue> after = validate(load(workspace(fixCase), "shop", fixed));
		assertTrue(after.stream().noneMatch(remaining -> fixCase.code().equals(remaining.getCode())),
				() -> "still reported after the fix: " + describe(after));
	}

	private XtextResourceSet workspace(FixCase fixCase) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		for (int i = 0; i < fixCase.otherFiles().size(); i++) {
			load(resourceSet, "other" + i, fixCase.otherFiles().get(i));
		}
		return resourceSet;
	}

	/** Absolute URIs, as editors have them: the scope's descriptions carry absolute URIs too. */
	private static XtextResource load(XtextResourceSet resourceSet, String name, String text) throws IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("file:///project/" + name + ".journey"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private static List<Issue> validate(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	private static String describe(List<Issue> issues) {
		return issues.stream().map(issue -> issue.getCode() + " at " + issue.getOffset() + ": " + issue.getMessage())
				.collect(Collectors.joining("\n"));
	}

	/** Applies the edits, each at an offset of the original text, from the last to the first. */
	private static String apply(String text, List<Edit> edits) {
		List<Edit> lastFirst = new ArrayList<>(edits);
		lastFirst.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
		StringBuilder result = new StringBuilder(text);
		for (Edit edit : lastFirst) {
			result.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return result.toString();
	}
}
