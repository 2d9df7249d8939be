package org.journey.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journey.diagram.services.JourneyMapServices;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Phase;
import org.journey.tests.support.Repository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The structural checks of the journey-map viewpoint description that run without Sirius: the
 * .odesign loads with plain EMF (Sirius's metamodels from {@code ../shared/sirius-metamodel}),
 * EMF's Diagnostician finds no error, and every domain class, {@code feature:} expression,
 * service call and simple {@code aql:self.a.b} navigation names something real: a journey EClass,
 * a feature of the class in context, a public method of {@link JourneyMapServices} whose first
 * parameter takes that class and whose other parameters take the literal arguments, and which
 * returns a boolean where Sirius needs a condition and an int for a colour. It cannot evaluate
 * {@code aql:} expressions (that needs Sirius's runtime); the services themselves are tested in {@link JourneyMapServicesExamplesTest}.
 */
class JourneyOdesignTest {

	private static final String JOURNEY_PREFIX = "journey::";
	private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
	private static final Pattern SIMPLE_NAVIGATION = Pattern.compile("aql:self((?:\\.[A-Za-z_][A-Za-z0-9_]*)+)");
	private static final Pattern SERVICE = Pattern.compile("service:([A-Za-z_][A-Za-z0-9_]*)");
	private static final Pattern INTEGER_LITERAL = Pattern.compile("-?[0-9]+");
	/** A single service call on self, optionally negated or compared with a string literal. */
	private static final Pattern SELF_CALL_RESULT = Pattern.compile("aql:(not\\s+)?self\\.([A-Za-z_][A-Za-z0-9_]*)\\([^()]*\\)(\\s*=\\s*'[^']*')?");
	/** The variable a direct-edit tool's operations get the typed text in. */
	private static final String DIRECT_EDIT_INPUT = "arg0";

	private static ResourceSet resourceSet;
	private static Resource odesign;
	private static EObject group;

	@BeforeAll
	static void load() throws IOException {
		resourceSet = SiriusDescriptions.newResourceSet();
		odesign = SiriusDescriptions.loadOdesign(resourceSet);
		group = odesign.getContents().get(0);
	}

	// ---------------------------------------------------------------- loading and EMF's validation

	@Test
	void loadsWithEveryReferenceResolved() {
		assertTrue(odesign.getErrors().isEmpty(), () -> "errors while loading: " + odesign.getErrors());
		Map<EObject, Collection<Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet);
		assertTrue(unresolved.isEmpty(), () -> "unresolved references: " + unresolved.entrySet().stream()
				.map(e -> EcoreUtil.getURI(e.getKey()) + " from " + e.getValue().stream()
						.map(s -> label(s.getEObject()) + "." + s.getEStructuralFeature().getName()).toList())
				.collect(Collectors.joining("; ")));
	}

	@Test
	void diagnosticianReportsNoErrorButTheSystemColorsPaletteSiriusFillsAtRunTime() {
		// when
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(group);

		// then
		List<Diagnostic> problems = leaves(diagnostic).stream().filter(d -> d.getSeverity() >= Diagnostic.WARNING)
				.filter(d -> !isMissingSystemColorsPalette(d)).toList();
		assertTrue(problems.isEmpty(), () -> problems.stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n")));
	}

	// ---------------------------------------------------------------- what the viewpoint offers

	@Test
	void declaresTheJourneyMapViewpointForJourneyFiles() {
		EObject viewpoint = only(refs(group, "ownedViewpoints"));
		List<EObject> diagrams = refs(viewpoint, "ownedRepresentations");

		assertEquals("Journey Map", get(viewpoint, "label"));
		assertEquals("journey", get(viewpoint, "modelFileExtension"));
		assertEquals(List.of("Journey map:journey::Journey", "KPI tree:journey::Journey"),
				diagrams.stream().map(d -> get(d, "label") + ":" + get(d, "domainClass")).toList());
		assertEquals(List.of(JourneyMapServices.class.getName()),
				refs(viewpoint, "ownedJavaExtensions").stream().map(e -> get(e, "qualifiedClassName")).toList());
		for (EObject diagram : diagrams) {
			assertEquals(List.of(JourneyPackage.eINSTANCE), refs(diagram, "metamodel"));
		}
	}

	@Test
	void hasALayerForEachKindOfContentThatCanBeHidden() {
		EObject diagram = refs(only(refs(group, "ownedViewpoints")), "ownedRepresentations").get(0);

		List<String> layers = refs(diagram, "additionalLayers").stream().map(l -> get(l, "label") + ":" + get(l, "optional"))
				.toList();

		assertEquals(List.of("Feeling curve:true", "Touchpoints:true", "Pains and opportunities:true", "KPIs:true"), layers);
	}

	@Test
	void phasesAreLaidOutLeftToRightInsideTheJourney() {
		EObject map = mapping("Map");
		EObject phase = mapping("Phase");

		assertEquals("HorizontalStack", get(map, "childrenPresentation").toString());
		assertTrue(refs(map, "subContainerMappings").contains(phase));
		assertEquals("aql:self.phasesInOrder()", get(phase, "semanticCandidatesExpression"));
		assertEquals(List.of("FeelingLane", "TouchpointLane", "PainLane", "OpportunityLane", "KpiLane"),
				refs(phase, "reusedContainerMappings").stream().map(m -> get(m, "name")).toList());
	}

	@Test
	void offersTheToolsOfTheIssue() {
		Set<String> tools = SiriusDescriptions.allContents(odesign).stream().filter(o -> o.eContainer() != null)
				.filter(o -> isA(o.eContainer(), "ToolSection")).map(o -> get(o, "name") + ":" + o.eClass().getName())
				.collect(Collectors.toCollection(LinkedHashSet::new));

		assertEquals(Set.of("CreatePhase:ContainerCreationDescription", "EditNameAndTitle:DirectEditLabel",
				"DeleteElement:DeleteElementDescription", "OpenInTextEditor:DoubleClickDescription",
				"CreateTouchpoint:NodeCreationDescription", "CreatePain:NodeCreationDescription",
				"CreateOpportunity:NodeCreationDescription", "RemoveKpiFromPhase:DeleteElementDescription",
				"OpenGoalOrKpi:DoubleClickDescription"), tools);
		for (String name : List.of("Phase", "Touchpoint", "Pain", "Opportunity")) {
			EObject mapping = mapping(name);
			assertEquals("EditNameAndTitle", get((EObject) get(mapping, "labelDirectEdit"), "name"), name);
			assertEquals("DeleteElement", get((EObject) get(mapping, "deletionDescription"), "name"), name);
			assertEquals("OpenInTextEditor", get((EObject) get(mapping, "doubleClickDescription"), "name"), name);
		}
	}

	@Test
	void doubleClickCallsTheActionThePluginDeclares() throws Exception {
		// given
		Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(diagramBundle().resolve("plugin.xml").toFile());
		List<String> declared = elements(plugin, "javaActions").stream().map(e -> e.getAttribute("id")).toList();

		// when
		List<String> called = SiriusDescriptions.allContents(odesign).stream().filter(o -> isA(o, "ExternalJavaAction"))
				.map(o -> (String) get(o, "id")).toList();

		// then
		assertFalse(called.isEmpty(), "the odesign calls no external Java action");
		assertTrue(declared.containsAll(called), () -> "called " + called + ", declared " + declared);
		for (Element action : elements(plugin, "javaActions")) {
			assertTrue(Files.isRegularFile(sourceOf(action.getAttribute("actionClass"))), action.getAttribute("actionClass"));
		}
	}

	@Test
	void bundleRegistersTheViewpointThroughTheComponentizationExtension() throws Exception {
		// given
		Path bundle = diagramBundle();
		Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(bundle.resolve("plugin.xml").toFile());
		Manifest manifest;
		try (var in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
			manifest = new Manifest(in);
		}

		// when
		List<Element> extensions = elements(plugin, "extension").stream()
				.filter(e -> e.getAttribute("point").equals("org.eclipse.sirius.componentization")).toList();

		// then
		assertEquals(1, extensions.size(), "one org.eclipse.sirius.componentization extension");
		String component = ((Element) extensions.get(0).getElementsByTagName("component").item(0)).getAttribute("class");
		assertEquals(component, manifest.getMainAttributes().getValue("Bundle-Activator"));
		String activator = Files.readString(sourceOf(component));
		assertTrue(activator.contains("registerFromPlugin(") && activator.contains("/description/journey.odesign"),
				"the activator registers description/journey.odesign with ViewpointRegistry");
		assertEquals("org.journey.diagram;singleton:=true", manifest.getMainAttributes().getValue("Bundle-SymbolicName"));
		assertEquals("JavaSE-21", manifest.getMainAttributes().getValue("Bundle-RequiredExecutionEnvironment"));
		String required = manifest.getMainAttributes().getValue("Require-Bundle");
		for (String bundleName : List.of("org.journey.dsl", "org.eclipse.sirius", "org.eclipse.sirius.diagram")) {
			assertTrue(Arrays.stream(required.split(",")).map(s -> s.split(";")[0].trim()).anyMatch(bundleName::equals),
					() -> "Require-Bundle lacks " + bundleName + ": " + required);
		}
		String build = Files.readString(bundle.resolve("build.properties"));
		for (String included : List.of("description/", "plugin.xml", "META-INF/", "src/", "src-sirius/")) {
			assertTrue(build.contains(included), () -> "build.properties lacks " + included);
		}
	}

	// ---------------------------------------------------------------- names that must exist

	@Test
	void everyDomainClassNamesAnEClassOfTheJourneyMetamodel() {
		List<String> checked = new ArrayList<>();
		for (EObject object : SiriusDescriptions.allContents(odesign)) {
			for (String attribute : List.of("domainClass", "typeName")) {
				EStructuralFeature feature = object.eClass().getEStructuralFeature(attribute);
				if (feature == null || !object.eIsSet(feature)) {
					continue;
				}
				String typeName = (String) object.eGet(feature);
				assertNotNull(journeyClass(typeName), () -> label(object) + "." + attribute + " = " + typeName
						+ " is not an EClass of " + JourneyPackage.eNS_URI);
				checked.add(typeName);
			}
		}
		assertTrue(checked.size() > 10, () -> "only " + checked + " checked");
	}

	@Test
	void everyFeatureExpressionNamesAFeatureOfTheClassInContext() {
		List<String> checked = new ArrayList<>();
		forEachExpression((owner, attribute, expression) -> {
			if (!expression.startsWith("feature:")) {
				return;
			}
			String featureName = expression.substring("feature:".length());
			Set<EClass> contexts = contextOf(owner, attribute);
			assertFalse(contexts.isEmpty(), () -> "no context known for " + where(owner, attribute, expression));
			for (EClass context : contexts) {
				assertNotNull(context.getEStructuralFeature(featureName),
						() -> where(owner, attribute, expression) + ": " + context.getName() + " has no feature " + featureName);
			}
			checked.add(expression);
		});
		assertFalse(checked.isEmpty(), "the odesign has no feature: expression to check");
	}

	@Test
	void everyServiceCallNamesAPublicServiceWhoseFirstParameterFitsTheContext() {
		List<String> checked = new ArrayList<>();
		forEachExpression((owner, attribute, expression) -> {
			for (ServiceCall call : serviceCalls(expression)) {
				List<Method> methods = Arrays.stream(JourneyMapServices.class.getMethods())
						.filter(m -> m.getName().equals(call.method()) && Modifier.isPublic(m.getModifiers())
								&& !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class)
						.filter(m -> m.getParameterCount() == 1 + call.arguments().size()).toList();
				assertFalse(methods.isEmpty(), () -> where(owner, attribute, expression) + ": no public method "
						+ call.method() + " with " + (1 + call.arguments().size()) + " parameters in " + JourneyMapServices.class.getName());
				if (call.onSelf()) {
					Set<EClass> contexts = contextOf(owner, attribute);
					assertFalse(contexts.isEmpty(), () -> "no context known for " + where(owner, attribute, expression));
					for (EClass context : contexts) {
						assertTrue(methods.stream().anyMatch(m -> m.getParameterTypes()[0].isAssignableFrom(context.getInstanceClass())),
								() -> where(owner, attribute, expression) + ": " + call.method() + " does not take a "
										+ context.getName() + " as its first parameter");
					}
				}
				checked.add(call.method());
			}
		});
		assertTrue(checked.size() > 20, () -> "only " + checked + " checked");
	}

	@Test
	void everyLiteralArgumentOfAServiceCallFitsItsParameter() {
		List<String> checked = new ArrayList<>();
		forEachExpression((owner, attribute, expression) -> {
			for (ServiceCall call : serviceCalls(expression)) {
				if (call.arguments().stream().allMatch(argument -> literalType(argument) == null)) {
					continue;
				}
				assertTrue(services(call.method()).stream().anyMatch(m -> takesTheLiterals(m, call.arguments())),
						() -> where(owner, attribute, expression) + ": no " + call.method() + " in "
								+ JourneyMapServices.class.getSimpleName() + " takes the arguments " + call.arguments());
				checked.add(call.method() + call.arguments());
			}
		});
		assertTrue(checked.size() > 10, () -> "only " + checked + " checked");
	}

	@Test
	void literalArgumentsAreJudgedByTheirType() throws Exception {
		Method feelingAt = JourneyMapServices.class.getMethod("feelingAt", Phase.class, Integer.class);
		Method laneLabel = JourneyMapServices.class.getMethod("laneLabel", Phase.class, String.class);

		assertTrue(takesTheLiterals(feelingAt, List.of("-2")));
		assertFalse(takesTheLiterals(feelingAt, List.of("'-2'")));
		assertTrue(takesTheLiterals(laneLabel, List.of("'lane.kpis'")));
		assertFalse(takesTheLiterals(laneLabel, List.of("2")));
		assertFalse(takesTheLiterals(laneLabel, List.of()));
		assertEquals(List.of(new ServiceCall("target", "unlinkKpi", List.of("'x, y'", "3"))),
				serviceCalls("aql:containerView.target.unlinkKpi('x, y', 3)"));
		assertEquals(List.of(new ServiceCall("self", "editText", List.of())), serviceCalls("aql:self.editText()"));
	}

	@Test
	void aConditionOrColourNeedsTheRightResultFromItsCall() {
		assertEquals(Boolean.class, resultOfTheCall("aql:not self.isOnline()", Boolean.class));
		assertEquals(String.class, resultOfTheCall("aql:self.priority() = 'money-pit'", Boolean.class));
		assertEquals(Integer.class, resultOfTheCall("aql:self.channelRed()", Integer.class));
		assertEquals(null, resultOfTheCall("aql:self.pains->size() > 0", Boolean.class));
	}

	@Test
	void resultsSiriusUsesAsColoursOrConditionsHaveTheTypeItNeeds() {
		List<String> checked = new ArrayList<>();
		forEachExpression((owner, attribute, expression) -> {
			Class<?> needed = neededResult(owner, attribute);
			Matcher call = SELF_CALL_RESULT.matcher(expression);
			if (needed == null || !call.matches()) {
				return;
			}
			Class<?> expected = resultOfTheCall(expression, needed);
			for (Method service : services(call.group(2))) {
				assertTrue(expected.isAssignableFrom(boxed(service.getReturnType())), () -> where(owner, attribute, expression)
						+ ": " + service.getName() + " returns " + service.getReturnType().getSimpleName() + ", Sirius needs a "
						+ expected.getSimpleName());
			}
			checked.add(expression);
		});
		assertTrue(checked.size() > 10, () -> "only " + checked + " checked");
	}

	/**
	 * The type the single service call of the expression must return for the expression to give
	 * Sirius what it needs: a String when the expression compares the result with a string literal;
	 * null when the expression is more than one call on self.
	 */
	static Class<?> resultOfTheCall(String expression, Class<?> needed) {
		Matcher call = SELF_CALL_RESULT.matcher(expression);
		if (!call.matches()) {
			return null;
		}
		return call.group(3) != null ? String.class : needed;
	}

	/** What Sirius makes of the expression's value: a colour component, a condition; null when any value does. */
	private static Class<?> neededResult(EObject owner, String attribute) {
		if (isA(owner, "ComputedColor")) {
			return Integer.class;
		}
		if (attribute.equals("predicateExpression") || attribute.equals("preconditionExpression")) {
			return Boolean.class;
		}
		return null;
	}

	private static List<Method> services(String name) {
		return Arrays.stream(JourneyMapServices.class.getMethods())
				.filter(m -> m.getName().equals(name) && Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
						&& m.getDeclaringClass() != Object.class)
				.toList();
	}

	@Test
	void everySimpleNavigationNamesRealFeatures() {
		List<String> checked = new ArrayList<>();
		forEachExpression((owner, attribute, expression) -> {
			Matcher navigation = SIMPLE_NAVIGATION.matcher(expression);
			if (!navigation.matches()) {
				return;
			}
			Set<EClass> contexts = contextOf(owner, attribute);
			assertFalse(contexts.isEmpty(), () -> "no context known for " + where(owner, attribute, expression));
			for (EClass context : contexts) {
				EClassifier type = context;
				for (String segment : navigation.group(1).substring(1).split("\\.")) {
					EClassifier current = type;
					assertTrue(current instanceof EClass, () -> where(owner, attribute, expression) + ": cannot navigate "
							+ segment + " from the data type " + current.getName());
					EStructuralFeature feature = ((EClass) current).getEStructuralFeature(segment);
					assertNotNull(feature, () -> where(owner, attribute, expression) + ": " + current.getName()
							+ " has no feature " + segment);
					type = feature.getEType();
				}
			}
			checked.add(expression);
		});
		assertFalse(checked.isEmpty(), "the odesign has no simple aql:self navigation to check");
	}

	// ---------------------------------------------------------------- the context an expression is evaluated in

	/**
	 * The journey classes {@code self} can be when Sirius evaluates the expression: a mapping's
	 * domain class for its styles and preconditions, the enclosing element for its semantic
	 * candidates, and in tools the element, container or created instance the operation works on.
	 * Empty when the odesign leaves it open (such expressions must not call services on self).
	 */
	private static Set<EClass> contextOf(EObject owner, String attribute) {
		if (isA(owner, "DiagramElementMapping")) {
			return attribute.equals("semanticCandidatesExpression") ? enclosingClasses(owner) : mappingClasses(owner);
		}
		if (isA(owner, "DiagramDescription")) {
			return Set.of(journeyClass((String) get(owner, "domainClass")));
		}
		if (isA(owner, "ComputedColor")) {
			Set<EClass> classes = new LinkedHashSet<>();
			for (Setting use : EcoreUtil.UsageCrossReferencer.find(owner, odesign)) {
				classes.addAll(mappingClasses(ancestor(use.getEObject(), "DiagramElementMapping")));
			}
			return classes;
		}
		EObject tool = toolOf(owner);
		if (tool != null) {
			return toolContext(owner, tool);
		}
		EObject mapping = ancestor(owner, "DiagramElementMapping");
		return mapping == null ? Set.of() : mappingClasses(mapping);
	}

	private static Set<EClass> toolContext(EObject owner, EObject tool) {
		for (EObject operation = owner == tool ? tool : owner.eContainer(); operation != tool; operation = operation.eContainer()) {
			if (isA(operation, "CreateInstance")) {
				return Set.of(journeyClass((String) get(operation, "typeName")));
			}
			if (isA(operation, "ChangeContext")) {
				return switch ((String) get(operation, "browseExpression")) {
				case "var:container" -> containerClasses(tool);
				case "var:element" -> elementClasses(tool);
				default -> Set.of();
				};
			}
		}
		return isA(tool, "NodeCreationDescription") || isA(tool, "ContainerCreationDescription") ? containerClasses(tool)
				: elementClasses(tool);
	}

	/** The classes of the elements a tool acts on: those of the mappings that use it. */
	private static Set<EClass> elementClasses(EObject tool) {
		Set<EClass> classes = new LinkedHashSet<>();
		for (Setting use : EcoreUtil.UsageCrossReferencer.find(tool, odesign)) {
			if (isA(use.getEObject(), "DiagramElementMapping")) {
				classes.addAll(mappingClasses(use.getEObject()));
			}
		}
		return classes;
	}

	/** The classes of the containers a creation tool creates in: those that hold its mappings. */
	private static Set<EClass> containerClasses(EObject tool) {
		Set<EClass> classes = new LinkedHashSet<>();
		for (String reference : List.of("nodeMappings", "containerMappings")) {
			if (tool.eClass().getEStructuralFeature(reference) != null) {
				refs(tool, reference).forEach(mapping -> classes.addAll(enclosingClasses(mapping)));
			}
		}
		return classes;
	}

	private static Set<EClass> mappingClasses(EObject mapping) {
		EStructuralFeature domainClass = mapping.eClass().getEStructuralFeature("domainClass");
		if (domainClass != null && mapping.eIsSet(domainClass)) {
			return Set.of(journeyClass((String) mapping.eGet(domainClass)));
		}
		Set<EClass> classes = new LinkedHashSet<>();
		refs(mapping, "sourceMapping").forEach(source -> classes.addAll(mappingClasses(source)));
		return classes;
	}

	/**
	 * The classes of the elements whose children a mapping shows: the mapping that contains it,
	 * and those that reuse it. A mapping at the top of a layer that other mappings reuse is only
	 * shown inside them (at the diagram's root its candidates are not of its domain class).
	 */
	private static Set<EClass> enclosingClasses(EObject mapping) {
		Set<EClass> classes = new LinkedHashSet<>();
		for (Setting use : EcoreUtil.UsageCrossReferencer.find(mapping, odesign)) {
			String reference = use.getEStructuralFeature().getName();
			if (reference.startsWith("reused") && isA(use.getEObject(), "DiagramElementMapping")) {
				classes.addAll(mappingClasses(use.getEObject()));
			}
		}
		EObject container = mapping.eContainer();
		if (isA(container, "DiagramElementMapping")) {
			classes.addAll(mappingClasses(container));
		} else if (classes.isEmpty()) {
			classes.add(journeyClass((String) get(ancestor(mapping, "DiagramDescription"), "domainClass")));
		}
		return classes;
	}

	// ---------------------------------------------------------------- expressions and service calls

	private interface ExpressionVisitor {
		void visit(EObject owner, String attribute, String expression);
	}

	private static void forEachExpression(ExpressionVisitor visitor) {
		for (EObject object : SiriusDescriptions.allContents(odesign)) {
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute.getEAttributeType().getName().equals("InterpretedExpression") && !attribute.isMany()
						&& object.eGet(attribute) instanceof String expression && !expression.isBlank()) {
					visitor.visit(object, attribute.getName(), expression.trim());
				}
			}
		}
	}

	private record ServiceCall(String receiver, String method, List<String> arguments) {
		boolean onSelf() {
			return receiver.equals("self");
		}
	}

	/** The method calls of an {@code aql:} expression and the service of a {@code service:} one. */
	static List<ServiceCall> serviceCalls(String expression) {
		List<ServiceCall> calls = new ArrayList<>();
		if (expression.startsWith("service:")) {
			Matcher service = SERVICE.matcher(expression);
			if (service.lookingAt()) {
				calls.add(new ServiceCall("self", service.group(1), List.of()));
			}
			return calls;
		}
		if (!expression.startsWith("aql:")) {
			return calls;
		}
		Matcher call = CALL.matcher(expression);
		while (call.find()) {
			calls.add(new ServiceCall(call.group(1), call.group(2), arguments(expression, call.end())));
		}
		return calls;
	}

	/** The arguments, as written, of the call whose opening parenthesis ends just before {@code start}. */
	private static List<String> arguments(String expression, int start) {
		List<String> arguments = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		StringBuilder argument = new StringBuilder();
		for (int i = start; i < expression.length(); i++) {
			char c = expression.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			} else if (!quoted && c == '(') {
				depth++;
			} else if (!quoted && c == ')' && depth == 0) {
				if (!argument.toString().isBlank() || !arguments.isEmpty()) {
					arguments.add(argument.toString().trim());
				}
				return arguments;
			} else if (!quoted && c == ')') {
				depth--;
			} else if (!quoted && c == ',' && depth == 0) {
				arguments.add(argument.toString().trim());
				argument.setLength(0);
				continue;
			}
			argument.append(c);
		}
		return fail("unbalanced parentheses in " + expression);
	}

	/**
	 * Whether the method's parameters after the first take the call's literal arguments: AQL passes
	 * an integer literal as an Integer and a quoted one, like a direct edit's {@code arg0}, as a
	 * String. Arguments that are variables or expressions are not judged here.
	 */
	static boolean takesTheLiterals(Method method, List<String> arguments) {
		Class<?>[] parameters = method.getParameterTypes();
		if (parameters.length != 1 + arguments.size()) {
			return false;
		}
		for (int i = 0; i < arguments.size(); i++) {
			Class<?> literal = literalType(arguments.get(i));
			if (literal != null && !boxed(parameters[i + 1]).isAssignableFrom(literal)) {
				return false;
			}
		}
		return true;
	}

	private static Class<?> literalType(String argument) {
		if (INTEGER_LITERAL.matcher(argument).matches()) {
			return Integer.class;
		}
		if (argument.length() >= 2 && argument.startsWith("'") && argument.endsWith("'") || argument.equals(DIRECT_EDIT_INPUT)) {
			return String.class;
		}
		return null;
	}

	private static Class<?> boxed(Class<?> type) {
		if (!type.isPrimitive()) {
			return type;
		}
		return switch (type.getName()) {
		case "int" -> Integer.class;
		case "boolean" -> Boolean.class;
		case "long" -> Long.class;
		case "double" -> Double.class;
		default -> type;
		};
	}

	// ---------------------------------------------------------------- reading dynamic EMF objects

	private static EClass journeyClass(String typeName) {
		if (typeName == null || !typeName.startsWith(JOURNEY_PREFIX)) {
			return null;
		}
		return JourneyPackage.eINSTANCE.getEClassifier(typeName.substring(JOURNEY_PREFIX.length())) instanceof EClass c ? c
				: null;
	}

	private static EObject mapping(String name) {
		return SiriusDescriptions.allContents(odesign).stream().filter(o -> isA(o, "DiagramElementMapping"))
				.filter(o -> name.equals(get(o, "name"))).findFirst().orElseGet(() -> fail("no mapping " + name));
	}

	private static Object get(EObject object, String feature) {
		EStructuralFeature structuralFeature = object.eClass().getEStructuralFeature(feature);
		assertNotNull(structuralFeature, () -> object.eClass().getName() + " has no feature " + feature);
		return object.eGet(structuralFeature);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> refs(EObject object, String reference) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(reference);
		assertTrue(feature instanceof EReference, () -> object.eClass().getName() + " has no reference " + reference);
		return List.copyOf((Collection<EObject>) object.eGet(feature));
	}

	private static EObject only(List<EObject> objects) {
		assertEquals(1, objects.size(), () -> "expected one of " + objects);
		return objects.get(0);
	}

	private static boolean isA(EObject object, String eClassName) {
		if (object == null) {
			return false;
		}
		EClass eClass = object.eClass();
		return eClass.getName().equals(eClassName) || eClass.getEAllSuperTypes().stream().anyMatch(c -> c.getName().equals(eClassName));
	}

	private static EObject ancestor(EObject object, String eClassName) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (isA(o, eClassName)) {
				return o;
			}
		}
		return null;
	}

	/** The tool, directly in a tool section, that holds the object; null outside tools. */
	private static EObject toolOf(EObject object) {
		for (EObject o = object; o != null && o.eContainer() != null; o = o.eContainer()) {
			if (isA(o.eContainer(), "ToolSection")) {
				return o;
			}
		}
		return null;
	}

	private static String label(EObject object) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		return object.eClass().getName() + (name != null && object.eGet(name) != null ? " " + object.eGet(name) : "");
	}

	private static String where(EObject owner, String attribute, String expression) {
		EObject mapping = ancestor(owner, "DiagramElementMapping");
		EObject tool = toolOf(owner);
		return (mapping != null ? label(mapping) + " > " : tool != null ? label(tool) + " > " : "") + label(owner) + "."
				+ attribute + " \"" + expression + "\"";
	}

	private static List<Diagnostic> leaves(Diagnostic diagnostic) {
		if (diagnostic.getChildren().isEmpty()) {
			return List.of(diagnostic);
		}
		return diagnostic.getChildren().stream().flatMap(child -> leaves(child).stream()).toList();
	}

	private static boolean isMissingSystemColorsPalette(Diagnostic diagnostic) {
		return diagnostic.getData().stream()
				.anyMatch(d -> d instanceof EStructuralFeature f && f.getName().equals("systemColorsPalette"));
	}

	private static Path diagramBundle() {
		return Repository.root().resolve("org.journey.diagram");
	}

	private static Path sourceOf(String className) {
		String file = className.replace('.', '/') + ".java";
		Path inSrc = diagramBundle().resolve("src").resolve(file);
		return Files.exists(inSrc) ? inSrc : diagramBundle().resolve("src-sirius").resolve(file);
	}

	private static List<Element> elements(Document document, String tag) {
		NodeList nodes = document.getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}
}
