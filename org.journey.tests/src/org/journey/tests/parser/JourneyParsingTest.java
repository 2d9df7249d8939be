package org.journey.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.journey.dsl.journey.Aggregate;
import org.journey.dsl.journey.AggregateFunction;
import org.journey.dsl.journey.Channel;
import org.journey.dsl.journey.Conversion;
import org.journey.dsl.journey.Direction;
import org.journey.dsl.journey.Element;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.Formula;
import org.journey.dsl.journey.Goal;
import org.journey.dsl.journey.GoalKind;
import org.journey.dsl.journey.Initiative;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Level;
import org.journey.dsl.journey.Milestone;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Opportunity;
import org.journey.dsl.journey.Pain;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.PropertyType;
import org.journey.dsl.journey.Ratio;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.journey.Source;
import org.journey.dsl.journey.SourceKind;
import org.journey.dsl.journey.Staffing;
import org.journey.dsl.journey.TimeUnit;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.journey.Unit;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Every construct of the grammar parses into the values the modeller wrote, and cross-references
 * resolve to the declarations they name.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyParsingTest {

	/**
	 * A journey whose touchpoint emits the events the formula tests measure; formulas name events
	 * by simple name, wherever a touchpoint declares them.
	 */
	private static final String TRACKED_EVENTS = """
			journey Tracking {
			    phase Buy {
			        touchpoint Checkout {
			            channel web online
			            event product_viewed { product_id: string required }
			            event purchase_completed { order_id: string required, value: number required, items: integer }
			        }
			    }
			}
			""";

	@Inject
	private ParseHelper<Model> parseHelper;

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	// ------------------------------------------------------------------ package and imports

	@Test
	void packageAndImportsAreKeptAsWritten() throws Exception {
		Model model = parse("""
				package webshop.campaigns

				import shared.segments.*
				import shared.kpis.Conversion
				""");

		assertEquals("webshop.campaigns", model.getName());
		assertEquals(List.of("shared.segments.*", "shared.kpis.Conversion"),
				model.getImports().stream().map(i -> i.getImportedNamespace()).toList());
		assertTrue(model.getElements().isEmpty());
	}

	@Test
	void importedDeclarationsOfAnotherFileResolveByWildcardQualifiedOrFullName() throws Exception {
		// given a shared library file in the same resource set
		XtextResourceSet resourceSet = resourceSetProvider.get();
		Model segments = parseHelper.parse("""
				package shared.segments
				segment HomeDecorators
				segment Students
				""", URI.createURI("segments.journey"), resourceSet);
		Model kpis = parseHelper.parse("""
				package shared.kpis
				kpi Conversion
				kpi Repeat
				""", URI.createURI("kpis.journey"), resourceSet);

		// when a file imports the segments package and one KPI, and names another KPI in full
		Model model = parseHelper.parse("""
				package webshop
				import shared.segments.*
				import shared.kpis.Conversion

				goal MoreSales { kpis Conversion, shared.kpis.Repeat }
				journey FirstPurchase { for HomeDecorators, Students pursues MoreSales }
				""", URI.createURI("webshop.journey"), resourceSet);
		assertNoErrors(model);

		// then every name resolves to the declaration in the other file
		Goal goal = element(model, Goal.class, "MoreSales");
		assertSame(element(kpis, Kpi.class, "Conversion"), goal.getKpis().get(0));
		assertSame(element(kpis, Kpi.class, "Repeat"), goal.getKpis().get(1));
		Journey journey = element(model, Journey.class, "FirstPurchase");
		assertSame(element(segments, Segment.class, "HomeDecorators"), journey.getSegments().get(0));
		assertSame(element(segments, Segment.class, "Students"), journey.getSegments().get(1));
	}

	// ------------------------------------------------------------------ segments and sources

	@Test
	void segmentKeepsEveryProperty() throws Exception {
		Model model = parse("""
				segment HomeDecorators "Home decorators" {
				    description "25-45, furnishing a new home"
				    share 60%
				    needs "Inspiration", "Fair prices", "Fast delivery"
				    triggers "Moving house", "New baby"
				}
				""");

		Segment segment = element(model, Segment.class, "HomeDecorators");
		assertEquals("Home decorators", segment.getTitle());
		assertEquals("25-45, furnishing a new home", segment.getDescription());
		assertEquals(new BigDecimal("60"), segment.getShare());
		assertEquals(List.of("Inspiration", "Fair prices", "Fast delivery"), segment.getNeeds());
		assertEquals(List.of("Moving house", "New baby"), segment.getTriggers());
	}

	@ParameterizedTest
	@ValueSource(strings = { "60", "12.5", "0.25", "100", "33.333" })
	void segmentShareIsAnExactDecimal(String share) throws Exception {
		Model model = parse("segment S { share " + share + "% }");

		// exact: the scale the modeller wrote survives, no binary floating point in between
		assertEquals(new BigDecimal(share), element(model, Segment.class, "S").getShare());
	}

	@Test
	void segmentTitleAndBodyAreOptional() throws Exception {
		Model model = parse("""
				segment Bare
				segment Titled "Only a title"
				segment EmptyBody {}
				""");

		Segment bare = element(model, Segment.class, "Bare");
		assertNull(bare.getTitle());
		assertNull(bare.getShare());
		assertTrue(bare.getNeeds().isEmpty());
		assertEquals("Only a title", element(model, Segment.class, "Titled").getTitle());
		assertNull(element(model, Segment.class, "EmptyBody").getDescription());
	}

	@Test
	void sourceKeepsEveryProperty() throws Exception {
		Model model = parse("""
				source Interviews "12 customer interviews, spring 2026" {
				    kind interviews
				    description "Recorded and transcribed"
				    link "https://wiki.example.com/research/interviews"
				}
				""");

		Source source = element(model, Source.class, "Interviews");
		assertEquals("12 customer interviews, spring 2026", source.getTitle());
		assertEquals(SourceKind.INTERVIEWS, source.getKind());
		assertEquals("Recorded and transcribed", source.getDescription());
		assertEquals("https://wiki.example.com/research/interviews", source.getLink());
	}

	@ParameterizedTest
	@EnumSource(SourceKind.class)
	void sourceKindIsParsedForEveryKind(SourceKind kind) throws Exception {
		Model model = parse("source S { kind " + kind.getLiteral() + " }");

		assertEquals(kind, element(model, Source.class, "S").getKind());
	}

	// ------------------------------------------------------------------ KPIs

	@Test
	void kpiKeepsEveryProperty() throws Exception {
		Model model = parse(TRACKED_EVENTS + """
				source Analytics { kind analytics }
				source Sales { kind sales-data }
				kpi Conversion "Visit-to-purchase conversion" {
				    description "Share of product views that end in a purchase"
				    unit percent
				    baseline 1.2
				    target 2.0 by 2027-06-30
				    direction increase
				    formula count(purchase_completed) / count(product_viewed)
				    source Analytics, Sales
				    owner "E-commerce"
				}
				""");

		Kpi kpi = element(model, Kpi.class, "Conversion");
		assertEquals("Visit-to-purchase conversion", kpi.getTitle());
		assertEquals("Share of product views that end in a purchase", kpi.getDescription());
		assertEquals(Unit.PERCENT, kpi.getUnit());
		assertEquals(new BigDecimal("1.2"), kpi.getBaseline());
		assertEquals(new BigDecimal("2.0"), kpi.getTarget());
		assertEquals("2027-06-30", kpi.getTargetDate());
		assertEquals(Direction.INCREASE, kpi.getDirection());
		assertInstanceOf(Ratio.class, kpi.getFormula());
		assertEquals(List.of(element(model, Source.class, "Analytics"), element(model, Source.class, "Sales")),
				kpi.getSources());
		assertEquals("E-commerce", kpi.getOwner());
	}

	@Test
	void kpiTargetDateIsOptional() throws Exception {
		Model model = parse("kpi ResponseTime { unit duration baseline 48 target 24 direction decrease }");

		Kpi kpi = element(model, Kpi.class, "ResponseTime");
		assertEquals(new BigDecimal("24"), kpi.getTarget());
		assertNull(kpi.getTargetDate());
		assertEquals(Direction.DECREASE, kpi.getDirection());
	}

	@Test
	void kpiValuesMayBeNegative() throws Exception {
		Model model = parse("kpi NetPromoters { unit score baseline -12.5 target -0.5 }");

		Kpi kpi = element(model, Kpi.class, "NetPromoters");
		assertEquals(new BigDecimal("-12.5"), kpi.getBaseline());
		assertEquals(new BigDecimal("-0.5"), kpi.getTarget());
	}

	@Test
	void kpiWithoutBodyHasNoValues() throws Exception {
		Model model = parse("kpi Sketch \"Still to be defined\"");

		Kpi kpi = element(model, Kpi.class, "Sketch");
		assertEquals("Still to be defined", kpi.getTitle());
		// an absent enum reads as its first literal; only eIsSet tells that nothing was written
		assertFalse(kpi.eIsSet(JourneyPackage.Literals.KPI__UNIT));
		assertNull(kpi.getBaseline());
		assertNull(kpi.getTarget());
		assertNull(kpi.getFormula());
		assertTrue(kpi.getSources().isEmpty());
		// absent means increase, as the grammar documents
		assertEquals(Direction.INCREASE, kpi.getDirection());
	}

	@ParameterizedTest
	@EnumSource(Unit.class)
	void kpiUnitIsParsedForEveryUnit(Unit unit) throws Exception {
		Model model = parse("kpi K { unit " + unit.getLiteral() + " }");

		assertEquals(unit, element(model, Kpi.class, "K").getUnit());
	}

	@ParameterizedTest
	@EnumSource(Direction.class)
	void kpiDirectionIsParsedForEveryDirection(Direction direction) throws Exception {
		Model model = parse("kpi K { direction " + direction.getLiteral() + " }");

		assertEquals(direction, element(model, Kpi.class, "K").getDirection());
	}

	// ------------------------------------------------------------------ formulas

	@Test
	void countFormulaNamesTheEventTheTouchpointEmits() throws Exception {
		Model model = parse(TRACKED_EVENTS + "kpi Views { formula count(product_viewed) }");

		Aggregate count = assertInstanceOf(Aggregate.class, formulaOf(model, "Views"));
		assertEquals(AggregateFunction.COUNT, count.getFunction());
		assertSame(trackedEvent(model, "product_viewed"), count.getEvent());
		assertNull(count.getProperty());
	}

	@ParameterizedTest
	@EnumSource(AggregateFunction.class)
	void aggregateOfAPropertyNamesThePropertyTheEventDeclares(AggregateFunction function) throws Exception {
		Model model = parse(TRACKED_EVENTS + "kpi K { formula " + function.getLiteral() + "(purchase_completed.value) }");

		Aggregate aggregate = assertInstanceOf(Aggregate.class, formulaOf(model, "K"));
		assertEquals(function, aggregate.getFunction());
		Event purchase = trackedEvent(model, "purchase_completed");
		assertSame(purchase, aggregate.getEvent());
		assertSame(property(purchase, "value"), aggregate.getProperty());
	}

	@Test
	void ratioDividesTwoAggregates() throws Exception {
		Model model = parse(TRACKED_EVENTS + "kpi Conversion { formula count(purchase_completed) / distinct(product_viewed.product_id) }");

		Ratio ratio = assertInstanceOf(Ratio.class, formulaOf(model, "Conversion"));
		Aggregate numerator = assertInstanceOf(Aggregate.class, ratio.getNumerator());
		Aggregate denominator = assertInstanceOf(Aggregate.class, ratio.getDenominator());
		assertEquals(AggregateFunction.COUNT, numerator.getFunction());
		assertSame(trackedEvent(model, "purchase_completed"), numerator.getEvent());
		assertEquals(AggregateFunction.DISTINCT, denominator.getFunction());
		assertSame(trackedEvent(model, "product_viewed"), denominator.getEvent());
		assertEquals("product_id", denominator.getProperty().getName());
	}

	@Test
	void chainedRatioGroupsFromTheLeft() throws Exception {
		Model model = parse(TRACKED_EVENTS
				+ "kpi K { formula sum(purchase_completed.value) / count(purchase_completed) / count(product_viewed) }");

		// (sum / count) / count, as in arithmetic: one ratio whose first denominator is followed by the others
		Ratio ratio = assertInstanceOf(Ratio.class, formulaOf(model, "K"));
		assertEquals(AggregateFunction.SUM, assertInstanceOf(Aggregate.class, ratio.getNumerator()).getFunction());
		assertSame(trackedEvent(model, "purchase_completed"), assertInstanceOf(Aggregate.class, ratio.getDenominator()).getEvent());
		assertEquals(1, ratio.getFurtherDenominators().size());
		assertSame(trackedEvent(model, "product_viewed"),
				assertInstanceOf(Aggregate.class, ratio.getFurtherDenominators().get(0)).getEvent());
	}

	@Test
	void parenthesesGroupTheRightOperandOfARatio() throws Exception {
		Model model = parse(TRACKED_EVENTS
				+ "kpi K { formula sum(purchase_completed.value) / (count(purchase_completed) / count(product_viewed)) }");

		Ratio outer = assertInstanceOf(Ratio.class, formulaOf(model, "K"));
		assertEquals(AggregateFunction.SUM, assertInstanceOf(Aggregate.class, outer.getNumerator()).getFunction());
		Ratio inner = assertInstanceOf(Ratio.class, outer.getDenominator());
		assertSame(trackedEvent(model, "purchase_completed"), assertInstanceOf(Aggregate.class, inner.getNumerator()).getEvent());
		assertSame(trackedEvent(model, "product_viewed"), assertInstanceOf(Aggregate.class, inner.getDenominator()).getEvent());
	}

	@Test
	void parenthesesAroundASingleTermLeaveNoTraceInTheModel() throws Exception {
		Model model = parse(TRACKED_EVENTS + "kpi K { formula ((count(product_viewed))) }");

		Aggregate count = assertInstanceOf(Aggregate.class, formulaOf(model, "K"));
		assertSame(trackedEvent(model, "product_viewed"), count.getEvent());
	}

	@ParameterizedTest
	// 'unspecified' is the time unit of a duration KPI that names none; a window always names one
	@EnumSource(value = TimeUnit.class, mode = EnumSource.Mode.EXCLUDE, names = "UNSPECIFIED")
	void conversionKeepsBothEventsAndTheWindow(TimeUnit unit) throws Exception {
		Model model = parse(TRACKED_EVENTS
				+ "kpi K { formula conversion(product_viewed -> purchase_completed within 7 " + unit.getLiteral() + ") }");

		Conversion conversion = assertInstanceOf(Conversion.class, formulaOf(model, "K"));
		assertSame(trackedEvent(model, "product_viewed"), conversion.getFrom());
		assertSame(trackedEvent(model, "purchase_completed"), conversion.getTo());
		assertEquals(7, conversion.getWindow());
		assertEquals(unit, conversion.getWindowUnit());
	}

	@Test
	void conversionCanBeAnOperandOfARatio() throws Exception {
		Model model = parse(TRACKED_EVENTS
				+ "kpi K { formula conversion(product_viewed -> purchase_completed within 48 hours) / count(product_viewed) }");

		Ratio ratio = assertInstanceOf(Ratio.class, formulaOf(model, "K"));
		assertEquals(48, assertInstanceOf(Conversion.class, ratio.getNumerator()).getWindow());
		assertInstanceOf(Aggregate.class, ratio.getDenominator());
	}

	// ------------------------------------------------------------------ goals

	@Test
	void goalKeepsEveryProperty() throws Exception {
		Model model = parse("""
				kpi Conversion
				kpi OrderValue
				goal MoreNewSales "Increase new sales" {
				    description "Grow first purchases by a third"
				    kind new-sales
				    kpis Conversion, OrderValue
				    owner "Head of e-commerce"
				}
				""");

		Goal goal = element(model, Goal.class, "MoreNewSales");
		assertEquals("Increase new sales", goal.getTitle());
		assertEquals("Grow first purchases by a third", goal.getDescription());
		assertEquals(GoalKind.NEW_SALES, goal.getKind());
		assertEquals(List.of(element(model, Kpi.class, "Conversion"), element(model, Kpi.class, "OrderValue")), goal.getKpis());
		assertEquals("Head of e-commerce", goal.getOwner());
	}

	@ParameterizedTest
	@EnumSource(GoalKind.class)
	void goalKindIsParsedForEveryKind(GoalKind kind) throws Exception {
		Model model = parse("goal G { kind " + kind.getLiteral() + " }");

		assertEquals(kind, element(model, Goal.class, "G").getKind());
	}

	// ------------------------------------------------------------------ journeys and phases

	@Test
	void journeyKeepsEveryProperty() throws Exception {
		Model model = parse("""
				segment HomeDecorators
				segment Students
				segment Landlords
				goal MoreNewSales
				goal FewerReturns
				journey FirstPurchase "Buying a painting online" {
				    description "From the first ad to the second purchase"
				    for HomeDecorators, Students, Landlords
				    pursues MoreNewSales, FewerReturns
				    model eight-phases
				    language da
				    owner "CX team"
				    phase Discover {}
				    phase Consider {}
				}
				""");

		Journey journey = element(model, Journey.class, "FirstPurchase");
		assertEquals("Buying a painting online", journey.getTitle());
		assertEquals("From the first ad to the second purchase", journey.getDescription());
		assertEquals(List.of("HomeDecorators", "Students", "Landlords"), journey.getSegments().stream().map(Segment::getName).toList());
		assertSame(element(model, Segment.class, "HomeDecorators"), journey.getSegments().get(0));
		assertEquals(List.of(element(model, Goal.class, "MoreNewSales"), element(model, Goal.class, "FewerReturns")), journey.getGoals());
		assertEquals("eight-phases", journey.getPhaseModel());
		assertEquals("da", journey.getLanguage());
		assertEquals("CX team", journey.getOwner());
		assertEquals(List.of("Discover", "Consider"), journey.getPhases().stream().map(Phase::getName).toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "eight-phases", "twelve-steps", "funnel", "five-steps" })
	void journeyPhaseModelIsParsedForEveryStandardModel(String phaseModel) throws Exception {
		Model model = parse("journey J { model " + phaseModel + " }");

		assertEquals(phaseModel, element(model, Journey.class, "J").getPhaseModel());
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "da", "nb" })
	void journeyLanguageIsParsedForEveryReportLanguage(String language) throws Exception {
		Model model = parse("journey J { language " + language + " }");

		assertEquals(language, element(model, Journey.class, "J").getLanguage());
	}

	@Test
	void journeyWithNothingButItsNameIsEmpty() throws Exception {
		Model model = parse("journey Draft {}");

		Journey journey = element(model, Journey.class, "Draft");
		assertTrue(journey.getSegments().isEmpty());
		assertTrue(journey.getPhases().isEmpty());
		assertNull(journey.getPhaseModel());
		assertNull(journey.getLanguage());
	}

	@Test
	void phaseKeepsEveryProperty() throws Exception {
		Model model = parse("""
				kpi Reach
				kpi ClickRate
				journey J {
				    phase Discover "Discovers the shop" {
				        description "The customer meets the brand for the first time"
				        customer-goal "Find something that fits my living room"
				        doing "Scrolls Instagram", "Visits friends"
				        thinking "What style suits me?", "Can I afford it?"
				        feeling -2 "Overwhelmed by choice"
				        volume 3000000000
				        kpis Reach, ClickRate
				    }
				}
				""");

		Phase phase = onlyPhase(model);
		assertEquals("Discover", phase.getName());
		assertEquals("Discovers the shop", phase.getTitle());
		assertEquals("The customer meets the brand for the first time", phase.getDescription());
		assertEquals("Find something that fits my living room", phase.getCustomerGoal());
		assertEquals(List.of("Scrolls Instagram", "Visits friends"), phase.getDoing());
		assertEquals(List.of("What style suits me?", "Can I afford it?"), phase.getThinking());
		assertEquals(-2, phase.getFeeling());
		assertEquals("Overwhelmed by choice", phase.getFeelingNote());
		// more customers than an int can count: the volume is a long
		assertEquals(3_000_000_000L, phase.getVolume());
		assertEquals(List.of(element(model, Kpi.class, "Reach"), element(model, Kpi.class, "ClickRate")), phase.getKpis());
	}

	@ParameterizedTest
	@CsvSource({ "0, 0", "2400, 2400", "2147483648, 2147483648", "9223372036854775807, 9223372036854775807" })
	void phaseVolumeCoversTheWholeRangeOfALong(String written, long expected) throws Exception {
		Model model = parse("journey J { phase P { volume " + written + " } }");

		assertEquals(expected, onlyPhase(model).getVolume());
	}

	@ParameterizedTest
	@CsvSource({ "-2, -2", "-1, -1", "0, 0", "1, 1", "2, 2" })
	void phaseFeelingWithoutNote(String written, int expected) throws Exception {
		Model model = parse("journey J { phase P { feeling " + written + " } }");

		Phase phase = onlyPhase(model);
		assertEquals(expected, phase.getFeeling());
		assertNull(phase.getFeelingNote());
	}

	@Test
	void phaseWithoutPropertiesHoldsItsTouchpointsPainsAndOpportunitiesInOrder() throws Exception {
		Model model = parse("""
				journey J {
				    phase P {
				        touchpoint First
				        pain SlowSite
				        touchpoint Second
				        opportunity FasterSite
				        pain HiddenPrices
				    }
				}
				""");

		Phase phase = onlyPhase(model);
		assertNull(phase.getCustomerGoal());
		assertNull(phase.getVolume());
		assertEquals(List.of("First", "Second"), phase.getTouchpoints().stream().map(Touchpoint::getName).toList());
		assertEquals(List.of("SlowSite", "HiddenPrices"), phase.getPains().stream().map(Pain::getName).toList());
		assertEquals(List.of("FasterSite"), phase.getOpportunities().stream().map(Opportunity::getName).toList());
	}

	// ------------------------------------------------------------------ touchpoints and events

	@Test
	void touchpointKeepsEveryProperty() throws Exception {
		Model model = parse("""
				segment HomeDecorators
				segment Students
				journey J {
				    for HomeDecorators, Students
				    phase Discover {
				        touchpoint InstagramAd "Instagram ad" {
				            description "Carousel ads with room photos"
				            channel social online
				            owner "Marketing"
				            serves HomeDecorators, Students
				            experience -1
				            event ad_viewed
				            event ad_clicked { campaign: string required }
				            event ad_hidden "The user hid the ad"
				        }
				    }
				}
				""");

		Touchpoint touchpoint = onlyPhase(model).getTouchpoints().get(0);
		assertEquals("InstagramAd", touchpoint.getName());
		assertEquals("Instagram ad", touchpoint.getTitle());
		assertEquals("Carousel ads with room photos", touchpoint.getDescription());
		assertEquals(Channel.SOCIAL, touchpoint.getChannel());
		assertTrue(touchpoint.isOnline());
		assertFalse(touchpoint.isOffline());
		assertEquals("Marketing", touchpoint.getOwner());
		assertEquals(List.of(element(model, Segment.class, "HomeDecorators"), element(model, Segment.class, "Students")),
				touchpoint.getSegments());
		assertEquals(-1, touchpoint.getExperience());
		assertEquals(List.of("ad_viewed", "ad_clicked", "ad_hidden"), touchpoint.getEvents().stream().map(Event::getName).toList());
	}

	@ParameterizedTest
	@EnumSource(Channel.class)
	void touchpointChannelIsParsedForEveryChannel(Channel channel) throws Exception {
		// the channel "event" is also the keyword that starts an event: both must still be told apart
		Model model = parse("journey J { phase P { touchpoint T { channel " + channel.getLiteral() + " event e } } }");

		Touchpoint touchpoint = onlyPhase(model).getTouchpoints().get(0);
		assertEquals(channel, touchpoint.getChannel());
		assertEquals(List.of("e"), touchpoint.getEvents().stream().map(Event::getName).toList());
	}

	@ParameterizedTest
	@CsvSource({ "online, true, false", "offline, false, true", "'', false, false" })
	void touchpointOnlineAndOfflineFlags(String flag, boolean online, boolean offline) throws Exception {
		Model model = parse("journey J { phase P { touchpoint T { channel store " + flag + " owner \"Retail\" } } }");

		Touchpoint touchpoint = onlyPhase(model).getTouchpoints().get(0);
		assertEquals(Channel.STORE, touchpoint.getChannel());
		assertEquals(online, touchpoint.isOnline());
		assertEquals(offline, touchpoint.isOffline());
		assertEquals("Retail", touchpoint.getOwner());
	}

	@Test
	void eventKeepsDescriptionAndTypedProperties() throws Exception {
		Model model = parse("""
				journey J { phase P { touchpoint Checkout {
				    event purchase_completed "An order was placed" {
				        order_id: string required "The shop's order number",
				        value: number required,
				        items: integer "Number of order lines",
				        gift: boolean
				    }
				} } }
				""");

		Event event = onlyPhase(model).getTouchpoints().get(0).getEvents().get(0);
		assertEquals("purchase_completed", event.getName());
		assertEquals("An order was placed", event.getDescription());
		assertEquals(List.of("order_id", "value", "items", "gift"), event.getProperties().stream().map(EventProperty::getName).toList());
		assertEquals(List.of(PropertyType.STRING, PropertyType.NUMBER, PropertyType.INTEGER, PropertyType.BOOLEAN),
				event.getProperties().stream().map(EventProperty::getType).toList());
		assertEquals(List.of(true, true, false, false), event.getProperties().stream().map(EventProperty::isRequired).toList());
		assertEquals("The shop's order number", property(event, "order_id").getDescription());
		assertNull(property(event, "value").getDescription());
		assertEquals("Number of order lines", property(event, "items").getDescription());
	}

	@ParameterizedTest
	@EnumSource(PropertyType.class)
	void eventPropertyTypeIsParsedForEveryType(PropertyType type) throws Exception {
		Model model = parse("journey J { phase P { touchpoint T { event e { p: " + type.getLiteral() + " required } } } }");

		EventProperty property = onlyPhase(model).getTouchpoints().get(0).getEvents().get(0).getProperties().get(0);
		assertEquals(type, property.getType());
		assertTrue(property.isRequired());
	}

	@Test
	void eventBodyIsOptionalAndMayBeEmpty() throws Exception {
		Model model = parse("journey J { phase P { touchpoint T { event bare event described \"Text\" event empty {} } } }");

		List<Event> events = onlyPhase(model).getTouchpoints().get(0).getEvents();
		assertEquals(List.of("bare", "described", "empty"), events.stream().map(Event::getName).toList());
		assertNull(events.get(0).getDescription());
		assertEquals("Text", events.get(1).getDescription());
		assertTrue(events.get(2).getProperties().isEmpty());
	}

	@Test
	void touchpointWithoutBody() throws Exception {
		Model model = parse("journey J { phase P { touchpoint WordOfMouth \"Friends recommend us\" } }");

		Touchpoint touchpoint = onlyPhase(model).getTouchpoints().get(0);
		assertEquals("Friends recommend us", touchpoint.getTitle());
		assertFalse(touchpoint.eIsSet(JourneyPackage.Literals.TOUCHPOINT__CHANNEL));
		assertNull(touchpoint.getExperience());
		assertTrue(touchpoint.getEvents().isEmpty());
	}

	// ------------------------------------------------------------------ pains and opportunities

	@Test
	void painKeepsEveryProperty() throws Exception {
		Model model = parse("""
				source Interviews
				source SupportLogs { kind support-logs }
				journey J {
				    phase Discover {
				        pain PricesHidden "Prices are not shown in ads" {
				            description "Customers click to find out the price and leave"
				            severity high
				            evidence Interviews, SupportLogs
				        }
				    }
				}
				""");

		Pain pain = onlyPhase(model).getPains().get(0);
		assertEquals("PricesHidden", pain.getName());
		assertEquals("Prices are not shown in ads", pain.getTitle());
		assertEquals("Customers click to find out the price and leave", pain.getDescription());
		assertEquals(Level.HIGH, pain.getSeverity());
		assertEquals(List.of(element(model, Source.class, "Interviews"), element(model, Source.class, "SupportLogs")), pain.getEvidence());
	}

	@ParameterizedTest
	@EnumSource(Level.class)
	void painSeverityIsParsedForEveryLevel(Level level) throws Exception {
		Model model = parse("journey J { phase P { pain X { severity " + level.getLiteral() + " } } }");

		assertEquals(level, onlyPhase(model).getPains().get(0).getSeverity());
	}

	@Test
	void opportunityKeepsEveryProperty() throws Exception {
		Model model = parse("""
				journey J {
				    phase Discover {
				        pain PricesHidden
				        opportunity ShowPrices "Show the price range in ads" {
				            description "Add a price badge to every ad"
				            value high
				            effort low
				            fixes PricesHidden, SlowCheckout
				            owner "Marketing"
				        }
				    }
				    phase Buy { pain SlowCheckout }
				}
				""");

		Opportunity opportunity = element(model, Journey.class, "J").getPhases().get(0).getOpportunities().get(0);
		assertEquals("ShowPrices", opportunity.getName());
		assertEquals("Show the price range in ads", opportunity.getTitle());
		assertEquals("Add a price badge to every ad", opportunity.getDescription());
		assertEquals(Level.HIGH, opportunity.getValue());
		assertEquals(Level.LOW, opportunity.getEffort());
		// pains are named by simple name, even when they belong to another phase of the journey
		assertEquals(List.of("PricesHidden", "SlowCheckout"), opportunity.getFixes().stream().map(Pain::getName).toList());
		assertSame(element(model, Journey.class, "J").getPhases().get(1).getPains().get(0), opportunity.getFixes().get(1));
		assertEquals("Marketing", opportunity.getOwner());
	}

	// ------------------------------------------------------------------ initiatives

	@Test
	void initiativeKeepsEveryProperty() throws Exception {
		Model model = parse("""
				kpi Conversion
				journey J {
				    phase Discover {
				        opportunity ShowPrices
				        opportunity BetterPhotos
				    }
				}
				initiative PriceTransparency "Price transparency in ads" {
				    description "Price badges on every ad"
				    realizes ShowPrices, BetterPhotos
				    owner "Marketing"
				    staffing outsource
				    resources "1 designer", "Ad platform budget"
				    due 2027-01-31
				    milestone "Prices in all ads" by 2026-12-15 moves Conversion to 1.5
				}
				""");

		Initiative initiative = element(model, Initiative.class, "PriceTransparency");
		assertEquals("Price transparency in ads", initiative.getTitle());
		assertEquals("Price badges on every ad", initiative.getDescription());
		assertEquals(List.of("ShowPrices", "BetterPhotos"), initiative.getRealizes().stream().map(Opportunity::getName).toList());
		assertSame(onlyPhase(model).getOpportunities().get(0), initiative.getRealizes().get(0));
		assertEquals("Marketing", initiative.getOwner());
		assertEquals(Staffing.OUTSOURCE, initiative.getStaffing());
		assertEquals(List.of("1 designer", "Ad platform budget"), initiative.getResources());
		assertEquals("2027-01-31", initiative.getDue());
		Milestone milestone = initiative.getMilestones().get(0);
		assertEquals("Prices in all ads", milestone.getTitle());
		assertEquals("2026-12-15", milestone.getDate());
		assertSame(element(model, Kpi.class, "Conversion"), milestone.getKpi());
		assertEquals(new BigDecimal("1.5"), milestone.getValue());
	}

	@ParameterizedTest
	@EnumSource(Staffing.class)
	void initiativeStaffingIsParsedForEveryValue(Staffing staffing) throws Exception {
		Model model = parse("initiative I { staffing " + staffing.getLiteral() + " }");

		assertEquals(staffing, element(model, Initiative.class, "I").getStaffing());
	}

	@Test
	void milestonesWithAndWithoutDateAndKpi() throws Exception {
		Model model = parse("""
				kpi Conversion
				initiative I {
				    milestone "Kick-off"
				    milestone "Design ready" by 2026-09-01
				    milestone "Half way" moves Conversion to 1.35
				    milestone "Done" by 2027-01-31 moves Conversion to 2
				}
				""");

		List<Milestone> milestones = element(model, Initiative.class, "I").getMilestones();
		assertEquals(List.of("Kick-off", "Design ready", "Half way", "Done"), milestones.stream().map(Milestone::getTitle).toList());
		assertEquals(Arrays.asList(null, "2026-09-01", null, "2027-01-31"), milestones.stream().map(Milestone::getDate).toList());
		Kpi conversion = element(model, Kpi.class, "Conversion");
		assertEquals(Arrays.asList(null, null, conversion, conversion), milestones.stream().map(Milestone::getKpi).toList());
		assertEquals(Arrays.asList(null, null, new BigDecimal("1.35"), new BigDecimal("2")),
				milestones.stream().map(Milestone::getValue).toList());
	}

	@Test
	void opportunityInAnotherPhaseIsRealizedByItsQualifiedName() throws Exception {
		// two phases both have an opportunity ShowPrices, so only the qualified name is unambiguous
		Model model = parse("""
				package webshop
				journey FirstPurchase {
				    phase Discover { opportunity ShowPrices }
				    phase Buy { opportunity ShowPrices }
				}
				initiative I { realizes webshop.FirstPurchase.Buy.ShowPrices }
				""");

		Opportunity realized = element(model, Initiative.class, "I").getRealizes().get(0);
		assertSame(element(model, Journey.class, "FirstPurchase").getPhases().get(1).getOpportunities().get(0), realized);
	}

	// ------------------------------------------------------------------ unordered groups

	@Test
	void propertiesMayComeInAnyOrder() throws Exception {
		// every block is an unordered group: each property written in reverse of the grammar's order
		Model model = parse(TRACKED_EVENTS + """
				source Analytics
				segment S { triggers "Moving house" needs "Inspiration" share 12.5% description "Movers" }
				kpi K {
				    owner "Analytics" source Analytics formula count(product_viewed) direction decrease
				    target 5 by 2027-01-01 baseline 9 unit count description "Views"
				}
				goal G { owner "CEO" kpis K kind churn description "Keep them" }
				journey J {
				    owner "CX" language nb model funnel pursues G for S description "Reversed"
				    phase P {
				        kpis K volume 10 feeling 1 "Calm" thinking "Hmm" doing "Browses" customer-goal "Find it" description "First"
				        touchpoint T { experience 2 serves S owner "Web" channel web offline description "Site" }
				        pain Pn { evidence Analytics severity low description "Ouch" }
				        opportunity O { owner "Web" fixes Pn effort medium value high description "Fix" }
				    }
				}
				initiative I { due 2027-03-01 resources "Dev" staffing covered owner "IT" realizes O description "Do it" }
				""");

		Segment segment = element(model, Segment.class, "S");
		assertEquals(List.of("Moving house"), segment.getTriggers());
		assertEquals(new BigDecimal("12.5"), segment.getShare());
		Kpi kpi = element(model, Kpi.class, "K");
		assertEquals("Analytics", kpi.getOwner());
		assertEquals(Direction.DECREASE, kpi.getDirection());
		assertEquals("2027-01-01", kpi.getTargetDate());
		assertEquals(new BigDecimal("9"), kpi.getBaseline());
		assertEquals(Unit.COUNT, kpi.getUnit());
		assertInstanceOf(Aggregate.class, kpi.getFormula());
		assertEquals(GoalKind.CHURN, element(model, Goal.class, "G").getKind());
		Journey journey = element(model, Journey.class, "J");
		assertEquals("nb", journey.getLanguage());
		assertEquals("funnel", journey.getPhaseModel());
		assertSame(segment, journey.getSegments().get(0));
		Phase phase = journey.getPhases().get(0);
		assertEquals(10L, phase.getVolume());
		assertEquals(1, phase.getFeeling());
		assertEquals("Calm", phase.getFeelingNote());
		assertEquals("Find it", phase.getCustomerGoal());
		Touchpoint touchpoint = phase.getTouchpoints().get(0);
		assertEquals(2, touchpoint.getExperience());
		assertEquals(Channel.WEB, touchpoint.getChannel());
		assertTrue(touchpoint.isOffline());
		assertEquals(Level.LOW, phase.getPains().get(0).getSeverity());
		assertEquals(Level.MEDIUM, phase.getOpportunities().get(0).getEffort());
		Initiative initiative = element(model, Initiative.class, "I");
		assertEquals("2027-03-01", initiative.getDue());
		assertEquals(Staffing.COVERED, initiative.getStaffing());
		assertSame(phase.getOpportunities().get(0), initiative.getRealizes().get(0));
	}

	// ------------------------------------------------------------------ names, strings, comments

	@Test
	void namesMayUseDanishAndNorwegianLetters() throws Exception {
		Model model = parse("""
				segment Førstegangskøbere "Førstegangskøbere" { needs "Råd om farver", "Æstetik" }
				source Spørgeskema { kind surveys }
				journey Købsrejse {
				    for Førstegangskøbere
				    language da
				    phase Overvejer {
				        touchpoint Butikken { event kurv_tilføjet { beløb: number } }
				        pain Ventetid { evidence Spørgeskema }
				        opportunity HurtigereLevering { fixes Ventetid }
				    }
				    phase Får_support {}
				}
				kpi Gennemsnitskurv { formula avg(kurv_tilføjet.beløb) }
				initiative Ærlighed { realizes HurtigereLevering }
				""");

		Segment segment = element(model, Segment.class, "Førstegangskøbere");
		assertEquals("Førstegangskøbere", segment.getTitle());
		assertEquals(List.of("Råd om farver", "Æstetik"), segment.getNeeds());
		Journey journey = element(model, Journey.class, "Købsrejse");
		assertSame(segment, journey.getSegments().get(0));
		assertEquals(List.of("Overvejer", "Får_support"), journey.getPhases().stream().map(Phase::getName).toList());
		Aggregate average = assertInstanceOf(Aggregate.class, formulaOf(model, "Gennemsnitskurv"));
		assertEquals("kurv_tilføjet", average.getEvent().getName());
		assertEquals("beløb", average.getProperty().getName());
		assertEquals("HurtigereLevering", element(model, Initiative.class, "Ærlighed").getRealizes().get(0).getName());
		assertEquals("Spørgeskema", journey.getPhases().get(0).getPains().get(0).getEvidence().get(0).getName());
	}

	@Test
	void softKeywordsMayBeUsedAsNames() throws Exception {
		Model model = parse("""
				journey J { phase P { touchpoint Newsletter {
				    event signup { value: number, count: integer, email: string required, source: string }
				} } }
				kpi Revenue { formula sum(signup.value) / sum(signup.count) }
				kpi Reach { formula distinct(signup.email) }
				kpi Origins { formula distinct(signup.source) }
				segment online
				kpi target { unit count target 3 }
				""");

		Event signup = onlyPhase(model).getTouchpoints().get(0).getEvents().get(0);
		assertEquals(List.of("value", "count", "email", "source"), signup.getProperties().stream().map(EventProperty::getName).toList());
		Ratio revenue = assertInstanceOf(Ratio.class, formulaOf(model, "Revenue"));
		assertSame(property(signup, "value"), assertInstanceOf(Aggregate.class, revenue.getNumerator()).getProperty());
		assertSame(property(signup, "count"), assertInstanceOf(Aggregate.class, revenue.getDenominator()).getProperty());
		assertSame(property(signup, "email"), assertInstanceOf(Aggregate.class, formulaOf(model, "Reach")).getProperty());
		assertSame(property(signup, "source"), assertInstanceOf(Aggregate.class, formulaOf(model, "Origins")).getProperty());
		assertEquals("online", element(model, Segment.class, "online").getName());
		assertEquals(new BigDecimal("3"), element(model, Kpi.class, "target").getTarget());
	}

	@Test
	void caretEscapesAHardKeywordUsedAsANameAndIsNotPartOfIt() throws Exception {
		Model model = parse("""
				package webshop
				segment ^segment
				kpi ^kpi
				goal G { kpis webshop.^kpi }
				journey ^journey { for ^segment phase ^phase { touchpoint ^touchpoint } }
				""");

		Journey journey = element(model, Journey.class, "journey");
		assertEquals("phase", journey.getPhases().get(0).getName());
		assertEquals("touchpoint", journey.getPhases().get(0).getTouchpoints().get(0).getName());
		assertSame(element(model, Segment.class, "segment"), journey.getSegments().get(0));
		assertSame(element(model, Kpi.class, "kpi"), element(model, Goal.class, "G").getKpis().get(0));
	}

	@Test
	void commentsAreIgnoredButNotInsideStrings() throws Exception {
		Model model = parse("""
				// a line comment before anything
				package webshop // after the package
				/* a block comment
				   over several lines, with "quotes" and { braces } */
				segment S /* between name and body */ {
				    description "see https://example.com // not a comment /* nor this */"
				    share /* inline */ 60%
				}
				// the last line is a comment without a line break""");

		assertEquals("webshop", model.getName());
		Segment segment = element(model, Segment.class, "S");
		assertEquals("see https://example.com // not a comment /* nor this */", segment.getDescription());
		assertEquals(new BigDecimal("60"), segment.getShare());
		assertEquals(1, model.getElements().size());
	}

	@Test
	void stringsMayBeSingleQuotedAndHoldEscapes() throws Exception {
		Model model = parse("""
				segment S 'Home "decorators"' {
				    description 'It\\'s their first home'
				    needs "Say \\"hi\\"", "two\\nlines", "tab\\there", "back\\\\slash", "\\u00e6ble"
				}
				""");

		Segment segment = element(model, Segment.class, "S");
		assertEquals("Home \"decorators\"", segment.getTitle());
		assertEquals("It's their first home", segment.getDescription());
		assertEquals(List.of("Say \"hi\"", "two\nlines", "tab\there", "back\\slash", "æble"), segment.getNeeds());
	}

	/**
	 * A text ends on its line, so that a forgotten closing quote is one error on that line rather
	 * than a text running on to the next quote in the file. A line break inside a text is written
	 * \\n (as the serializer writes it).
	 */
	@Test
	void aTextEndsOnItsLineAndWritesALineBreakAsBackslashN() throws Exception {
		Model escaped = parse("segment S { description \"first line\\nsecond line\" }");
		assertEquals("first line\nsecond line", element(escaped, Segment.class, "S").getDescription());

		// the first error is the unclosed text; the words on the next line are then out of place
		Model broken = parseHelper.parse("segment S { description \"first line\nsecond line\" }");
		assertEquals("1:25 " + IssueCodes.MISSING_QUOTE,
				broken.eResource().getErrors().stream()
						.map(d -> d.getLine() + ":" + d.getColumn() + " " + ((org.eclipse.xtext.diagnostics.AbstractDiagnostic) d).getCode())
						.findFirst().orElse("none"));
	}

	// ------------------------------------------------------------------ cross-references

	@Test
	void crossReferencesOfTheFullExampleResolveToTheirDeclarations() throws Exception {
		Model model = parse("""
				package webshop

				segment HomeDecorators "Home decorators" { share 60% }
				source Interviews "12 customer interviews, spring 2026" { kind interviews }

				kpi Conversion "Visit-to-purchase conversion" {
				    unit percent baseline 1.2 target 2.0 by 2027-06-30
				    formula count(purchase_completed) / count(product_viewed)
				    source Interviews
				}
				kpi OrderValue { unit currency formula avg(purchase_completed.value) target 900 baseline 800 }

				goal MoreNewSales "Increase new sales" { kind new-sales kpis Conversion, OrderValue }

				journey FirstPurchase "Buying a painting online" {
				    for HomeDecorators
				    pursues MoreNewSales
				    model eight-phases
				    phase Discover {
				        touchpoint InstagramAd { channel social online serves HomeDecorators event ad_clicked }
				        pain PricesHidden { severity high evidence Interviews }
				        opportunity ShowPrices { value high effort low fixes PricesHidden }
				    }
				    phase Consider { touchpoint ProductPage { channel web online event product_viewed { product_id: string required } } }
				    phase Buy {
				        kpis Conversion
				        touchpoint Checkout { channel web online event purchase_completed { order_id: string required, value: number required } }
				    }
				}

				initiative PriceTransparency { realizes ShowPrices milestone "Half way" moves Conversion to 1.5 }
				""");

		Journey journey = element(model, Journey.class, "FirstPurchase");
		Segment segment = element(model, Segment.class, "HomeDecorators");
		Kpi conversion = element(model, Kpi.class, "Conversion");
		Source interviews = element(model, Source.class, "Interviews");
		assertEquals("HomeDecorators", journey.getSegments().get(0).getName());
		assertSame(segment, journey.getSegments().get(0));
		assertSame(element(model, Goal.class, "MoreNewSales"), journey.getGoals().get(0));
		assertEquals(List.of(conversion, element(model, Kpi.class, "OrderValue")), element(model, Goal.class, "MoreNewSales").getKpis());
		assertSame(interviews, conversion.getSources().get(0));

		Phase discover = journey.getPhases().get(0);
		assertSame(segment, discover.getTouchpoints().get(0).getSegments().get(0));
		assertSame(interviews, discover.getPains().get(0).getEvidence().get(0));
		assertSame(discover.getPains().get(0), discover.getOpportunities().get(0).getFixes().get(0));
		assertSame(conversion, journey.getPhases().get(2).getKpis().get(0));

		// the formula's events are the very events the touchpoints declare
		Event productViewed = journey.getPhases().get(1).getTouchpoints().get(0).getEvents().get(0);
		Event purchaseCompleted = journey.getPhases().get(2).getTouchpoints().get(0).getEvents().get(0);
		Ratio ratio = assertInstanceOf(Ratio.class, conversion.getFormula());
		assertSame(purchaseCompleted, assertInstanceOf(Aggregate.class, ratio.getNumerator()).getEvent());
		assertSame(productViewed, assertInstanceOf(Aggregate.class, ratio.getDenominator()).getEvent());
		Aggregate average = assertInstanceOf(Aggregate.class, formulaOf(model, "OrderValue"));
		assertSame(purchaseCompleted, average.getEvent());
		assertSame(property(purchaseCompleted, "value"), average.getProperty());

		Initiative initiative = element(model, Initiative.class, "PriceTransparency");
		assertSame(discover.getOpportunities().get(0), initiative.getRealizes().get(0));
		assertSame(conversion, initiative.getMilestones().get(0).getKpi());
	}

	// ------------------------------------------------------------------ helpers

	/** Parses a model that must be free of syntax and linking errors. */
	private Model parse(CharSequence text) throws Exception {
		Model model = parseHelper.parse(text);
		assertNotNull(model, "the parser produced no model");
		assertNoErrors(model);
		return model;
	}

	/**
	 * Syntax and linking errors only: the validator's rules are another suite's concern, and a new
	 * check must not make a parsing test fail.
	 */
	private static void assertNoErrors(Model model) {
		Resource resource = model.eResource();
		// references are linked lazily: resolve them all so an unresolved one shows up as an error
		EcoreUtil.resolveAll(resource);
		assertEquals(List.of(), resource.getErrors().stream().map(d -> d.getLine() + ":" + d.getColumn() + " " + d.getMessage()).toList());
	}

	private static <T extends Element> T element(Model model, Class<T> type, String name) {
		return model.getElements().stream()
				.filter(type::isInstance)
				.map(type::cast)
				.filter(e -> name.equals(e.getName()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
	}

	private static Formula formulaOf(Model model, String kpiName) {
		Formula formula = element(model, Kpi.class, kpiName).getFormula();
		assertNotNull(formula, "KPI " + kpiName + " has no formula");
		return formula;
	}

	private static Phase onlyPhase(Model model) {
		List<Phase> phases = model.getElements().stream()
				.filter(Journey.class::isInstance)
				.map(Journey.class::cast)
				.flatMap(j -> j.getPhases().stream())
				.toList();
		assertEquals(1, phases.size(), "phases in the model");
		return phases.get(0);
	}

	/** The event the {@link #TRACKED_EVENTS} checkout touchpoint declares. */
	private static Event trackedEvent(Model model, String name) {
		return element(model, Journey.class, "Tracking").getPhases().get(0).getTouchpoints().get(0).getEvents().stream()
				.filter(e -> name.equals(e.getName()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no tracked event " + name));
	}

	private static EventProperty property(Event event, String name) {
		return event.getProperties().stream()
				.filter(p -> name.equals(p.getName()))
				.findFirst()
				.orElseThrow(() -> new AssertionError(event.getName() + " has no property " + name));
	}
}
