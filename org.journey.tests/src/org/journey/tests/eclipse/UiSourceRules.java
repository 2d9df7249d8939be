package org.journey.tests.eclipse;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.journey.tests.eclipse.EclipseArtifacts.Bundle;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.type.Type;

/**
 * Rules for the Java sources of our Eclipse bundles that neither the Tycho compiler nor the
 * default build checks, and that a running workbench shows only as a wizard or editor that
 * fails: read with JavaParser, since the default build cannot compile the sources (Xtext UI is
 * not on Maven Central). Each rule returns what it looked at besides what it found, so a test
 * can tell a rule that found nothing wrong from one that found nothing to check.
 */
final class UiSourceRules {

	/** What a rule looked at ("NewJourneyFileWizard.Page") and what it found wrong. */
	record Report(List<String> checked, List<String> problems) {
		static Report empty() {
			return new Report(new ArrayList<>(), new ArrayList<>());
		}

		void add(Report other) {
			checked.addAll(other.checked);
			problems.addAll(other.problems);
		}
	}

	private static final JavaParser PARSER = new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_21));

	/**
	 * The platform pages whose createControl calls createAdvancedControls to build the linked
	 * resource group, which validateLinkedResource() (from validatePage, so as the page opens)
	 * and createLinkTarget() (from the page's create method) then use without a null check.
	 */
	static final Set<String> LINKED_RESOURCE_PAGES = Set.of("WizardNewFileCreationPage", "WizardNewFolderMainPage");

	/**
	 * Calls of such a page that can reach its validatePage, and so validateLinkedResource, which
	 * needs the linked resource group: setFileName (its text field's modify event), the container
	 * path (the container group's event) and validatePage itself. Made in createAdvancedControls
	 * before super.createAdvancedControls, they meet the group still null.
	 */
	static final Set<String> PAGE_VALIDATING_CALLS = Set.of("setFileName", "setContainerFullPath", "validatePage");

	/**
	 * Getters of the platform's wizard pages and of SWT widgets that read a widget, which SWT
	 * allows on the UI thread only ("Invalid thread access").
	 */
	static final Set<String> WIDGET_READS = Set.of("useDefaults", "getLocationURI", "getLocationPath", "getProjectName",
			"getProjectHandle", "getSelectedWorkingSets", "getContainerFullPath", "getFileName", "getText", "getSelection",
			"getSelectionIndex", "getSelectionIndices", "getItems");

	/** The calls that hand work back to the UI thread: what their arguments read is read there. */
	static final Set<String> UI_THREAD_HAND_OFFS = Set.of("syncExec", "asyncExec", "timerExec");

	/** What Xtext's UI binds by default and loads JDT classes (org.eclipse.jdt.core) when used. */
	static final Set<String> NEEDS_JDT = Set.of("JavaClassPathResourceForIEditorInputFactory", "getJavaProjectsState");

	private UiSourceRules() {
	}

	/** The bundle's Java sources (src and src-gen), parsed, by path relative to the repository. */
	static Map<String, CompilationUnit> sources(Bundle bundle) {
		Map<String, CompilationUnit> units = new LinkedHashMap<>();
		for (Path source : bundle.javaSources()) {
			String name = EclipseArtifacts.ROOT.relativize(source).toString();
			units.put(name, parse(EclipseArtifacts.read(source), name));
		}
		return units;
	}

	static CompilationUnit parse(String source, String name) {
		ParseResult<CompilationUnit> result = PARSER.parse(source);
		if (!result.isSuccessful() || result.getResult().isEmpty()) {
			throw new AssertionError(name + " does not parse as Java 21: " + result.getProblems());
		}
		return result.getResult().get();
	}

	/**
	 * A page extending one of {@link #LINKED_RESOURCE_PAGES} that overrides createAdvancedControls
	 * calls super.createAdvancedControls, or replaces both methods that use the group it builds.
	 */
	static Report linkedResourcePages(CompilationUnit unit) {
		Report report = Report.empty();
		for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
			if (type.getExtendedTypes().stream().noneMatch(t -> LINKED_RESOURCE_PAGES.contains(t.getNameAsString()))) {
				continue;
			}
			report.checked().add(nameOf(type));
			Optional<MethodDeclaration> advanced = method(type, "createAdvancedControls", 1);
			if (advanced.isEmpty()) {
				continue;
			}
			Optional<MethodCallExpr> superCall = advanced.get().findAll(MethodCallExpr.class).stream()
					.filter(call -> call.getNameAsString().equals("createAdvancedControls")
							&& call.getScope().filter(Expression::isSuperExpr).isPresent())
					.findFirst();
			boolean replacesBoth = method(type, "validateLinkedResource", 0).isPresent() && method(type, "createLinkTarget", 0).isPresent();
			if (replacesBoth) {
				continue;
			}
			if (superCall.isEmpty()) {
				report.problems().add(nameOf(type) + " (line " + line(advanced.get()) + ") overrides createAdvancedControls"
						+ " without calling super.createAdvancedControls, so the platform's linked resource group stays null"
						+ " and validateLinkedResource() and createLinkTarget() throw NullPointerException:"
						+ " call super, or override both");
				continue;
			}
			for (MethodCallExpr call : advanced.get().findAll(MethodCallExpr.class)) {
				if (PAGE_VALIDATING_CALLS.contains(call.getNameAsString())
						&& (call.getScope().isEmpty() || call.getScope().get().isThisExpr())
						&& !deferred(call, advanced.get()) && before(call, superCall.get())) {
					report.problems().add(nameOf(type) + " (line " + line(call) + ") calls " + call.getNameAsString()
							+ " in createAdvancedControls before super.createAdvancedControls (line " + line(superCall.get())
							+ "): it reaches validatePage, whose validateLinkedResource() throws NullPointerException while"
							+ " the linked resource group is not built yet; call it after super");
				}
			}
		}
		return report;
	}

	/**
	 * The runnable passed to {@code run(true, ...)} (an IRunnableContext forking a thread: a
	 * wizard's container, a ProgressMonitorDialog), and the methods of its class it calls, read no
	 * widget: neither a getter of {@link #WIDGET_READS} nor anything of a field that is a page or
	 * an SWT widget. What is passed to syncExec and asyncExec runs on the UI thread and is left out.
	 */
	static Report forkedRunnables(CompilationUnit unit) {
		Report report = Report.empty();
		for (MethodCallExpr run : unit.findAll(MethodCallExpr.class)) {
			if (!run.getNameAsString().equals("run") || run.getArguments().size() != 3 || !isTrue(run.getArgument(0))) {
				continue;
			}
			String where = run.findAncestor(ClassOrInterfaceDeclaration.class).map(UiSourceRules::nameOf).orElse("?") + "."
					+ run.findAncestor(CallableDeclaration.class).map(CallableDeclaration::getNameAsString).orElse("?");
			report.checked().add(where);
			List<Node> runnable = runnableBodies(run.getArgument(2), run);
			if (runnable.isEmpty()) {
				report.problems().add(where + " (line " + line(run) + ") passes " + run.getArgument(2)
						+ " to run(true, ...): pass a lambda, an anonymous class, a method reference or a local variable holding one,"
						+ " so what runs off the UI thread can be checked");
				continue;
			}
			Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
			Deque<Node> work = new ArrayDeque<>(runnable);
			Set<String> found = new LinkedHashSet<>();
			while (!work.isEmpty()) {
				Node node = work.pop();
				for (MethodCallExpr call : node.findAll(MethodCallExpr.class)) {
					if (handedToUiThread(call, node)) {
						continue;
					}
					if (readsWidget(call, run, unit)) {
						found.add(call + " (line " + line(call) + ")");
					} else if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
						for (MethodDeclaration callee : methodsInScope(run, call.getNameAsString(), call.getArguments().size())) {
							if (visited.add(callee)) {
								work.push(callee);
							}
						}
					}
				}
			}
			for (String read : found) {
				report.problems().add(where + " (line " + line(run) + ") runs off the UI thread what reads a widget: " + read
						+ " (SWT: Invalid thread access); read it before run(...) and pass the value");
			}
		}
		return report;
	}

	/**
	 * The UI modules among the bundle's classes (non-abstract classes that extend Xtext's
	 * DefaultUiModule through classes of the bundle, src-gen included), for a bundle that does not
	 * require JDT: the most derived of each of their methods uses nothing of {@link #NEEDS_JDT},
	 * and the editor-input factory, which DefaultUiModule binds to the JDT one, is bound anew.
	 */
	static Report jdtFreeUiModules(List<CompilationUnit> bundleSources) {
		Report report = Report.empty();
		Map<String, ClassOrInterfaceDeclaration> types = new LinkedHashMap<>();
		for (CompilationUnit unit : bundleSources) {
			unit.findAll(ClassOrInterfaceDeclaration.class).forEach(type -> types.putIfAbsent(type.getNameAsString(), type));
		}
		for (ClassOrInterfaceDeclaration type : types.values()) {
			if (type.isInterface() || type.isAbstract() || type.getExtendedTypes().isEmpty()) {
				continue;
			}
			List<ClassOrInterfaceDeclaration> chain = new ArrayList<>();
			ClassOrInterfaceDeclaration current = type;
			String superName = null;
			while (current != null && chain.size() < 20) {
				chain.add(current);
				superName = current.getExtendedTypes().isEmpty() ? null : current.getExtendedTypes().get(0).getNameAsString();
				current = superName == null ? null : types.get(superName);
			}
			if (!"DefaultUiModule".equals(superName)) {
				if (superName != null && superName.endsWith("UiModule")) {
					report.problems().add(nameOf(type) + " extends " + superName + ", which is neither in the bundle's sources nor"
							+ " DefaultUiModule: is src-gen generated? (the build's MWE2 workflow generates it before the tests)");
				}
				continue;
			}
			report.checked().add(nameOf(type));
			Map<String, MethodDeclaration> mostDerived = new LinkedHashMap<>();
			for (ClassOrInterfaceDeclaration declaring : chain) {
				declaring.getMethods().forEach(m -> mostDerived.putIfAbsent(m.getNameAsString(), m));
			}
			if (!mostDerived.containsKey("bindIResourceForEditorInputFactory")) {
				report.problems().add(nameOf(type) + " keeps DefaultUiModule's bindIResourceForEditorInputFactory, the JDT-based"
						+ " JavaClassPathResourceForIEditorInputFactory (NoClassDefFoundError IJarEntryResource in an Eclipse"
						+ " without Java tooling): bind org.eclipse.xtext.ui.editor.model.ResourceForIEditorInputFactory,"
						+ " or require JDT in the manifest");
			}
			for (MethodDeclaration method : mostDerived.values()) {
				method.findAll(SimpleName.class).stream().map(SimpleName::getIdentifier).filter(NEEDS_JDT::contains).distinct()
						.forEach(name -> report.problems().add(nameOf(type) + "." + method.getNameAsString() + " (in "
								+ method.findAncestor(ClassOrInterfaceDeclaration.class).map(UiSourceRules::nameOf).orElse("?")
								+ ", line " + line(method) + ") uses " + name + ", which needs JDT, which the manifest does not require"));
			}
		}
		return report;
	}

	/** Inside a lambda or an anonymous class within the method: runs later, not as the method runs. */
	private static boolean deferred(Node node, Node method) {
		Optional<Node> parent = node.getParentNode();
		while (parent.isPresent() && parent.get() != method) {
			if (parent.get() instanceof LambdaExpr || parent.get() instanceof ObjectCreationExpr creation
					&& creation.getAnonymousClassBody().isPresent()) {
				return true;
			}
			parent = parent.get().getParentNode();
		}
		return false;
	}

	private static boolean before(Node first, Node second) {
		return first.getRange().isPresent() && second.getRange().isPresent()
				&& first.getRange().get().begin.isBefore(second.getRange().get().begin);
	}

	/** The code a runnable argument runs: a lambda, an anonymous class, a method reference's methods, a local's initializer. */
	private static List<Node> runnableBodies(Expression argument, Node context) {
		if (argument instanceof LambdaExpr lambda) {
			return List.of(lambda.getBody());
		}
		if (argument instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
			return List.of(creation);
		}
		if (argument instanceof MethodReferenceExpr reference) {
			return new ArrayList<>(methodsInScope(context, reference.getIdentifier(), -1));
		}
		if (argument instanceof NameExpr name) {
			Optional<CallableDeclaration> callable = context.findAncestor(CallableDeclaration.class);
			Optional<Expression> initializer = callable.stream()
					.flatMap(c -> ((Node) c).findAll(VariableDeclarator.class).stream())
					.filter(v -> v.getNameAsString().equals(name.getNameAsString())).findFirst()
					.flatMap(VariableDeclarator::getInitializer);
			if (initializer.isEmpty()) {
				initializer = field(context, name.getNameAsString()).flatMap(VariableDeclarator::getInitializer);
			}
			return initializer.map(e -> runnableBodies(e, context)).orElse(List.of());
		}
		return List.of();
	}

	private static boolean handedToUiThread(MethodCallExpr call, Node root) {
		Optional<Node> parent = call.getParentNode();
		while (parent.isPresent() && parent.get() != root) {
			if (parent.get() instanceof MethodCallExpr outer && UI_THREAD_HAND_OFFS.contains(outer.getNameAsString())) {
				return true;
			}
			parent = parent.get().getParentNode();
		}
		return false;
	}

	private static boolean readsWidget(MethodCallExpr call, Node context, CompilationUnit unit) {
		if (WIDGET_READS.contains(call.getNameAsString())) {
			return true;
		}
		return call.getScope().flatMap(UiSourceRules::rootName).flatMap(name -> field(context, name))
				.map(field -> isUiType(field.getType(), unit)).orElse(false);
	}

	/** The variable a chain of calls and field accesses starts from: "page" in page.choices.name(). */
	private static Optional<String> rootName(Expression expression) {
		if (expression instanceof NameExpr name) {
			return Optional.of(name.getNameAsString());
		}
		if (expression instanceof FieldAccessExpr access) {
			return access.getScope().isThisExpr() ? Optional.of(access.getNameAsString()) : rootName(access.getScope());
		}
		if (expression instanceof MethodCallExpr call) {
			return call.getScope().flatMap(UiSourceRules::rootName);
		}
		return Optional.empty();
	}

	/** A wizard page (by the platform's naming, ...Page) or an SWT widget. */
	private static boolean isUiType(Type type, CompilationUnit unit) {
		Type element = type.getElementType();
		if (!element.isClassOrInterfaceType()) {
			return false;
		}
		String name = element.asClassOrInterfaceType().getNameAsString();
		if (name.endsWith("Page")) {
			return true;
		}
		for (ImportDeclaration imported : unit.getImports()) {
			String importedName = imported.getNameAsString();
			if (!imported.isStatic() && (imported.isAsterisk() ? importedName.equals("org.eclipse.swt.widgets")
					: importedName.equals("org.eclipse.swt.widgets." + name))) {
				return true;
			}
		}
		return false;
	}

	/** The field of that name in the innermost enclosing class that has one. */
	private static Optional<VariableDeclarator> field(Node context, String name) {
		for (ClassOrInterfaceDeclaration type : enclosingTypes(context)) {
			for (FieldDeclaration field : type.getFields()) {
				for (VariableDeclarator variable : field.getVariables()) {
					if (variable.getNameAsString().equals(name)) {
						return Optional.of(variable);
					}
				}
			}
		}
		return Optional.empty();
	}

	/** The methods of that name (and that many parameters, unless -1) of the classes enclosing the node. */
	private static List<MethodDeclaration> methodsInScope(Node context, String name, int parameters) {
		List<MethodDeclaration> methods = new ArrayList<>();
		for (ClassOrInterfaceDeclaration type : enclosingTypes(context)) {
			type.getMethodsByName(name).stream().filter(m -> parameters < 0 || m.getParameters().size() == parameters)
					.forEach(methods::add);
		}
		return methods;
	}

	private static List<ClassOrInterfaceDeclaration> enclosingTypes(Node node) {
		List<ClassOrInterfaceDeclaration> types = new ArrayList<>();
		Optional<ClassOrInterfaceDeclaration> type = node.findAncestor(ClassOrInterfaceDeclaration.class);
		while (type.isPresent()) {
			types.add(type.get());
			type = type.get().findAncestor(ClassOrInterfaceDeclaration.class);
		}
		return types;
	}

	private static Optional<MethodDeclaration> method(ClassOrInterfaceDeclaration type, String name, int parameters) {
		return type.getMethodsByName(name).stream().filter(m -> m.getParameters().size() == parameters).findFirst();
	}

	private static boolean isTrue(Expression expression) {
		return expression.isBooleanLiteralExpr() && expression.asBooleanLiteralExpr().getValue();
	}

	/** The class's name within its file: "NewJourneyFileWizard.Page". */
	static String nameOf(ClassOrInterfaceDeclaration type) {
		String name = type.getNameAsString();
		Optional<ClassOrInterfaceDeclaration> outer = type.findAncestor(ClassOrInterfaceDeclaration.class);
		return outer.map(o -> nameOf(o) + "." + name).orElse(name);
	}

	private static int line(Node node) {
		return node.getRange().map(range -> range.begin.line).orElse(0);
	}
}
