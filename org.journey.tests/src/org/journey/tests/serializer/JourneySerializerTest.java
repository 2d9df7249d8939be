package org.journey.tests.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
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
import org.journey.dsl.journey.Import;
import org.journey.dsl.journey.Initiative;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyFactory;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Round trips through Xtext's serializer: a parsed model changed in memory (as a quick fix, a
 * refactoring or a diagram would change it) and a model built from scratch must both be written
 * as text that parses back to the same model.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneySerializerTest {

	private static final JourneyFactory JOURNEY = JourneyFactory.eINSTANCE;

	private static final String WEBSHOP = """
			// The web shop's first-purchase journey.
			package webshop

			segment HomeDecorators "Home decorators" {
			    description "25-45, furnishing a new home"
			    share 60%
			    needs "Inspiration", "Fair prices"
			    triggers "Moving house"
			}

			segment Students

			source Interviews "12 customer interviews" {
			    kind interviews
			}

			source Analytics

			kpi Conversion "Visit-to-purchase conversion" {
			    unit percent
			    baseline 1.2
			    target 2.0 by 2027-06-30
			    formula count(purchase_completed) / count(product_viewed)
			    description "Share of visits that end in a purchase"
			}

			kpi OrderValue {
			    unit currency
			    formula avg(purchase_completed.value)
			}

			goal MoreNewSales "Increase new sales" {
			    kind new-sales
			    kpis Conversion
			}

			journey FirstPurchase "Buying a painting online" {
			    for HomeDecorators
			    pursues MoreNewSales
			    model eight-phases

			    phase Discover {
			        customer-goal "Find something that fits my living room"
			        feeling 1
			        volume 120000

			        touchpoint InstagramAd "Instagram ad" {
			            channel social online
			            experience -1
			            event ad_clicked {
			                campaign: string required
			            }
			        }

			        pain PricesHidden "Prices are not shown in ads" {
			            severity high
			            evidence Interviews
			        }

			        opportunity ShowPrices "Show the price range in ads" {
			            value high
			            effort low
			            fixes PricesHidden
			        }
			    }

			    phase Buy {
			        volume 2400

			        touchpoint Checkout {
			            channel web online
			            event product_viewed {
			                product_id: string required
			            }
			            event purchase_completed {
			                order_id: string required,
			                value: number required
			            }
			        }
			    }
			}

			initiative PriceTransparency "Price transparency in ads" { // agreed in May
			    realizes ShowPrices
			    staffing upskill
			    due 2027-01-31
			    milestone "Prices in all ads" by 2026-12-15 moves Conversion to 1.5
			}
			""";

	@Inject
	private ParseHelper<Model> parseHelper;

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	// ------------------------------------------------------------------ changing a parsed model

	@Test
	void renamingTheModelsPackageChangesOnlyThePackageLine() throws Exception {
		Model webshop = parse(WEBSHOP);

		webshop.setName("shop.web");
		String serialized = serializer.serialize(webshop);

		assertEquals(WEBSHOP.replace("package webshop", "package shop.web"), serialized);
		assertEquals("shop.web", reparseAsEqualTo(webshop, serialized).getName());
	}

	@Test
	void anAddedImportIsWrittenAfterThePackage() throws Exception {
		Model webshop = parse(WEBSHOP);

		Import shared = JOURNEY.createImport();
		shared.setImportedNamespace("shared.segments.*");
		webshop.getImports().add(shared);
		Model reparsed = reparseAsEqualTo(webshop, serializer.serialize(webshop));

		assertEquals("shared.segments.*", reparsed.getImports().get(0).getImportedNamespace());
	}

	@Test
	void renamingASegmentRenamesEveryReferenceToIt() throws Exception {
		Model webshop = parse(WEBSHOP);

		element(webshop, Segment.class, "HomeDecorators").setName("Decorators");
		String serialized = serializer.serialize(webshop);

		assertEquals(WEBSHOP.replace("HomeDecorators", "Decorators"), serialized);
		Journey journey = element(reparseAsEqualTo(webshop, serialized), Journey.class, "FirstPurchase");
		assertEquals("Decorators", journey.getSegments().get(0).getName());
	}

	@Test
	void aNeedAddedToASegmentJoinsItsListOfNeeds() throws Exception {
		Model webshop = parse(WEBSHOP);

		Segment decorators = element(webshop, Segment.class, "HomeDecorators");
		decorators.getNeeds().add("Free delivery");
		decorators.setShare(new BigDecimal("62.5"));
		Model reparsed = reparseAsEqualTo(webshop, serializer.serialize(webshop));

		Segment reparsedDecorators = element(reparsed, Segment.class, "HomeDecorators");
		assertEquals(List.of("Inspiration", "Fair prices", "Free delivery"), reparsedDecorators.getNeeds());
		assertEquals(new BigDecimal("62.5"), reparsedDecorators.getShare());
	}

	@Test
	void aSourcesKindChangesInPlace() throws Exception {
		Model webshop = parse(WEBSHOP);

		element(webshop, Source.class, "Interviews").setKind(SourceKind.SUPPORT_LOGS);
		String serialized = serializer.serialize(webshop);

		assertEquals(WEBSHOP.replace("kind interviews", "kind support-logs"), serialized);
		reparseAsEqualTo(webshop, serialized);
	}

	@Test
	void aKpisBaselineAndTargetChangeInPlace() throws Exception {
		Model webshop = parse(WEBSHOP);

		Kpi conversion = element(webshop, Kpi.class, "Conversion");
		conversion.setBaseline(new BigDecimal("-0.5"));
		conversion.setTarget(new BigDecimal("2.50"));
		conversion.setTargetDate("2027-12-31");
		String serialized = serializer.serialize(webshop);

		assertEquals(WEBSHOP.replace("baseline 1.2", "baseline -0.5")
				.replace("target 2.0 by 2027-06-30", "target 2.50 by 2027-12-31"), serialized);
		reparseAsEqualTo(webshop, serialized);
	}

	@Test
	void aFormulaReplacedByAConversionIsWrittenAsAConversion() throws Exception {
		Model webshop = parse(WEBSHOP);

		Kpi orderValue = element(webshop, Kpi.class, "OrderValue");
		orderValue.setFormula(conversion(event(webshop, "ad_clicked"), event(webshop, "purchase_completed"), 7,
				TimeUnit.WEEKS));
		String serialized = serializer.serialize(webshop);

		assertTrue(serialized.contains("formula conversion(ad_clicked -> purchase_completed within 7 weeks)"),
				serialized);
		reparseAsEqualTo(webshop, serialized);
	}

	@Test
	void aRatioAsDenominatorIsWrittenInParentheses() throws Exception {
		Model webshop = parse(WEBSHOP);

		Event purchase = event(webshop, "purchase_completed");
		Ratio valuePerView = ratio(aggregate(AggregateFunction.SUM, purchase, property(purchase, "value")),
				aggregate(AggregateFunction.COUNT, event(webshop, "product_viewed"), null));
		Ratio formula = ratio(aggregate(AggregateFunction.DISTINCT, purchase, property(purchase, "order_id")),
				valuePerView);
		element(webshop, Kpi.class, "OrderValue").setFormula(formula);
		String serialized = serializer.serialize(webshop);

		assertTrue(serialized.contains(
				"formula distinct(purchase_completed.order_id) / (sum(purchase_completed.value) / count(product_viewed))"),
				serialized);
		reparseAsEqualTo(webshop, serialized);
	}

	@Test
	void aKpiAddedToAGoalJoinsItsListOfKpis() throws Exception {
		Model webshop = parse(WEBSHOP);

		element(webshop, Goal.class, "MoreNewSales").getKpis().add(element(webshop, Kpi.class, "OrderValue"));
		Model reparsed = reparseAsEqualTo(webshop, serializer.serialize(webshop));

		assertEquals(List.of("Conversion", "OrderValue"),
				element(reparsed, Goal.class, "MoreNewSales").getKpis().stream().map(Kpi::getName).toList());
	}

	@Test
	void aPhaseBuiltInMemoryIsAddedToTheJourney() throws Exception {
		Model webshop = parse(WEBSHOP);

		Phase support = phase("GetSupport", -2, "Nobody answers");
		Touchpoint chat = touchpoint("Chat", Channel.CHAT);
		chat.getEvents().add(event("chat_started", property("topic", PropertyType.STRING, true)));
		support.getTouchpoints().add(chat);
		element(webshop, Journey.class, "FirstPurchase").getPhases().add(support);
		Model reparsed = reparseAsEqualTo(webshop, serializer.serialize(webshop));

		Phase reparsedSupport = element(reparsed, Journey.class, "FirstPurchase").getPhases().get(2);
		assertEquals("GetSupport", reparsedSupport.getName());
		assertEquals(-2, reparsedSupport.getFeeling());
		assertEquals("chat_started", reparsedSupport.getTouchpoints().get(0).getEvents().get(0).getName());
	}

	@Test
	void aPhasesFeelingCanTurnNegativeAndGainANoteInTheCanonicalLayoutWhenSavedFormatted() throws Exception {
		Model webshop = parse(WEBSHOP);

		Phase discover = element(webshop, Journey.class, "FirstPurchase").getPhases().get(0);
		discover.setFeeling(-2);
		discover.setFeelingNote("Overwhelmed");
		// Unformatted, the serializer keeps all whitespace it has and puts the note on the next
		// line: the line break after the old value now comes before the new token.
		String serialized = serializer.serialize(webshop, SaveOptions.newBuilder().format().getOptions());

		assertEquals(WEBSHOP.replace("feeling 1", "feeling -2 \"Overwhelmed\""), serialized);
		reparseAsEqualTo(webshop, serialized);
	}

	@Test
	void aTouchpointAddedToAPhaseKeepsThePhasesPainsAndOpportunities() throws Exception {
		Model webshop = parse(WEBSHOP);

		Phase discover = element(webshop, Journey.class, "FirstPurchase").getPhases().get(0);
		Touchpoint search = touchpoint("SearchAd", Channel.SEARCH);
		search.setExperience(0);
		search.getSegments().add(element(webshop, Segment.class, "Students"));
		discover.getTouchpoints().add(search);
		Model reparsed = reparseAsEqualTo(webshop, serializer.serialize(webshop));

		Phase reparsedDiscover = element(reparsed, Journey.class, "FirstPurchase").getPhases().get(0);
		assertEquals(List.of("InstagramAd", "SearchAd"),
				reparsedDiscover.getTouchpoints().stream().map(Touchpoint::getName).toList());
		assertEquals("Students", reparsedDiscover.getTouchpoints().get(1).getSegments().get(0).getName());
	}

	@Test
	void anEventAddedToATouchpointIsWrittenWithItsProperties() throws Exception {
		Model webshop = parse(WEBSHOP);

		Touchpoint instagramAd = element(webshop, Journey.class, "FirstPurchase").getPhases().get(0)
				.getTouchpoints().get(0);
		instagramAd.getEvents().add(event("ad_shared", property("network", PropertyType.STRING, true),
				property("reach", PropertyType.INTEGER, false)));
		Model reparsed = reparseAsEqualTo(webshop, serializer.serialize(webshop));

		Event shared = event(reparsed, "ad_shared");
		assertEquals(List.of("network", "reach"), shared.getProperties().stream().map(EventProperty::getName).toList());
		assertTrue(shared.getProperties().get(0).isRequired());
	}

	@Test
	void anEventPropertyCanBeRenamedAndAdded() throws Exception {
		Model webshop = parse(WEBSHOP);

		Event adClicked = event(webshop, "ad_clicked");
		adClicked.getProperties().get(0).setName("campaign_id");
		EventProperty creative = property("creative", PropertyType.STRING, false);
		creative.setDescription("Which image or video was shown");
		adClicked.getProperties().add(creative);
		Model reparsed = reparseAsEqualTo(webshop, serializer.serialize(webshop));

		List<EventProperty> properties = event(reparsed, "ad_clicked").getProperties();
		assertEquals("campaign_id", properties.get(0).getName());
		assertEquals("Which image or video was shown", properties.get(1).getDescription());
	}

	@Test
	void aPainsSeverityAndEvidenceChange() throws Exception {
		Model webshop = parse(WEBSHOP);

		Pain pricesHidden = element(webshop, Journey.class, "FirstPurchase").getPhases().get(0).getPains().get(0);
		pricesHidden.setSeverity(Level.MEDIUM);
		pricesHidden.getEvidence().add(element(webshop, Source.class, "Analytics"));
		Model reparsed = reparseAsEqualTo(webshop, serializer.serialize(webshop));

		Pain reparsedPain = element(reparsed, Journey.class, "FirstPurchase").getPhases().get(0).getPains().get(0);
		assertEquals(Level.MEDIUM, reparsedPain.getSeverity());
		assertEquals(List.of("Interviews", "Analytics"), reparsedPain.getEvidence().stream().map(Source::getName).toList());
	}

	@Test
	void anOpportunitysEffortChangesInPlace() throws Exception {
		Model webshop = parse(WEBSHOP);

		Opportunity showPrices = element(webshop, Journey.class, "FirstPurchase").getPhases().get(0)
				.getOpportunities().get(0);
		showPrices.setEffort(Level.HIGH);
		String serialized = serializer.serialize(webshop);

		assertEquals(WEBSHOP.replace("effort low", "effort high"), serialized);
		reparseAsEqualTo(webshop, serialized);
	}

	@Test
	void anInitiativeGainsAMilestoneAndKeepsItsComment() throws Exception {
		Model webshop = parse(WEBSHOP);

		Initiative priceTransparency = element(webshop, Initiative.class, "PriceTransparency");
		priceTransparency.getMilestones().add(
				milestone("All channels", "2027-01-31", element(webshop, Kpi.class, "Conversion"), "1.8"));
		priceTransparency.getMilestones().get(0).setValue(new BigDecimal("1.75"));
		String serialized = serializer.serialize(webshop);

		assertTrue(serialized.contains("{ // agreed in May"), serialized);
		Model reparsed = reparseAsEqualTo(webshop, serialized);
		List<Milestone> milestones = element(reparsed, Initiative.class, "PriceTransparency").getMilestones();
		assertEquals(new BigDecimal("1.75"), milestones.get(0).getValue());
		assertEquals("2027-01-31", milestones.get(1).getDate());
	}

	// ------------------------------------------------------------------ building a model from scratch

	@Test
	void modelBuiltInMemoryIsSavedInTheCanonicalLayoutAndReadsBackTheSame() throws Exception {
		Model built = buildWebshop();
		Resource resource = resourceSets.get().createResource(URI.createURI("built.journey"));
		resource.getContents().add(built);

		ByteArrayOutputStream saved = new ByteArrayOutputStream();
		resource.save(saved, SaveOptions.defaultOptions().toOptionsMap());
		String text = saved.toString(StandardCharsets.UTF_8);

		assertEquals("""
				package webshop

				segment Decorators "Home decorators" {
				    share 60.5%
				    needs "Inspiration", "Fair prices", "Fast delivery"
				}

				source Interviews {
				    kind interviews
				}

				kpi Conversion {
				    unit ratio
				    baseline -0.25
				    target 1.50 by 2027-06-30
				    direction decrease
				    formula sum(purchase_completed.value) / count(product_viewed)
				}

				kpi Repeat {
				    unit count
				    formula conversion(purchase_completed -> purchase_completed within 90 days)
				}

				goal MoreSales {
				    kind upsell
				    kpis Conversion, Repeat
				}

				journey FirstPurchase {
				    for Decorators
				    pursues MoreSales

				    phase Discover {
				        feeling -2 "Lost"
				        volume 120000

				        touchpoint Shop {
				            channel store offline
				            serves Decorators
				            experience -1
				            event product_viewed {
				                product_id: string required "Stock keeping unit"
				            }
				            event purchase_completed {
				                order_id: string required,
				                value: number
				            }
				        }

				        pain NoPrices {
				            severity high
				            evidence Interviews
				        }

				        opportunity ShowPrices {
				            value high
				            effort medium
				            fixes NoPrices
				        }
				    }
				}

				initiative Prices {
				    realizes ShowPrices
				    staffing outsource
				    due 2027-01-31
				    milestone "Prices in the shop" by 2026-12-15 moves Conversion to 1.25
				}
				""", text);
		Model reparsed = parseHelper.parse(text);
		EcoreUtil.resolveAll(reparsed);
		assertTrue(reparsed.eResource().getErrors().isEmpty(), () -> reparsed.eResource().getErrors().toString());
		assertTrue(EcoreUtil.equals(built, reparsed), "the saved text must read back as the model that was built");
		assertImportantAttributesSurvived(reparsed);
	}

	@Test
	void namesThatAreKeywordsAreEscapedAndReadBackWithoutTheEscape() throws Exception {
		Model model = JOURNEY.createModel();
		Segment kpiNamedSegment = segment("kpi");
		Journey journey = JOURNEY.createJourney();
		journey.setName("phase");
		journey.getSegments().add(kpiNamedSegment);
		model.getElements().addAll(List.of(kpiNamedSegment, journey));
		resourceSets.get().createResource(URI.createURI("keywords.journey")).getContents().add(model);

		String text = serializer.serialize(model);

		assertTrue(text.contains("segment ^kpi"), text);
		assertTrue(text.contains("journey ^phase"), text);
		assertTrue(text.contains("for ^kpi"), text);
		Model reparsed = parseHelper.parse(text);
		EcoreUtil.resolveAll(reparsed);
		assertTrue(EcoreUtil.equals(model, reparsed), text);
	}

	@Test
	void enumPropertiesAreWrittenUnlessTheyHoldTheirDefault() throws Exception {
		// Enums start with 'unspecified' (an absent property), so "unit percent" is a value of its
		// own; a direction is 'increase' unless said otherwise, so that default is left out.
		Model model = JOURNEY.createModel();
		Kpi share = JOURNEY.createKpi();
		share.setName("Share");
		share.setUnit(Unit.PERCENT);
		share.setDirection(Direction.INCREASE);
		share.setTarget(new BigDecimal("10"));
		model.getElements().add(share);
		resourceSets.get().createResource(URI.createURI("defaults.journey")).getContents().add(model);

		String text = serializer.serialize(model);

		assertEquals("""
				kpi Share {
				    unit percent
				    target 10
				}
				""", text);
		Kpi reparsed = (Kpi) parseHelper.parse(text).getElements().get(0);
		assertEquals(Unit.PERCENT, reparsed.getUnit());
		assertEquals(Direction.INCREASE, reparsed.getDirection());
	}

	@Test
	void aDateTheSyntaxCannotExpressIsReportedInsteadOfWritten() {
		Model model = JOURNEY.createModel();
		Initiative initiative = JOURNEY.createInitiative();
		initiative.setName("Relaunch");
		initiative.setDue("2027-02-30");
		model.getElements().add(initiative);
		resourceSets.get().createResource(URI.createURI("dates.journey")).getContents().add(model);

		RuntimeException failure = assertThrows(RuntimeException.class, () -> serializer.serialize(model));

		assertTrue(failure.getMessage().contains("'2027-02-30' is not a date"), failure.getMessage());
	}

	@Test
	void referencesToAnotherFileReadBackToTheSameElements() throws Exception {
		ResourceSet resourceSet = resourceSets.get();
		Model library = parseHelper.parse("""
				package shared
				segment Buyers
				kpi Revenue { unit currency }
				""", resourceSet);
		Model model = JOURNEY.createModel();
		model.setName("webshop");
		Import sharedElements = JOURNEY.createImport();
		sharedElements.setImportedNamespace("shared.*");
		model.getImports().add(sharedElements);
		Goal growth = JOURNEY.createGoal();
		growth.setName("Growth");
		growth.getKpis().add(element(library, Kpi.class, "Revenue"));
		Journey journey = JOURNEY.createJourney();
		journey.setName("Repurchase");
		journey.getSegments().add(element(library, Segment.class, "Buyers"));
		journey.getGoals().add(growth);
		model.getElements().addAll(List.of(growth, journey));
		resourceSet.createResource(URI.createURI("webshop.journey")).getContents().add(model);

		String text = serializer.serialize(model);
		Model reparsed = parseHelper.parse(text, resourceSet);
		EcoreUtil.resolveAll(reparsed);

		assertTrue(reparsed.eResource().getErrors().isEmpty(), () -> text + reparsed.eResource().getErrors());
		Journey reparsedJourney = element(reparsed, Journey.class, "Repurchase");
		assertSame(element(library, Segment.class, "Buyers"), reparsedJourney.getSegments().get(0));
		assertSame(element(library, Kpi.class, "Revenue"),
				element(reparsed, Goal.class, "Growth").getKpis().get(0));
	}

	// ------------------------------------------------------------------ helpers

	private Model parse(String text) throws Exception {
		Model model = parseHelper.parse(text);
		// Resolve before changing names: a proxy resolved after a rename would no longer link.
		EcoreUtil.resolveAll(model);
		assertTrue(model.eResource().getErrors().isEmpty(), () -> model.eResource().getErrors().toString());
		return model;
	}

	/** Parses the serialized text and asserts it is the changed model, and nothing else changed. */
	private Model reparseAsEqualTo(Model changed, String serialized) throws Exception {
		Model reparsed = parseHelper.parse(serialized);
		EcoreUtil.resolveAll(reparsed);
		assertTrue(reparsed.eResource().getErrors().isEmpty(),
				() -> serialized + "\n" + reparsed.eResource().getErrors());
		assertTrue(EcoreUtil.equals(changed, reparsed), () -> "read back differently:\n" + serialized);
		return reparsed;
	}

	private static void assertImportantAttributesSurvived(Model reparsed) {
		Segment decorators = element(reparsed, Segment.class, "Decorators");
		assertEquals(new BigDecimal("60.5"), decorators.getShare());
		Kpi conversion = element(reparsed, Kpi.class, "Conversion");
		assertEquals(new BigDecimal("-0.25"), conversion.getBaseline());
		assertEquals(new BigDecimal("1.50"), conversion.getTarget());
		assertEquals("2027-06-30", conversion.getTargetDate());
		Ratio ratio = (Ratio) conversion.getFormula();
		assertEquals("value", ((Aggregate) ratio.getNumerator()).getProperty().getName());
		assertEquals("product_viewed", ((Aggregate) ratio.getDenominator()).getEvent().getName());
		Conversion repeat = (Conversion) element(reparsed, Kpi.class, "Repeat").getFormula();
		assertEquals(90, repeat.getWindow());
		assertEquals(TimeUnit.DAYS, repeat.getWindowUnit());
		Phase discover = element(reparsed, Journey.class, "FirstPurchase").getPhases().get(0);
		assertEquals(-2, discover.getFeeling());
		assertEquals(120000L, discover.getVolume());
		assertFalse(discover.getTouchpoints().get(0).isOnline());
		assertSame(decorators, discover.getTouchpoints().get(0).getSegments().get(0));
		Milestone milestone = element(reparsed, Initiative.class, "Prices").getMilestones().get(0);
		assertEquals("2026-12-15", milestone.getDate());
		assertSame(conversion, milestone.getKpi());
	}

	/** The web shop of {@link #WEBSHOP}, smaller, with every construct, built without a parser. */
	private static Model buildWebshop() {
		Model model = JOURNEY.createModel();
		model.setName("webshop");

		Segment decorators = segment("Decorators");
		decorators.setTitle("Home decorators");
		decorators.setShare(new BigDecimal("60.5"));
		decorators.getNeeds().addAll(List.of("Inspiration", "Fair prices", "Fast delivery"));

		Source interviews = JOURNEY.createSource();
		interviews.setName("Interviews");
		interviews.setKind(SourceKind.INTERVIEWS);

		Touchpoint shop = touchpoint("Shop", Channel.STORE);
		shop.setOffline(true);
		shop.setExperience(-1);
		shop.getSegments().add(decorators);
		EventProperty productId = property("product_id", PropertyType.STRING, true);
		productId.setDescription("Stock keeping unit");
		Event productViewed = event("product_viewed", productId);
		EventProperty value = property("value", PropertyType.NUMBER, false);
		Event purchaseCompleted = event("purchase_completed", property("order_id", PropertyType.STRING, true), value);
		shop.getEvents().addAll(List.of(productViewed, purchaseCompleted));

		Kpi conversion = JOURNEY.createKpi();
		conversion.setName("Conversion");
		conversion.setUnit(Unit.RATIO);
		conversion.setBaseline(new BigDecimal("-0.25"));
		conversion.setTarget(new BigDecimal("1.50"));
		conversion.setTargetDate("2027-06-30");
		conversion.setDirection(Direction.DECREASE);
		conversion.setFormula(ratio(aggregate(AggregateFunction.SUM, purchaseCompleted, value),
				aggregate(AggregateFunction.COUNT, productViewed, null)));

		Kpi repeat = JOURNEY.createKpi();
		repeat.setName("Repeat");
		repeat.setUnit(Unit.COUNT);
		repeat.setFormula(conversion(purchaseCompleted, purchaseCompleted, 90, TimeUnit.DAYS));

		Goal moreSales = JOURNEY.createGoal();
		moreSales.setName("MoreSales");
		moreSales.setKind(GoalKind.UPSELL);
		moreSales.getKpis().addAll(List.of(conversion, repeat));

		Pain noPrices = JOURNEY.createPain();
		noPrices.setName("NoPrices");
		noPrices.setSeverity(Level.HIGH);
		noPrices.getEvidence().add(interviews);

		Opportunity showPrices = JOURNEY.createOpportunity();
		showPrices.setName("ShowPrices");
		showPrices.setValue(Level.HIGH);
		showPrices.setEffort(Level.MEDIUM);
		showPrices.getFixes().add(noPrices);

		Phase discover = phase("Discover", -2, "Lost");
		discover.setVolume(120000L);
		discover.getTouchpoints().add(shop);
		discover.getPains().add(noPrices);
		discover.getOpportunities().add(showPrices);

		Journey firstPurchase = JOURNEY.createJourney();
		firstPurchase.setName("FirstPurchase");
		firstPurchase.getSegments().add(decorators);
		firstPurchase.getGoals().add(moreSales);
		firstPurchase.getPhases().add(discover);

		Initiative prices = JOURNEY.createInitiative();
		prices.setName("Prices");
		prices.getRealizes().add(showPrices);
		prices.setStaffing(Staffing.OUTSOURCE);
		prices.setDue("2027-01-31");
		prices.getMilestones().add(milestone("Prices in the shop", "2026-12-15", conversion, "1.25"));

		model.getElements().addAll(List.of(decorators, interviews, conversion, repeat, moreSales, firstPurchase, prices));
		return model;
	}

	private static Segment segment(String name) {
		Segment segment = JOURNEY.createSegment();
		segment.setName(name);
		return segment;
	}

	private static Phase phase(String name, int feeling, String feelingNote) {
		Phase phase = JOURNEY.createPhase();
		phase.setName(name);
		phase.setFeeling(feeling);
		phase.setFeelingNote(feelingNote);
		return phase;
	}

	private static Touchpoint touchpoint(String name, Channel channel) {
		Touchpoint touchpoint = JOURNEY.createTouchpoint();
		touchpoint.setName(name);
		touchpoint.setChannel(channel);
		return touchpoint;
	}

	private static Event event(String name, EventProperty... properties) {
		Event event = JOURNEY.createEvent();
		event.setName(name);
		event.getProperties().addAll(List.of(properties));
		return event;
	}

	private static EventProperty property(String name, PropertyType type, boolean required) {
		EventProperty property = JOURNEY.createEventProperty();
		property.setName(name);
		property.setType(type);
		property.setRequired(required);
		return property;
	}

	private static Aggregate aggregate(AggregateFunction function, Event event, EventProperty property) {
		Aggregate aggregate = JOURNEY.createAggregate();
		aggregate.setFunction(function);
		aggregate.setEvent(event);
		aggregate.setProperty(property);
		return aggregate;
	}

	private static Ratio ratio(Formula numerator, Formula denominator) {
		Ratio ratio = JOURNEY.createRatio();
		ratio.setNumerator(numerator);
		ratio.setDenominator(denominator);
		return ratio;
	}

	private static Conversion conversion(Event from, Event to, int window, TimeUnit unit) {
		Conversion conversion = JOURNEY.createConversion();
		conversion.setFrom(from);
		conversion.setTo(to);
		conversion.setWindow(window);
		conversion.setWindowUnit(unit);
		return conversion;
	}

	private static Milestone milestone(String title, String date, Kpi kpi, String value) {
		Milestone milestone = JOURNEY.createMilestone();
		milestone.setTitle(title);
		milestone.setDate(date);
		milestone.setKpi(kpi);
		milestone.setValue(new BigDecimal(value));
		return milestone;
	}

	private static <T extends Element> T element(Model model, Class<T> type, String name) {
		return model.getElements().stream()
				.filter(type::isInstance)
				.map(type::cast)
				.filter(element -> name.equals(element.getName()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
	}

	private static Event event(Model model, String name) {
		for (EObject candidate : (Iterable<EObject>) model::eAllContents) {
			if (candidate instanceof Event event && name.equals(event.getName())) {
				return event;
			}
		}
		throw new AssertionError("no event named " + name);
	}

	private static EventProperty property(Event event, String name) {
		return event.getProperties().stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow();
	}
}
