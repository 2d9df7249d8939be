package org.journey.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.ExceptionAcceptor;
import org.journey.dsl.journey.Model;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyFormatterTest {

	/**
	 * Every construct of the grammar, written the way a hurried modeller might: several elements
	 * on a line, properties in no particular order, odd spaces around punctuation.
	 */
	private static final String MESSY_MODEL = """
			package   webshop.journeys
			import shared.segments.*    import   shared . kpis.Conversion
			segment HomeDecorators "Home decorators" { share 60.5 % description "25-45, furnishing a new home"
			  needs "Inspiration" ,"Fair prices" triggers "Moving house","New job" }
			segment Empty {   }
			source Interviews "12 customer interviews" { link "https://example.org/interviews" kind focus-groups description "Spring 2026" }
			source Logs
			kpi ConversionRate "Visit-to-purchase conversion" { unit percent baseline -1.2 target 2.0   by 2027-06-30 direction decrease
			  formula count ( purchase_completed ) / count(product_viewed) source Interviews , Logs owner "Analytics" description "Share of visits that buy" }
			kpi OrderValue { unit currency formula sum( purchase_completed . value )/( count(purchase_completed) / distinct(purchase_completed.order_id) ) }
			kpi AverageOrder { formula avg(purchase_completed.value) }
			kpi Repeat { formula conversion ( purchase_completed->purchase_completed within 90 days ) target 20 }
			goal MoreNewSales "Increase new sales" { kpis ConversionRate,OrderValue kind new-sales owner "Sales" description "Grow" }
			journey FirstPurchase "Buying a painting online" { model eight-phases for HomeDecorators pursues MoreNewSales language en owner "CX" description "First purchase"
			phase Discover "Discover" { customer-goal "Find something" description "Inspiration" doing "Scrolls Instagram", "Saves posts" thinking "What suits me?"
			feeling -1 "Unsure" volume 120000 kpis ConversionRate
			touchpoint InstagramAd "Instagram ad" { experience -2 channel social online owner "Marketing" serves HomeDecorators description "Paid post"
			event ad_clicked "A click on the ad" { campaign : string required "Campaign id" , creative_id: string } event ad_seen }
			pain PricesHidden "Prices are not shown in ads" { evidence Interviews,Logs severity high description "No price" }
			opportunity ShowPrices "Show prices" { fixes PricesHidden value high effort low owner "Marketing" description "Price range" }
			touchpoint Friends { channel word-of-mouth offline }   pain NoReviews
			}
			phase Buy { volume 2400 touchpoint Checkout { channel web event purchase_completed { order_id: string required, value: number required } event product_viewed {} } }
			}
			initiative PriceTransparency "Price transparency in ads" { due 2027-01-31 realizes ShowPrices owner "Marketing" staffing upskill resources "2 developers", "1 designer" description "Show prices"
			milestone "Prices in all ads" by 2026-12-15 moves ConversionRate to 1.5 milestone "Reviewed" by 2027-01-15 milestone "Live" }
			""";

	/** {@link #MESSY_MODEL} in the canonical layout. */
	private static final String CANONICAL_MODEL = """
			package webshop.journeys

			import shared.segments.*
			import shared.kpis.Conversion

			segment HomeDecorators "Home decorators" {
			    share 60.5%
			    description "25-45, furnishing a new home"
			    needs "Inspiration", "Fair prices"
			    triggers "Moving house", "New job"
			}

			segment Empty {}

			source Interviews "12 customer interviews" {
			    link "https://example.org/interviews"
			    kind focus-groups
			    description "Spring 2026"
			}

			source Logs

			kpi ConversionRate "Visit-to-purchase conversion" {
			    unit percent
			    baseline -1.2
			    target 2.0 by 2027-06-30
			    direction decrease
			    formula count(purchase_completed) / count(product_viewed)
			    source Interviews, Logs
			    owner "Analytics"
			    description "Share of visits that buy"
			}

			kpi OrderValue {
			    unit currency
			    formula sum(purchase_completed.value) / (count(purchase_completed) / distinct(purchase_completed.order_id))
			}

			kpi AverageOrder {
			    formula avg(purchase_completed.value)
			}

			kpi Repeat {
			    formula conversion(purchase_completed -> purchase_completed within 90 days)
			    target 20
			}

			goal MoreNewSales "Increase new sales" {
			    kpis ConversionRate, OrderValue
			    kind new-sales
			    owner "Sales"
			    description "Grow"
			}

			journey FirstPurchase "Buying a painting online" {
			    model eight-phases
			    for HomeDecorators
			    pursues MoreNewSales
			    language en
			    owner "CX"
			    description "First purchase"

			    phase Discover "Discover" {
			        customer-goal "Find something"
			        description "Inspiration"
			        doing "Scrolls Instagram", "Saves posts"
			        thinking "What suits me?"
			        feeling -1 "Unsure"
			        volume 120000
			        kpis ConversionRate

			        touchpoint InstagramAd "Instagram ad" {
			            experience -2
			            channel social online
			            owner "Marketing"
			            serves HomeDecorators
			            description "Paid post"
			            event ad_clicked "A click on the ad" {
			                campaign: string required "Campaign id",
			                creative_id: string
			            }
			            event ad_seen
			        }

			        pain PricesHidden "Prices are not shown in ads" {
			            evidence Interviews, Logs
			            severity high
			            description "No price"
			        }

			        opportunity ShowPrices "Show prices" {
			            fixes PricesHidden
			            value high
			            effort low
			            owner "Marketing"
			            description "Price range"
			        }

			        touchpoint Friends {
			            channel word-of-mouth offline
			        }

			        pain NoReviews
			    }

			    phase Buy {
			        volume 2400

			        touchpoint Checkout {
			            channel web
			            event purchase_completed {
			                order_id: string required,
			                value: number required
			            }
			            event product_viewed {}
			        }
			    }
			}

			initiative PriceTransparency "Price transparency in ads" {
			    due 2027-01-31
			    realizes ShowPrices
			    owner "Marketing"
			    staffing upskill
			    resources "2 developers", "1 designer"
			    description "Show prices"
			    milestone "Prices in all ads" by 2026-12-15 moves ConversionRate to 1.5
			    milestone "Reviewed" by 2027-01-15
			    milestone "Live"
			}
			""";

	private static final String COMMENTED_MODEL = """
			/* Journeys of the web shop.
			   Owned by the CX team. */

			// Generated names follow GA4 rules.
			package webshop // the shop's namespace

			// The main persona
			segment HomeDecorators "Home decorators" { // from the 2026 survey
			  description "25-45" // age band
			      // own line, odd indentation
			  share 60 /* approx. */ %
			  needs "Inspiration", /* the most named */ "Fair prices"
			  // triggers "Moving house"
			}
			segment Later { // to be described
			}
			journey FirstPurchase {
			   // the phases follow eight-phases
			   phase Buy { touchpoint Checkout { event purchase_completed { order_id: string, // always set
			   value: number } } }
			   /* more phases to come */
			}
			// end of file
			""";

	private static final String COMMENTED_MODEL_FORMATTED = """
			/* Journeys of the web shop.
			 Owned by the CX team. */

			// Generated names follow GA4 rules.
			package webshop // the shop's namespace

			// The main persona
			segment HomeDecorators "Home decorators" { // from the 2026 survey
			    description "25-45" // age band
			    // own line, odd indentation
			    share 60 /* approx. */ %
			    needs "Inspiration", /* the most named */ "Fair prices"
			    // triggers "Moving house"
			}

			segment Later { // to be described
			}

			journey FirstPurchase {
			    // the phases follow eight-phases
			    phase Buy {
			        touchpoint Checkout {
			            event purchase_completed {
			                order_id: string, // always set
			                value: number
			            }
			        }
			    }
			    /* more phases to come */
			}
			// end of file
			""";

	@Inject
	private FormatterTestHelper formatterTestHelper;

	@Inject
	private ParseHelper<Model> parseHelper;

	@Inject
	private Provider<IFormatter2> formatter;

	@Inject
	private Provider<FormatterRequest> formatterRequests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	@Test
	void messyModelWithEveryConstructGetsTheCanonicalLayout() {
		formatterTestHelper.assertFormatted(request -> {
			request.setToBeFormatted(MESSY_MODEL);
			request.setExpectation(CANONICAL_MODEL);
			request.setAllowUnformattedWhitespace(false);
		});
	}

	/** A plus on a score is the modeller's choice (the docs write the scale -2..+2): kept, and kept next to the number. */
	@Test
	void aPlusOnAScoreIsKept() throws Exception {
		String formatted = format("journey J {\n  phase P {\n    feeling   +2\n    touchpoint T { experience +1 }\n  }\n}\n");

		assertTrue(formatted.contains("feeling +2\n"), formatted);
		assertTrue(formatted.contains("experience +1"), formatted);
		assertEquals(formatted, format(formatted), "stable");
	}

	@Test
	void canonicalModelIsLeftAsItIs() {
		formatterTestHelper.assertFormatted(request -> request.setToBeFormatted(CANONICAL_MODEL));
	}

	@Test
	void commentsKeepTheirTextAndPlace() throws Exception {
		formatterTestHelper.assertFormatted(request -> {
			request.setToBeFormatted(COMMENTED_MODEL);
			request.setExpectation(COMMENTED_MODEL_FORMATTED);
		});
		// The formatter may re-indent the lines of a block comment, nothing else.
		assertEquals(comments(COMMENTED_MODEL), comments(format(COMMENTED_MODEL)));
	}

	static Stream<Arguments> models() {
		return Stream.of(
				Arguments.of("messy model", MESSY_MODEL),
				Arguments.of("canonical model", CANONICAL_MODEL),
				Arguments.of("model with comments", COMMENTED_MODEL),
				Arguments.of("model without package, indented with tabs", """
						\t\tsegment A {
						\t\t\tdescription "a"\t}
						\t\tjourney J { for A phase P { } }
						"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void formattingAgainChangesNothing(String description, String model) throws Exception {
		String formattedOnce = format(model);

		String formattedTwice = format(formattedOnce);

		assertEquals(formattedOnce, formattedTwice);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void formattingDoesNotChangeTheModel(String description, String model) throws Exception {
		Model parsed = parseHelper.parse(model);
		EcoreUtil.resolveAll(parsed);

		Model parsedAfterFormatting = parseHelper.parse(format(model));
		EcoreUtil.resolveAll(parsedAfterFormatting);

		assertTrue(parsed.eResource().getErrors().isEmpty(), () -> parsed.eResource().getErrors().toString());
		assertTrue(EcoreUtil.equals(parsed, parsedAfterFormatting),
				"the formatted text must parse to the same model, cross-references included");
	}

	@Test
	@Slow
	void aCommentInAnyGapBetweenTokensSurvivesAndFormattingStaysStable() throws Exception {
		List<String> problems = new ArrayList<>();
		List<Integer> gaps = gapsBetweenTokens(CANONICAL_MODEL);
		for (int i = 0; i < gaps.size(); i++) {
			// alternate the two kinds of comment to keep the test quick
			String comment = i % 2 == 0 ? "/* note */" : "// note\n";
			String commented = new StringBuilder(CANONICAL_MODEL).insert(gaps.get(i), " " + comment).toString();

			String formatted = format(commented);

			if (!formatted.contains(comment.strip())) {
				problems.add("comment lost at offset " + gaps.get(i));
			} else if (!formatted.equals(format(formatted))) {
				problems.add("formatting again changes the text, comment at offset " + gaps.get(i));
			} else if (!EcoreUtil.equals(resolvedModel(commented), resolvedModel(formatted))) {
				problems.add("model changed, comment at offset " + gaps.get(i));
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void propertiesKeepTheOrderTheModellerChose() {
		formatterTestHelper.assertFormatted(request -> {
			request.setToBeFormatted("""
					kpi K { owner "Ana" target 5 unit count baseline 1 }
					""");
			request.setExpectation("""
					kpi K {
					    owner "Ana"
					    target 5
					    unit count
					    baseline 1
					}
					""");
		});
	}

	@Test
	void unitsWithACurrencyOrATimeUnitGetOneLineAndSingleSpaces() {
		formatterTestHelper.assertFormatted(request -> {
			request.setToBeFormatted("""
					kpi Revenue { unit   currency
					  DKK baseline 1800000 }
					kpi Delivery { baseline 3 unit duration    days }
					""");
			request.setExpectation("""
					kpi Revenue {
					    unit currency DKK
					    baseline 1800000
					}

					kpi Delivery {
					    baseline 3
					    unit duration days
					}
					""");
			request.setAllowUnformattedWhitespace(false);
		});
	}

	@Test
	void formulasHugTheirParenthesesAndSpaceTheirOperators() {
		formatterTestHelper.assertFormatted(request -> {
			request.setToBeFormatted("""
					kpi A { formula ( sum ( e . p ) / count ( e ) ) / avg(e.p) }
					kpi B { formula conversion(e->e within 7 days) }
					journey J { phase P { touchpoint T { event e { p: number } } } }
					""");
			request.setExpectation("""
					kpi A {
					    formula (sum(e.p) / count(e)) / avg(e.p)
					}

					kpi B {
					    formula conversion(e -> e within 7 days)
					}

					journey J {
					    phase P {
					        touchpoint T {
					            event e {
					                p: number
					            }
					        }
					    }
					}
					""");
		});
	}

	@Test
	void eventsWithoutPropertiesStayOnOneLine() {
		formatterTestHelper.assertFormatted(request -> {
			request.setToBeFormatted("""
					journey J { phase P { touchpoint T { event opened "App opened" event closed { } } } }
					""");
			request.setExpectation("""
					journey J {
					    phase P {
					        touchpoint T {
					            event opened "App opened"
					            event closed {}
					        }
					    }
					}
					""");
		});
	}

	@Test
	void qualifiedNamesWrittenWithSpacesAreClosedUp() {
		formatterTestHelper.assertFormatted(request -> {
			request.setToBeFormatted("""
					package shop . journeys
					import shared . segments . *
					journey J { for shared . segments . Buyers }
					""");
			request.setExpectation("""
					package shop.journeys

					import shared.segments.*

					journey J {
					    for shared.segments.Buyers
					}
					""");
			// the reference to another file stays unresolved; only the layout matters here
			request.setUseSerializer(false);
		});
	}

	@Test
	void trackingBlockPutsEachSettingOnItsOwnLine() throws Exception {
		String formatted = format("segment S tracking { ga4-measurement-id \"G-1234\" snowplow-vendor \"com.acme\" }");

		assertEquals("segment S\n\ntracking {\n    ga4-measurement-id \"G-1234\"\n    snowplow-vendor \"com.acme\"\n}\n", formatted);
	}

	@Test
	void aBlankLineBetweenTwoCommentsStaysAndMoreShrinkToOne() throws Exception {
		String sectioned = "segment A\n\n// ---- more segments ----\n\n// B is the second\nsegment B\n";

		assertEquals(sectioned, format(sectioned));
		assertEquals(sectioned, format(sectioned.replace("----\n\n", "----\n\n\n\n")));
		assertEquals("segment A\n\n// one\n// two\nsegment B\n", format("segment A\n\n// one\n// two\nsegment B\n"));
		assertEquals("segment A /* one */ /* two */\n", format("segment A /* one */ /* two */"));
	}

	@Test
	void aBlankLineBetweenCommentsInsideABodyStays() throws Exception {
		String commented = "journey J {\n    // first\n\n    // second\n    phase P {\n        volume 10\n    }\n}\n";

		assertEquals(commented, format(commented));
	}

	@Test
	void indentationIsFourSpacesWhateverTheInputUsed() throws Exception {
		String formatted = format("journey J {\n\tphase P {\n\t\tvolume 10\n\t}\n}\n");

		assertEquals("journey J {\n    phase P {\n        volume 10\n    }\n}\n", formatted);
		assertFalse(formatted.contains("\t"));
	}

	/** Formats the text as an editor would: through the node model, with the language's preferences. */
	private String format(String text) throws Exception {
		XtextResource resource = (XtextResource) parseHelper.parse(text).eResource();
		assertFalse(resource.getParseResult().hasSyntaxErrors(), () -> "syntax errors in\n" + text);
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = formatterRequests.get();
		request.setExceptionHandler(ExceptionAcceptor.THROWING);
		request.setTextRegionAccess(regions);
		List<ITextReplacement> replacements = formatter.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}

	private Model resolvedModel(String text) throws Exception {
		Model model = parseHelper.parse(text);
		EcoreUtil.resolveAll(model);
		return model;
	}

	/** Offsets of the whitespace between tokens, outside string literals. */
	private static List<Integer> gapsBetweenTokens(String text) {
		List<Integer> gaps = new ArrayList<>();
		boolean inString = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				inString = !inString;
			} else if (!inString && Character.isWhitespace(c) && (i == 0 || !Character.isWhitespace(text.charAt(i - 1)))) {
				gaps.add(i);
			}
		}
		return gaps;
	}

	private static List<String> comments(String text) {
		Matcher comment = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL).matcher(text);
		return comment.results().map(match -> match.group().replaceAll("\\s+", " ")).toList();
	}
}
