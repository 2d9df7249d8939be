package org.journey.tests.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.journey.Aggregate;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Ratio;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.parser.SyntaxDiagnostics;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Whatever a modeller's editor, a merge conflict or a broken download leaves in a file, parsing
 * never throws and every problem is an error with a line and a column.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class BadInputTest {

	private static final String TOP_LEVEL_ONLY = "is not allowed here: at the top level of a file only package, import, segment, source, kpi, goal, journey or initiative may follow. Is there a '}' too many above, or is this meant to be inside a journey or phase?";

	private static final String REALISTIC_MODEL = """
			package webshop

			import shared.segments.*

			segment HomeDecorators "Home decorators" {
			    description "25-45, furnishing a new home, shops mostly on mobile"
			    share 60%
			    needs "Inspiration", "Fair prices"
			    triggers "Moving house"
			}

			source Interviews "12 customer interviews, spring 2026" { kind interviews }

			kpi Conversion "Visit-to-purchase conversion" {
			    unit percent
			    baseline 1.2
			    target 2.0 by 2027-06-30
			    formula count(purchase_completed) / (count(product_viewed) / count(ad_clicked))
			    source Interviews
			}
			kpi OrderValue { unit currency formula avg(purchase_completed.value) target 900 baseline 800 }
			kpi Repeat { unit percent formula conversion(purchase_completed -> purchase_completed within 90 days) target 20 baseline 10 }

			goal MoreNewSales "Increase new sales" { kind new-sales kpis Conversion, OrderValue }

			journey FirstPurchase "Buying a painting online" {
			    for HomeDecorators
			    pursues MoreNewSales
			    model eight-phases
			    language da

			    phase Discover {
			        customer-goal "Find something that fits my living room"
			        doing "Scrolls Instagram"
			        thinking 'What style suits me?'
			        feeling -1 "Unsure"
			        volume 3000000000

			        touchpoint InstagramAd "Instagram ad" {
			            channel social online
			            owner "Marketing"
			            serves HomeDecorators
			            experience -1
			            event ad_clicked { campaign: string required, creative_id: string "Ad creative" }
			        }
			        pain PricesHidden "Prices are not shown in ads" { severity high evidence Interviews }
			        opportunity ShowPrices "Show the price range in ads" { value high effort low fixes PricesHidden }
			    }
			    /* the product page is where most customers drop out */
			    phase Consider { touchpoint ProductPage { channel web online event product_viewed { product_id: string required } } }
			    phase Buy { volume 2400 kpis Conversion touchpoint Checkout { channel web online event purchase_completed { order_id: string required, value: number required } } }
			}

			initiative PriceTransparency "Price transparency in ads" {
			    realizes ShowPrices
			    owner "Marketing"
			    staffing upskill
			    resources "1 designer"
			    due 2027-01-31
			    milestone "Prices in all ads" by 2026-12-15 moves Conversion to 1.5
			    milestone "Review"
			}
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private IGrammarAccess grammarAccess;

	// ------------------------------------------------------------------ nothing at all

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\n\n\n", "\t \r\n ", "// only a comment", "/* a block\n   comment */\n", "// one\n/* two */ // three\n" })
	void fileWithoutElementsIsAValidEmptyModel(String text) throws IOException {
		XtextResource resource = load(text);

		assertEquals(List.of(), describe(validation.validate(resource)));
		// nothing was written, so there is no root object at all: consumers must expect an empty resource
		assertTrue(resource.getContents().isEmpty());
		assertNull(resource.getParseResult().getRootASTElement());
	}

	@Test
	void byteOrderMarkIsNotContent() throws IOException {
		// given a file saved as "UTF-8 with BOM", as Windows tools do
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "segment Førstegangskøbere { share 60% }\njourney J { for Førstegangskøbere }".getBytes(UTF_8);
		byte[] bytes = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, bytes, 0, bom.length);
		System.arraycopy(text, 0, bytes, bom.length, text.length);

		// when it is loaded
		XtextResource resource = load(bytes);

		// then the mark is neither an error nor part of the text
		assertEquals(List.of(), describe(validation.validate(resource)));
		Model model = (Model) resource.getContents().get(0);
		assertEquals("Førstegangskøbere", ((Segment) model.getElements().get(0)).getName());
	}

	// ------------------------------------------------------------------ noise

	@ParameterizedTest
	@ValueSource(ints = { 1, 16, 256, 4_096, 65_536 })
	void randomBytesNeverThrowAndEveryErrorHasAPosition(int size) {
		for (long seed = 1; seed <= 3; seed++) {
			// given bytes that are mostly not UTF-8 at all
			byte[] bytes = new byte[size];
			new Random(seed * 31 + size).nextBytes(bytes);
			String decodedLeniently = new String(bytes, UTF_8);
			assertTrue(size < 16 || decodedLeniently.indexOf('\uFFFD') >= 0, "the sample holds malformed UTF-8");

			// when they are loaded both as raw bytes and as the text a lenient decoder makes of them
			XtextResource fromBytes = assertDoesNotThrow(() -> load(bytes));
			XtextResource fromText = assertDoesNotThrow(() -> load(decodedLeniently));

			// then malformed bytes become U+FFFD, as the lenient decoder does, and every error is positioned
			assertEquals(decodedLeniently, fromBytes.getParseResult().getRootNode().getText());
			for (XtextResource resource : List.of(fromBytes, fromText)) {
				List<Issue> issues = assertDoesNotThrow(() -> validation.validate(resource));
				assertErrorsArePositioned(issues, decodedLeniently);
				if (size >= 16) {
					assertFalse(errors(issues).isEmpty(), "random bytes without an error, seed " + seed);
				}
			}
		}
	}

	@Test
	void randomSequencesOfTheLanguagesOwnTokensNeverThrow() {
		// noise made of keywords, names and punctuation gets deep into the parser's error recovery
		// and hands the linker and validator half-built models
		List<String> vocabulary = new ArrayList<>(GrammarUtil.getAllKeywords(grammarAccess.getGrammar()));
		vocabulary.addAll(List.of("HomeDecorators", "purchase_completed", "Førstegangskøbere", "x", "^phase", "42", "-3",
				"12.5", "2027-06-30", "2027-02-30", "99999999999999999999", "\"text\"", "'text'", "\"unterminated",
				"// comment\n", "/* comment */", "\n", "@", "#", "\u00a0"));
		vocabulary.sort(null); // getAllKeywords is a set: fix the order so that the seeds repeat
		for (long seed = 1; seed <= 40; seed++) {
			Random random = new Random(seed);
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < 300; i++) {
				text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(random.nextInt(4) == 0 ? "\n" : " ");
			}

			XtextResource resource = assertDoesNotThrow(() -> load(text.toString()));
			List<Issue> issues = assertDoesNotThrow(() -> validation.validate(resource), "seed " + seed);
			assertErrorsArePositioned(issues, text.toString());
		}
	}

	// ------------------------------------------------------------------ truncated files

	@Test
	@Slow
	void everyTruncationOfARealisticModelParsesWithPositionedErrors() throws IOException {
		// the complete model is the baseline: any error below comes from the truncation
		assertEquals(List.of(), describe(errors(validation.validate(load(REALISTIC_MODEL)))));

		int truncationsWithErrors = 0;
		int truncations = 0;
		for (int length = 0; length < REALISTIC_MODEL.length(); length += 7) {
			String truncated = REALISTIC_MODEL.substring(0, length);

			XtextResource resource = assertDoesNotThrow(() -> load(truncated), "truncated at " + length);
			List<Issue> issues = assertDoesNotThrow(() -> validation.validate(resource), "truncated at " + length);

			assertErrorsArePositioned(issues, truncated);
			truncations++;
			truncationsWithErrors += errors(issues).isEmpty() ? 0 : 1;
		}
		// cut anywhere but between two elements, a file is broken; the parser must say so
		assertTrue(truncationsWithErrors > truncations * 3 / 4, truncationsWithErrors + " of " + truncations);
	}

	@Test
	void truncationInsideTheJourneyReportsTheMissingBraceAtTheEnd() throws IOException {
		String text = """
				journey J {
				    phase P {
				        touchpoint T
				    }
				""";

		List<Issue> errors = errors(validation.validate(load(text)));

		// Xtext puts an error at the end of input right after the last token
		assertEquals(List.of("4:6 The file ends too early, expecting '}'. Check for a missing '}' or an unfinished line."),
				describe(errors));
	}

	// ------------------------------------------------------------------ typical mistakes

	@Test
	void missingClosingBraceIsReportedWhereTheNextElementStarts() throws IOException {
		XtextResource resource = load("""
				segment A {
				    share 60%

				segment B { share 5% }
				""");

		List<Issue> errors = errors(validation.validate(resource));

		assertEquals(List.of("4:1 A '}' is missing before 'segment': close segment A first."), describe(errors));
		// the parser recovers: the segment after the mistake is still in the model
		Model model = (Model) resource.getContents().get(0);
		assertEquals(List.of("A", "B"), model.getElements().stream().map(e -> e.getName()).toList());
	}

	@Test
	void extraClosingBraceAtTheTopLevelIsReportedAtTheBrace() throws IOException {
		List<Issue> errors = errors(validation.validate(load("""
				segment A { share 60% }
				}
				segment B
				""")));

		assertEquals(List.of("2:1 '}' " + TOP_LEVEL_ONLY), describe(errors));
	}

	@Test
	void extraClosingBraceInsideAJourneyClosesItEarly() throws IOException {
		XtextResource resource = load("""
				journey J {
				    phase P { touchpoint T } }
				    phase Q {}
				}
				""");

		List<Issue> errors = errors(validation.validate(resource));

		// the phase after the early close cannot stand at the top level: that is where the error is
		assertEquals(List.of("3:5 'phase' " + TOP_LEVEL_ONLY), describe(errors));
		Journey journey = (Journey) ((Model) resource.getContents().get(0)).getElements().get(0);
		assertEquals(List.of("P"), journey.getPhases().stream().map(Phase::getName).toList());
	}

	@Test
	void unterminatedStringIsReportedAtItsOpeningQuoteAndEndsOnItsLine() throws IOException {
		String text = """
				segment A { share 10% }
				segment B {
				    description "furnishing a new home
				    share 60%
				}
				""";

		List<Issue> errors = errors(validation.validate(load(text)));

		assertFalse(errors.isEmpty());
		Issue first = errors.get(0);
		assertEquals(3, first.getLineNumber());
		assertEquals(17, first.getColumn(), "column of the opening quote");
		assertEquals(IssueCodes.MISSING_QUOTE, first.getCode());
		assertEquals(1, errors.size(), "the text ends on its line: the lines after it read as usual");
	}

	@Test
	void invalidEscapeInAStringIsReportedWithItsPosition() throws IOException {
		List<Issue> errors = errors(validation.validate(load("segment A {\n  description \"C:\\temp\\x\"\n}")));

		assertEquals(1, errors.size(), describe(errors).toString());
		assertEquals(2, errors.get(0).getLineNumber());
		assertTrue(errors.get(0).getMessage().startsWith("Invalid escape sequence"), errors.get(0).getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2027-02-30", "2027-13-01", "2026-02-29", "2027-6-30", "27-06-30", "2027-06-31" })
	void impossibleDateIsAnErrorAtTheDateThatShowsTheFormat(String date) throws IOException {
		List<Issue> errors = errors(validation.validate(load("initiative I {\n    owner \"Marketing\"\n    due " + date + "\n}\n")));

		assertEquals(1, errors.size(), describe(errors).toString());
		Issue error = errors.get(0);
		assertEquals(3, error.getLineNumber());
		assertEquals(9, error.getColumn());
		assertEquals(date.length(), error.getLength());
		assertTrue(error.getMessage().contains("'" + date + "'") && error.getMessage().contains("yyyy-mm-dd"), error.getMessage());
	}

	@Test
	void leapDayOfALeapYearIsADate() throws IOException {
		List<Issue> issues = validation.validate(load("initiative I { due 2028-02-29 milestone \"Leap\" by 2028-02-29 }"));

		assertEquals(List.of(), describe(errors(issues)));
	}

	@Test
	void hugeVolumeIsAClearErrorAtTheNumber() throws IOException {
		List<Issue> errors = errors(validation.validate(load("journey J {\n    phase P {\n        volume 99999999999999999999\n    }\n}\n")));

		assertEquals(List.of("3:16 '99999999999999999999' is out of range: expected a whole number from 0 to 9223372036854775807"),
				describe(errors));
	}

	@Test
	void hugeFeelingExperienceAndConversionWindowAreClearErrors() throws IOException {
		List<Issue> errors = errors(validation.validate(load("""
				journey J {
				    phase P {
				        feeling 3000000000
				        touchpoint T { experience -3000000000 event a event b }
				    }
				}
				kpi K { formula conversion(a -> b within 99999999999 days) }
				""")));

		assertEquals(List.of(
				"3:17 '3000000000' is out of range: expected a whole number from -2147483648 to 2147483647",
				"4:35 '-3000000000' is out of range: expected a whole number from -2147483648 to 2147483647",
				"7:42 '99999999999' is out of range: expected a whole number from 0 to 2147483647"), describe(errors));
	}

	@Test
	void unknownEnumValueIsReportedAtTheWord() throws IOException {
		List<Issue> errors = errors(validation.validate(load("kpi K {\n    unit percentage\n}\n")));

		assertFalse(errors.isEmpty());
		assertEquals(2, errors.get(0).getLineNumber());
		assertEquals(10, errors.get(0).getColumn());
	}

	// ------------------------------------------------------------------ size and depth

	@Test
	@Slow
	void hundredThousandLineModelParsesWithoutErrors() throws IOException {
		GeneratedModel generated = generateModel(100_000, -1);

		long start = System.nanoTime();
		XtextResource resource = load(generated.text());
		long parsed = System.nanoTime();
		List<Issue> issues = validation.validate(resource);
		long validated = System.nanoTime();
		System.out.printf("100,000-line model: %,d lines, %,d characters, parsed in %,d ms, linked and validated in %,d ms%n",
				generated.lines(), generated.text().length(), (parsed - start) / 1_000_000, (validated - parsed) / 1_000_000);

		assertEquals(List.of(), describe(errors(issues)));
		Journey journey = (Journey) ((Model) resource.getContents().get(0)).getElements().stream()
				.filter(Journey.class::isInstance).findFirst().orElseThrow();
		assertEquals(generated.phases(), journey.getPhases().size());
		assertEquals(generated.phases() * TOUCHPOINTS_PER_PHASE,
				journey.getPhases().stream().mapToInt(p -> p.getTouchpoints().size()).sum());
		Phase last = journey.getPhases().get(generated.phases() - 1);
		assertEquals("event_" + (generated.phases() - 1) + "_" + (TOUCHPOINTS_PER_PHASE - 1),
				last.getTouchpoints().get(TOUCHPOINTS_PER_PHASE - 1).getEvents().get(0).getName());
	}

	@Test
	@Slow
	void syntaxErrorNearTheEndOfAHundredThousandLineModelIsReportedOnItsLine() throws IOException {
		// given a misspelt channel a few lines before the end
		GeneratedModel generated = generateModel(100_000, 99_990);
		assertTrue(generated.text().split("\n", -1)[generated.brokenLine() - 1].contains("channel wbe online"));

		XtextResource resource = load(generated.text());

		// the parser's own record of syntax errors: linking this size of model would only add time
		List<Resource.Diagnostic> errors = resource.getErrors();
		assertFalse(errors.isEmpty());
		Resource.Diagnostic first = errors.get(0);
		assertTrue(SyntaxDiagnostics.isSyntaxDiagnostic(first), () -> "a syntax error first: " + first);
		assertEquals(generated.brokenLine(), first.getLine());
		assertEquals(21, first.getColumn(), "column of 'wbe'");
		assertTrue(first.getMessage().contains("'wbe'"), first.getMessage());
		// nothing before the mistake is blamed
		assertTrue(errors.stream().allMatch(e -> e.getLine() >= generated.brokenLine()),
				errors.stream().map(e -> e.getLine() + ":" + e.getColumn() + " " + e.getMessage()).toList().toString());
	}

	@Test
	void deeplyNestedParenthesesInAFormulaParse() throws IOException {
		// The parser descends recursively: with the default 1 MB thread stack, some 2,000 nested
		// parentheses still parse and 2,500 overflow it (ParseException caused by StackOverflowError).
		// No hand-written formula comes near; this depth only guards against a regression.
		int depth = 100;
		String formula = "(".repeat(depth) + "count(clicked)" + ")".repeat(depth);

		XtextResource resource = load("journey J { phase P { touchpoint T { event clicked } } }\nkpi K { formula " + formula + " }");

		assertEquals(List.of(), describe(errors(validation.validate(resource))));
		Kpi kpi = (Kpi) ((Model) resource.getContents().get(0)).getElements().get(1);
		assertEquals("clicked", assertInstanceOf(Aggregate.class, kpi.getFormula()).getEvent().getName());
	}

	@Test
	void longChainOfRatiosParsesIntoOneFlatRatio() throws IOException {
		// a chain is one Ratio with a list of denominators: a tree as deep as the chain made every
		// walk up the model (to its resource, to the root node) cost the chain's length, and linking
		// and validation quadratic in it
		int terms = 10_000;
		String formula = String.join(" / ", Collections.nCopies(terms, "count(clicked)"));

		XtextResource resource = load("journey J { phase P { touchpoint T { event clicked } } }\nkpi K { formula " + formula + " }");

		assertEquals(List.of(), describe(errors(validation.validate(resource))));
		Ratio ratio = assertInstanceOf(Ratio.class, ((Kpi) ((Model) resource.getContents().get(0)).getElements().get(1)).getFormula());
		assertInstanceOf(Aggregate.class, ratio.getNumerator());
		assertInstanceOf(Aggregate.class, ratio.getDenominator());
		assertEquals(terms - 2, ratio.getFurtherDenominators().size());
		assertTrue(ratio.getFurtherDenominators().stream().allMatch(Aggregate.class::isInstance));
	}

	// ------------------------------------------------------------------ helpers

	private static final int TOUCHPOINTS_PER_PHASE = 20;

	private record GeneratedModel(String text, int lines, int phases, int brokenLine) {
	}

	/**
	 * A journey of many phases, each with touchpoints, events, a pain and an opportunity, of at
	 * least {@code minimumLines} lines. If {@code brokenLine} is positive, the touchpoint whose
	 * channel falls on that line (or the first one after it) misspells the channel.
	 */
	private static GeneratedModel generateModel(int minimumLines, int brokenLine) {
		StringBuilder text = new StringBuilder(minimumLines * 36);
		LineCounter lines = new LineCounter(text);
		lines.append("""
				package generated
				segment Everyone { share 100% }
				source Analytics { kind analytics }
				kpi Conversion { unit percent baseline 1 target 2 formula count(event_1_0) / count(event_0_0) }
				kpi Revenue { unit currency formula sum(event_2_3.value) }
				goal MoreSales { kind new-sales kpis Conversion, Revenue }
				journey Big "Generated" {
				    for Everyone
				    pursues MoreSales
				    model funnel
				""");
		int broken = -1;
		int phase = 0;
		while (lines.count() < minimumLines - 1) {
			lines.append("    phase Phase_" + phase + " {\n"
					+ "        customer-goal \"Goal " + phase + "\"\n"
					+ "        feeling 1\n"
					+ "        volume " + (10_000_000 - phase) + "\n"
					+ "        kpis Conversion\n");
			for (int touchpoint = 0; touchpoint < TOUCHPOINTS_PER_PHASE; touchpoint++) {
				String id = phase + "_" + touchpoint;
				// the channel is on the touchpoint's second line
				boolean breakHere = brokenLine > 0 && broken < 0 && lines.count() + 1 >= brokenLine;
				if (breakHere) {
					broken = lines.count() + 1;
				}
				lines.append("        touchpoint Touchpoint_" + id + " {\n"
						+ "            channel " + (breakHere ? "wbe" : "web") + " online\n"
						+ "            serves Everyone\n"
						+ "            experience 0\n"
						+ "            event event_" + id + " { id: string required, value: number }\n"
						+ "        }\n");
			}
			lines.append("        pain Pain_" + phase + " { severity low evidence Analytics }\n"
					+ "        opportunity Opportunity_" + phase + " { value high effort low fixes Pain_" + phase + " }\n"
					+ "    }\n");
			phase++;
		}
		lines.append("}\n");
		return new GeneratedModel(text.toString(), lines.count(), phase, broken);
	}

	/** Appends text and keeps count of its lines (the last, unterminated one included). */
	private static final class LineCounter {
		private final StringBuilder text;
		private int newlines;

		LineCounter(StringBuilder text) {
			this.text = text;
		}

		void append(String more) {
			text.append(more);
			newlines += (int) more.chars().filter(c -> c == '\n').count();
		}

		/** The line the next character lands on. */
		int count() {
			return newlines + 1;
		}
	}

	private XtextResource load(String text) throws IOException {
		return load(text.getBytes(UTF_8));
	}

	private XtextResource load(byte[] bytes) throws IOException {
		XtextResourceSet resourceSet = resourceSetProvider.get();
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("bad-input.journey"));
		resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, UTF_8.name()));
		assertNotNull(resource.getParseResult());
		return resource;
	}

	private static List<Issue> errors(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	private static List<String> describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage()).toList();
	}

	/**
	 * Every error points into the text: a line that exists (counting line breaks as Xtext does:
	 * \r\n, \r and \n) and a column from 1.
	 */
	private static void assertErrorsArePositioned(List<Issue> issues, String text) {
		int lines = text.split("\r\n|\r|\n", -1).length;
		for (Issue error : errors(issues)) {
			String where = "error '" + error.getMessage() + "' in " + lines + " lines";
			assertNotNull(error.getLineNumber(), where);
			assertNotNull(error.getColumn(), where);
			assertTrue(error.getLineNumber() >= 1 && error.getLineNumber() <= lines, where + " at line " + error.getLineNumber());
			assertTrue(error.getColumn() >= 1, where + " at column " + error.getColumn());
			assertTrue(error.getOffset() >= 0 && error.getOffset() <= text.length(), where + " at offset " + error.getOffset());
		}
	}
}
