package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.journey.dsl.generator.GeneratorWarnings;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.Ga4Ecommerce;
import org.journey.dsl.generator.tracking.GtmContainerTarget;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.dsl.generator.tracking.TrackingSettings;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;

/**
 * The GTM container export and its data layer script; golden files, examples and determinism in
 * the base class. The structural checks are what GTM's import needs to accept the file and what
 * the imported container needs to work: unique ids, triggers and variables that every reference
 * finds (GTM's built-ins included), the Google tag the GA4 event tags send through, the fields of
 * GTM's own exports (compared with the two real exports in shared/reference-schemas/gtm), and
 * GA4's ecommerce data for GA4's ecommerce events.
 */
class GtmContainerTest extends TrackingTargetTestBase {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final Pattern REFERENCE = Pattern.compile("\\{\\{([^}]*)\\}\\}");
	/** How triggers reference GTM's built-in variable of type EVENT (its display name is "Event"). */
	private static final String EVENT_BUILT_IN_REFERENCE = "_event";
	private static final List<String> REFERENCE_EXPORTS = List.of("gtm/ga4-event-tags-2025.json",
			"gtm/web-container-2026-02.json");
	/**
	 * Fields of the reference exports the generated container leaves out on purpose: they name the
	 * exporting account and its URLs (path, tagManagerUrl), or import takes them from the container
	 * imported into (the container's features and tagIds).
	 */
	private static final Set<String> OMITTED_FIELDS = Set.of("path", "tagManagerUrl", "features", "tagIds");
	/** A field GTM's API has and the reference exports happen not to use: none of their tags or variables has notes. */
	private static final Set<String> FIELDS_NOT_IN_THE_REFERENCES = Set.of("notes");
	/** A GA4 event tag parameter the reference exports do not use, as none of their tags sends ecommerce data. */
	private static final Set<String> PARAMETERS_NOT_IN_THE_REFERENCES = Set.of("getEcommerceDataFrom");

	private static final String ECOMMERCE_MODEL = """
			package shop

			segment Buyers "Online buyers" { share 60% }

			journey Buying "Buying online" {
			    for Buyers
			    phase Buy {
			        customer-goal "Buy"
			        touchpoint Checkout {
			            channel web
			            event purchase {
			                transaction_id: string required, value: number required, currency: string required,
			                coupon: string, item_id: string required, item_name: string, price: number required,
			                quantity: integer, gift_wrap: boolean
			            }
			            event view_cart
			            event newsletter_signed_up { value: number }
			        }
			    }
			}

			tracking { ga4-measurement-id "G-1A2B3C4D5E" }
			""";

	@Inject
	private ParseHelper<Model> parseHelper;

	@Override
	protected ReportTarget target() {
		return new GtmContainerTarget();
	}

	@Override
	protected List<String> files() {
		return List.of(GtmContainerTarget.DATA_LAYER_FILE, GtmContainerTarget.CONTAINER_FILE);
	}

	// ---------------------------------------------------------------- import: format, ids, references

	@Test
	void everyExampleContainerHasTheExportFormatOfAWebContainer() throws Exception {
		for (Journey journey : exampleJourneys()) {
			JsonNode export = container(journey);

			assertEquals(2, export.path("exportFormatVersion").asInt(), journey.getName());
			assertEquals(GtmContainerTarget.EXPORT_TIME, export.path("exportTime").asText(), journey.getName());
			JsonNode container = export.path("containerVersion").path("container");
			assertEquals(plan(journey).settings().containerName(), container.path("name").asText());
			assertEquals(List.of("WEB"), SegmentTrackingPlanTest.names(container.path("usageContext")));
			for (String array : List.of("tag", "trigger", "variable")) {
				assertTrue(export.path("containerVersion").path(array).isArray(), journey.getName() + " has " + array);
			}
		}
	}

	@Test
	void everyExampleContainerHasUniqueStringIds() throws Exception {
		for (JsonNode export : goldenAndExampleContainers().values()) {
			String what = export.path("containerVersion").path("container").path("name").asText();
			JsonNode version = export.path("containerVersion");

			List<JsonNode> ids = new ArrayList<>();
			for (String[] arrayAndKey : new String[][] { { "tag", "tagId" }, { "trigger", "triggerId" },
					{ "variable", "variableId" }, { "folder", "folderId" } }) {
				version.path(arrayAndKey[0]).forEach(element -> ids.add(element.path(arrayAndKey[1])));
			}

			Set<String> seen = new HashSet<>();
			assertFalse(ids.isEmpty(), what);
			for (JsonNode id : ids) {
				assertTrue(id.isTextual() && !id.asText().isEmpty(), what + ": id " + id + " is not a string");
				assertTrue(seen.add(id.asText()), what + ": id " + id + " is used twice");
			}
		}
	}

	@Test
	void everyTagOfEveryExampleFiresOnATriggerOfTheContainerOrOnABuiltInTrigger() throws Exception {
		Set<String> builtInTriggers = builtInTriggerIdsOfTheReferenceExports();
		for (Map.Entry<String, JsonNode> entry : goldenAndExampleContainers().entrySet()) {
			JsonNode version = entry.getValue().path("containerVersion");
			Set<String> triggerIds = new HashSet<>(builtInTriggers);
			version.path("trigger").forEach(t -> triggerIds.add(t.path("triggerId").asText()));

			for (JsonNode tag : version.path("tag")) {
				String what = entry.getKey() + ": tag " + tag.path("name").asText();
				assertFalse(tag.path("firingTriggerId").isEmpty(), what + " never fires");
				tag.path("firingTriggerId").forEach(id -> assertTrue(triggerIds.contains(id.asText()),
						what + " fires on trigger " + id + ", which is neither in the container nor built in"));
			}
		}
	}

	@Test
	void everyVariableEveryExampleReferencesIsInTheContainerOrABuiltInItEnables() throws Exception {
		for (Map.Entry<String, JsonNode> entry : goldenAndExampleContainers().entrySet()) {
			JsonNode version = entry.getValue().path("containerVersion");
			Set<String> variables = new HashSet<>();
			version.path("variable").forEach(v -> variables.add(v.path("name").asText()));
			// built-ins are referenced by their display name, except Event, which triggers name _event
			version.path("builtInVariable").forEach(b -> {
				variables.add(b.path("name").asText());
				if ("EVENT".equals(b.path("type").asText())) {
					variables.add(EVENT_BUILT_IN_REFERENCE);
				}
			});

			List<String> references = new ArrayList<>();
			collectReferences(version, references);

			assertTrue(references.contains(EVENT_BUILT_IN_REFERENCE) && references.contains(GtmContainerTarget.MEASUREMENT_ID_VARIABLE),
					entry.getKey() + " references " + references);
			references.forEach(reference -> assertTrue(variables.contains(reference),
					entry.getKey() + ": {{" + reference + "}} names no variable of the container and no built-in it enables"));
		}
	}

	@Test
	void everyParameterTypeOfEveryExampleContainerIsUpperCase() throws Exception {
		for (Journey journey : exampleJourneys()) {
			List<String> types = new ArrayList<>();

			collectParameterTypes(container(journey).path("containerVersion"), types);

			assertFalse(types.isEmpty(), journey.getName());
			types.forEach(type -> assertTrue(type.matches("[A-Z_]+"), journey.getName() + ": parameter type " + type));
		}
	}

	// ---------------------------------------------------------------- the fields of GTM's own exports

	/**
	 * Each object has the fields GTM exports for its kind (a tag of type gaawe, a trigger of type
	 * CUSTOM_EVENT...): no field that no reference object of its array (tag, trigger, variable) has,
	 * and every field all reference objects of its kind have.
	 */
	@Test
	void everyObjectOfEveryExampleHasTheFieldsOfItsKindInTheReferenceExports() throws Exception {
		Map<String, List<JsonNode>> reference = referenceObjectsByKind();
		for (Map.Entry<String, JsonNode> entry : goldenAndExampleContainers().entrySet()) {
			Map<String, List<JsonNode>> generated = objectsByKind(entry.getValue());

			assertTrue(generated.keySet().containsAll(List.of("export", "containerVersion", "container", "tag googtag",
					"tag gaawe", "trigger CUSTOM_EVENT", "variable c", "folder", "builtInVariable")),
					entry.getKey() + ": " + generated.keySet());
			for (Map.Entry<String, List<JsonNode>> kind : generated.entrySet()) {
				List<JsonNode> examples = reference.get(kind.getKey());
				assertNotNull(examples, entry.getKey() + ": the reference exports have no " + kind.getKey() + " to compare with");
				Set<String> known = new TreeSet<>(FIELDS_NOT_IN_THE_REFERENCES);
				reference.forEach((referenceKind, objects) -> {
					if (family(referenceKind).equals(family(kind.getKey()))) {
						objects.forEach(object -> known.addAll(fieldNames(object)));
					}
				});
				Set<String> always = new TreeSet<>(fieldNames(examples.get(0)));
				examples.forEach(example -> always.retainAll(fieldNames(example)));
				always.removeAll(OMITTED_FIELDS);
				for (JsonNode object : kind.getValue()) {
					Set<String> fields = fieldNames(object);
					String what = entry.getKey() + ": " + kind.getKey() + " " + object.path("name").asText();
					assertTrue(known.containsAll(fields), what + " has fields no reference export has: " + difference(fields, known));
					assertTrue(fields.containsAll(always), what + " lacks fields every reference export has: " + difference(always, fields));
				}
			}
		}
	}

	@Test
	void everyTagAndVariableOfEveryExampleHasOnlyParametersItsTypeHasInTheReferenceExports() throws Exception {
		Map<String, List<JsonNode>> reference = referenceObjectsByKind();
		for (Map.Entry<String, JsonNode> entry : goldenAndExampleContainers().entrySet()) {
			for (Map.Entry<String, List<JsonNode>> kind : objectsByKind(entry.getValue()).entrySet()) {
				if (!kind.getKey().startsWith("tag ") && !kind.getKey().startsWith("variable ")) {
					continue;
				}
				Set<String> known = new TreeSet<>(PARAMETERS_NOT_IN_THE_REFERENCES);
				reference.getOrDefault(kind.getKey(), List.of()).forEach(object -> known.addAll(parameterKeys(object)));
				for (JsonNode object : kind.getValue()) {
					Set<String> keys = parameterKeys(object);
					assertFalse(keys.isEmpty(), entry.getKey() + ": " + kind.getKey() + " " + object.path("name").asText());
					assertTrue(known.containsAll(keys), entry.getKey() + ": " + kind.getKey() + " " + object.path("name").asText()
							+ " has parameters no reference " + kind.getKey() + " has: " + difference(keys, known));
				}
			}
		}
	}

	@Test
	void everyTagOfEveryExampleHasTheConsentSettingsAndMonitoringMetadataOfTheReferenceExports() throws Exception {
		Set<JsonNode> consentSettings = new HashSet<>();
		Set<JsonNode> monitoringMetadata = new HashSet<>();
		for (JsonNode export : referenceExports()) {
			export.path("containerVersion").path("tag").forEach(tag -> {
				consentSettings.add(tag.path("consentSettings"));
				monitoringMetadata.add(tag.path("monitoringMetadata"));
			});
		}
		assertEquals(1, consentSettings.size(), "the reference tags agree: " + consentSettings);
		assertEquals(1, monitoringMetadata.size(), "the reference tags agree: " + monitoringMetadata);

		for (Map.Entry<String, JsonNode> entry : goldenAndExampleContainers().entrySet()) {
			JsonNode tags = entry.getValue().path("containerVersion").path("tag");
			assertFalse(tags.isEmpty(), entry.getKey());
			for (JsonNode tag : tags) {
				String what = entry.getKey() + ": tag " + tag.path("name").asText();
				assertEquals(consentSettings.iterator().next(), tag.path("consentSettings"), what);
				assertEquals(monitoringMetadata.iterator().next(), tag.path("monitoringMetadata"), what);
			}
		}
	}

	// ---------------------------------------------------------------- the Google tag

	@Test
	void everyExampleContainerLoadsTheGoogleTagForTheMeasurementIdOnInitializationLikeTheReferenceExport() throws Exception {
		List<JsonNode> referenceGoogleTags = new ArrayList<>();
		referenceExports().forEach(export -> tagsOfType(export, "googtag").forEach(referenceGoogleTags::add));
		assertEquals(1, referenceGoogleTags.size(), "the reference exports have one Google tag");
		JsonNode referenceGoogleTag = referenceGoogleTags.get(0);

		for (Map.Entry<String, JsonNode> entry : goldenAndExampleContainers().entrySet()) {
			List<JsonNode> googleTags = tagsOfType(entry.getValue(), "googtag");

			assertEquals(1, googleTags.size(), entry.getKey() + ": Google tags");
			JsonNode googleTag = googleTags.get(0);
			assertEquals(GtmContainerTarget.GOOGLE_TAG_NAME, googleTag.path("name").asText());
			assertEquals("{{" + GtmContainerTarget.MEASUREMENT_ID_VARIABLE + "}}", parameter(googleTag, "tagId").path("value").asText(),
					entry.getKey());
			assertEquals("TEMPLATE", parameter(googleTag, "tagId").path("type").asText(), entry.getKey());
			assertEquals(referenceGoogleTag.path("firingTriggerId"), googleTag.path("firingTriggerId"),
					entry.getKey() + ": fires on Initialization - All Pages, as in the reference export");
			assertEquals(List.of(GtmContainerTarget.INITIALIZATION_ALL_PAGES_TRIGGER),
					SegmentTrackingPlanTest.names(googleTag.path("firingTriggerId")));
		}
	}

	@Test
	void theMeasurementIdComesFromTheTrackingBlockIntoTheConstantVariable() throws Exception {
		JsonNode variables = container(goldenJourney()).path("containerVersion").path("variable");

		JsonNode constant = variables.get(0);

		assertEquals(GtmContainerTarget.MEASUREMENT_ID_VARIABLE, constant.path("name").asText());
		assertEquals("c", constant.path("type").asText());
		assertEquals("G-1A2B3C4D5E", parameter(constant, "value").path("value").asText());
	}

	// ---------------------------------------------------------------- the measurement ID placeholder

	@Test
	void aJourneyWithoutMeasurementIdIsWarnedAboutOnceAtTheJourneyNamingBothWaysToSetIt() throws Exception {
		String model = ECOMMERCE_MODEL.replace("tracking { ga4-measurement-id \"G-1A2B3C4D5E\" }", "");
		Journey journey = parse(model);
		GeneratorWarnings warnings = GeneratorWarnings.attach(journey.eResource().getResourceSet());

		String container = text(generate(target(), journey), GtmContainerTarget.CONTAINER_FILE);
		generate(target(), journey);

		assertTrue(container.contains(TrackingSettings.DEFAULT_MEASUREMENT_ID), container);
		assertEquals(1, warnings.warnings().size(), () -> "warnings: " + warnings.warnings());
		GeneratorWarnings.Warning warning = warnings.warnings().get(0);
		assertEquals(IssueCodes.MEASUREMENT_ID_PLACEHOLDER, warning.code());
		assertEquals(lineOf(model, "journey Buying"), warning.line());
		assertEquals(1, warning.column());
		assertTrue(warning.message().contains("--measurement-id") && warning.message().contains("ga4-measurement-id")
				&& warning.message().contains("'Buying'"), warning.message());
	}

	@Test
	void aTrackingBlockWithoutMeasurementIdIsWhereTheWarningPoints() throws Exception {
		String model = ECOMMERCE_MODEL.replace("ga4-measurement-id \"G-1A2B3C4D5E\"", "gtm-container \"Shop web\"");
		Journey journey = parse(model);
		GeneratorWarnings warnings = GeneratorWarnings.attach(journey.eResource().getResourceSet());

		generate(target(), journey);

		assertEquals(1, warnings.warnings().size(), () -> "warnings: " + warnings.warnings());
		assertEquals(IssueCodes.MEASUREMENT_ID_PLACEHOLDER, warnings.warnings().get(0).code());
		assertEquals(lineOf(model, "tracking {"), warnings.warnings().get(0).line());
	}

	@Test
	void aMeasurementIdInTheTrackingBlockIsNoCauseForWarning() throws Exception {
		Journey journey = parse(ECOMMERCE_MODEL);
		GeneratorWarnings warnings = GeneratorWarnings.attach(journey.eResource().getResourceSet());

		generate(target(), journey);

		assertEquals(List.of(), warnings.warnings());
	}

	// ---------------------------------------------------------------- events, tags and ecommerce

	@Test
	void everyEventOfEveryExampleHasOneTagOneTriggerAndAVariablePerTopLevelProperty() throws Exception {
		for (Journey journey : exampleJourneys()) {
			TrackingPlan plan = plan(journey);
			JsonNode version = container(journey).path("containerVersion");
			Map<String, JsonNode> variablesByDataLayerKey = new HashMap<>();
			version.path("variable").forEach(v -> {
				if ("v".equals(v.path("type").asText())) {
					variablesByDataLayerKey.put(parameter(v, "name").path("value").asText(), v);
				}
			});

			for (TrackedEvent event : plan.events()) {
				String what = journey.getName() + ": " + event.name();
				JsonNode tag = eventTag(version, event.name());
				List<JsonNode> triggers = new ArrayList<>();
				version.path("trigger").forEach(t -> {
					if (event.name().equals(t.path("customEventFilter").path(0).path("parameter").path(1).path("value").asText())) {
						triggers.add(t);
					}
				});
				assertEquals(1, triggers.size(), what + ": triggers");
				JsonNode trigger = triggers.get(0);
				assertEquals("gaawe", tag.path("type").asText(), what);
				assertEquals("{{" + GtmContainerTarget.MEASUREMENT_ID_VARIABLE + "}}",
						parameter(tag, "measurementIdOverride").path("value").asText(), what);
				assertEquals(List.of(trigger.path("triggerId").asText()), SegmentTrackingPlanTest.names(tag.path("firingTriggerId")));
				JsonNode filter = trigger.path("customEventFilter").path(0);
				assertEquals("CUSTOM_EVENT", trigger.path("type").asText(), what);
				assertEquals("EQUALS", filter.path("type").asText(), what);
				assertEquals("{{_event}}", filter.path("parameter").path(0).path("value").asText(), what);
				assertEquals("arg0", filter.path("parameter").path(0).path("key").asText(), what);
				assertEquals("arg1", filter.path("parameter").path(1).path("key").asText(), what);

				List<TrackedProperty> topLevel = Ga4Ecommerce.topLevelProperties(event);
				assertEquals(topLevel.stream().map(TrackedProperty::name).toList(), sentFromVariables(tag), what + ": parameters sent");
				for (TrackedProperty property : topLevel) {
					JsonNode variable = variablesByDataLayerKey.get(property.name());
					assertNotNull(variable, what + ": no data layer variable for " + property.name());
					assertEquals("2", parameter(variable, "dataLayerVersion").path("value").asText());
					assertEquals("INTEGER", parameter(variable, "dataLayerVersion").path("type").asText());
					assertEquals("false", parameter(variable, "setDefaultValue").path("value").asText());
				}
			}
		}
	}

	@Test
	void everyEcommerceEventOfTheExamplesSendsEcommerceDataFromTheDataLayerAndNoOtherEventDoes() throws Exception {
		Set<String> ecommerceEventsSeen = new TreeSet<>();
		for (Journey journey : exampleJourneys()) {
			JsonNode version = container(journey).path("containerVersion");
			String script = text(generate(target(), journey), GtmContainerTarget.DATA_LAYER_FILE);

			for (TrackedEvent event : plan(journey).events()) {
				String what = journey.getName() + ": " + event.name();
				JsonNode tag = eventTag(version, event.name());
				boolean ecommerce = Ga4Ecommerce.isEcommerceEvent(event);
				assertEquals(String.valueOf(ecommerce), parameter(tag, "sendEcommerceData").path("value").asText(), what);
				if (ecommerce) {
					ecommerceEventsSeen.add(event.name());
					assertEquals("dataLayer", parameter(tag, "getEcommerceDataFrom").path("value").asText(), what);
					assertTrue(script.contains("pushEcommerceToDataLayer(\"" + event.name() + "\", eventParameters, ecommerce);"), what);
				} else {
					assertTrue(parameter(tag, "getEcommerceDataFrom").isMissingNode(), what);
				}
			}
		}
		assertTrue(ecommerceEventsSeen.containsAll(List.of("view_item", "add_to_cart", "purchase")),
				"the examples should show GA4's ecommerce events; they have " + ecommerceEventsSeen);
	}

	@Test
	void anEcommerceEventSendsItsEcommerceParametersAndItemsAsEcommerceDataAndTheRestFromVariables() throws Exception {
		JsonNode version = MAPPER.readTree(text(generate(target(), parse(ECOMMERCE_MODEL)), GtmContainerTarget.CONTAINER_FILE))
				.path("containerVersion");

		JsonNode purchase = eventTag(version, "purchase");
		JsonNode newsletter = eventTag(version, "newsletter_signed_up");

		assertEquals("true", parameter(purchase, "sendEcommerceData").path("value").asText());
		assertEquals("BOOLEAN", parameter(purchase, "sendEcommerceData").path("type").asText());
		assertEquals("dataLayer", parameter(purchase, "getEcommerceDataFrom").path("value").asText());
		assertEquals("TEMPLATE", parameter(purchase, "getEcommerceDataFrom").path("type").asText());
		assertEquals(List.of("gift_wrap"), sentFromVariables(purchase));
		assertEquals("true", parameter(eventTag(version, "view_cart"), "sendEcommerceData").path("value").asText());
		// an ordinary event's value is an ordinary event parameter
		assertEquals("false", parameter(newsletter, "sendEcommerceData").path("value").asText());
		assertEquals(List.of("value"), sentFromVariables(newsletter));
		List<String> dataLayerKeys = new ArrayList<>();
		version.path("variable").forEach(v -> {
			if ("v".equals(v.path("type").asText())) {
				dataLayerKeys.add(parameter(v, "name").path("value").asText());
			}
		});
		assertEquals(List.of("gift_wrap", "value"), dataLayerKeys);
	}

	@Test
	void theDataLayerScriptPushesAnEcommerceEventInGa4sShapeAfterClearingThePreviousEcommerceObject() throws Exception {
		String script = text(generate(target(), parse(ECOMMERCE_MODEL)), GtmContainerTarget.DATA_LAYER_FILE);

		assertTrue(script.contains("""
				function pushEcommerceToDataLayer(event: string, parameters: object, ecommerce: object): void {
				  const w = window as unknown as { dataLayer?: object[] };
				  w.dataLayer = w.dataLayer || [];
				  // GTM merges each push into what the data layer holds: clear the previous ecommerce object,
				  // or its items and values would be sent again with this event
				  w.dataLayer.push({ ecommerce: null });
				  w.dataLayer.push({ event, ...parameters, ecommerce });
				}
				"""), script);
		assertTrue(script.contains("""
				/** An item of event purchase, an element of GA4's items array. */
				export interface PurchaseItem {
				  item_id: string;
				  item_name?: string;
				  price: number;
				  /** An integer. */
				  quantity?: number;
				}

				/** The parameters of event purchase. */
				export interface PurchaseParameters {
				  transaction_id: string;
				  value: number;
				  currency: string;
				  coupon?: string;
				  gift_wrap?: boolean;
				  /** The items of the event (GA4's items array). */
				  items: PurchaseItem[];
				}
				"""), script);
		assertTrue(script.contains("""
				export function pushPurchase(parameters: PurchaseParameters): void {
				  const eventParameters = {
				    gift_wrap: parameters.gift_wrap,
				  };
				  const ecommerce = {
				    transaction_id: parameters.transaction_id,
				    value: parameters.value,
				    currency: parameters.currency,
				    coupon: parameters.coupon,
				    items: parameters.items,
				  };
				  pushEcommerceToDataLayer("purchase", eventParameters, ecommerce);
				}
				"""), script);
		assertTrue(script.contains("""
				export function pushViewCart(): void {
				  const eventParameters = {};
				  const ecommerce = {};
				  pushEcommerceToDataLayer("view_cart", eventParameters, ecommerce);
				}
				"""), script);
		assertTrue(script.contains("  pushToDataLayer(\"newsletter_signed_up\", { value: undefined, ...parameters });\n"), script);
	}

	@Test
	void theDataLayerScriptHasATypedFunctionPerEvent() {
		for (Journey journey : exampleJourneys()) {
			TrackingPlan plan = plan(journey);

			String script = text(generate(target(), journey), GtmContainerTarget.DATA_LAYER_FILE);

			for (TrackedEvent event : plan.events()) {
				String push = Ga4Ecommerce.isEcommerceEvent(event) ? "pushEcommerceToDataLayer(\"" : "pushToDataLayer(\"";
				assertTrue(script.contains(push + event.name() + "\""), journey.getName() + ": " + event.name());
			}
			long functions = script.lines().filter(line -> line.startsWith("export function push")).count();
			assertEquals(plan.events().size(), functions, journey.getName() + ": one exported function per event");
		}
	}

	@Test
	void aPropertyTheDataLayerReservesIsLeftOutOfContainerAndScript() throws Exception {
		Journey journey = parseUnvalidated(ECOMMERCE_MODEL.replace("event newsletter_signed_up { value: number }",
				"event newsletter_signed_up { value: number, event: string, gtm: string }"));

		Map<String, byte[]> files = generate(target(), journey);

		String container = text(files, GtmContainerTarget.CONTAINER_FILE);
		String script = text(files, GtmContainerTarget.DATA_LAYER_FILE);
		assertFalse(container.contains("dlv - event") || container.contains("dlv - gtm"), container);
		assertFalse(script.contains("  event?: string;") || script.contains("  gtm?: string;"), script);
	}

	// ---------------------------------------------------------------- helpers

	/** The golden model's container and every example's, by journey name. */
	private Map<String, JsonNode> goldenAndExampleContainers() throws IOException {
		Map<String, JsonNode> containers = new LinkedHashMap<>();
		containers.put("golden " + goldenJourney().getName(), container(goldenJourney()));
		for (Journey journey : exampleJourneys()) {
			containers.put(journey.getName(), container(journey));
		}
		return containers;
	}

	private JsonNode container(Journey journey) throws IOException {
		return MAPPER.readTree(text(generate(target(), journey), GtmContainerTarget.CONTAINER_FILE));
	}

	private Journey parse(String model) throws Exception {
		Journey journey = parseUnvalidated(model);
		assertTrue(journey.eResource().getErrors().isEmpty(), () -> journey.eResource().getErrors().toString());
		return journey;
	}

	private Journey parseUnvalidated(String model) throws Exception {
		return EcoreUtil2.getAllContentsOfType(parseHelper.parse(model), Journey.class).get(0);
	}

	private static int lineOf(String text, String fragment) {
		int offset = text.indexOf(fragment);
		assertTrue(offset >= 0, fragment);
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

	private static List<JsonNode> referenceExports() throws IOException {
		List<JsonNode> exports = new ArrayList<>();
		for (String file : REFERENCE_EXPORTS) {
			exports.add(MAPPER.readTree(ReferenceSchemas.referenceSchema(file).toFile()));
		}
		return exports;
	}

	/**
	 * The trigger ids the reference exports' tags fire on without the export defining them: GTM's
	 * built-in triggers (All Pages, Initialization - All Pages).
	 */
	private static Set<String> builtInTriggerIdsOfTheReferenceExports() throws IOException {
		Set<String> builtIn = new TreeSet<>();
		for (JsonNode export : referenceExports()) {
			JsonNode version = export.path("containerVersion");
			Set<String> defined = new HashSet<>();
			version.path("trigger").forEach(t -> defined.add(t.path("triggerId").asText()));
			version.path("tag").forEach(tag -> tag.path("firingTriggerId").forEach(id -> {
				if (!defined.contains(id.asText())) {
					builtIn.add(id.asText());
				}
			}));
		}
		assertTrue(builtIn.contains(GtmContainerTarget.INITIALIZATION_ALL_PAGES_TRIGGER), "built-in triggers: " + builtIn);
		return builtIn;
	}

	private static Map<String, List<JsonNode>> referenceObjectsByKind() throws IOException {
		Map<String, List<JsonNode>> reference = new LinkedHashMap<>();
		for (JsonNode export : referenceExports()) {
			objectsByKind(export).forEach((kind, objects) -> reference.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(objects));
		}
		return reference;
	}

	/** "tag" for "tag gaawe": the array an object of this kind is in. */
	private static String family(String kind) {
		return kind.split(" ")[0];
	}

	private static Set<String> parameterKeys(JsonNode object) {
		Set<String> keys = new TreeSet<>();
		object.path("parameter").forEach(parameter -> keys.add(parameter.path("key").asText()));
		return keys;
	}

	/** The objects of an export by kind: tags by tag type, triggers by trigger type, variables by variable type. */
	private static Map<String, List<JsonNode>> objectsByKind(JsonNode export) {
		Map<String, List<JsonNode>> kinds = new LinkedHashMap<>();
		Function<String, List<JsonNode>> kind = name -> kinds.computeIfAbsent(name, k -> new ArrayList<>());
		JsonNode version = export.path("containerVersion");
		kind.apply("export").add(export);
		kind.apply("containerVersion").add(version);
		kind.apply("container").add(version.path("container"));
		for (String array : List.of("tag", "trigger", "variable")) {
			version.path(array).forEach(element -> kind.apply(array + " " + element.path("type").asText()).add(element));
		}
		version.path("folder").forEach(kind.apply("folder")::add);
		version.path("builtInVariable").forEach(kind.apply("builtInVariable")::add);
		return kinds;
	}

	private static Set<String> fieldNames(JsonNode object) {
		Set<String> names = new TreeSet<>();
		object.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static Set<String> difference(Set<String> of, Set<String> minus) {
		Set<String> difference = new TreeSet<>(of);
		difference.removeAll(minus);
		return difference;
	}

	private static List<JsonNode> tagsOfType(JsonNode export, String type) {
		List<JsonNode> tags = new ArrayList<>();
		export.path("containerVersion").path("tag").forEach(tag -> {
			if (type.equals(tag.path("type").asText())) {
				tags.add(tag);
			}
		});
		return tags;
	}

	/** The one GA4 event tag sending {@code event}. */
	private static JsonNode eventTag(JsonNode version, String event) {
		List<JsonNode> tags = new ArrayList<>();
		version.path("tag").forEach(t -> {
			if (event.equals(parameter(t, "eventName").path("value").asText())) {
				tags.add(t);
			}
		});
		assertEquals(1, tags.size(), event + ": tags");
		return tags.get(0);
	}

	/** The parameters a GA4 event tag sends from its event settings table, in order. */
	private static List<String> sentFromVariables(JsonNode tag) {
		List<String> sent = new ArrayList<>();
		parameter(tag, "eventSettingsTable").path("list").forEach(row -> sent.add(row.path("map").path(0).path("value").asText()));
		return sent;
	}

	private static JsonNode parameter(JsonNode element, String key) {
		for (JsonNode parameter : element.path("parameter")) {
			if (key.equals(parameter.path("key").asText())) {
				return parameter;
			}
		}
		return MAPPER.missingNode();
	}

	private static void collectReferences(JsonNode node, List<String> references) {
		if (node.isTextual()) {
			Matcher matcher = REFERENCE.matcher(node.asText());
			while (matcher.find()) {
				references.add(matcher.group(1));
			}
		}
		node.forEach(child -> collectReferences(child, references));
	}

	/** The types of parameters and of their list and map elements, at any depth. */
	private static void collectParameterTypes(JsonNode node, List<String> types) {
		node.properties().forEach(field -> {
			if (List.of("parameter", "list", "map").contains(field.getKey()) && field.getValue().isArray()) {
				field.getValue().forEach(element -> types.add(element.path("type").asText()));
			}
		});
		node.forEach(child -> collectParameterTypes(child, types));
	}
}
