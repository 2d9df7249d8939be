package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.journey.tests.eclipse.EclipseArtifacts.Bundle;
import org.journey.tests.eclipse.UiSourceRules.Report;
import org.junit.jupiter.api.Test;

import com.github.javaparser.ast.CompilationUnit;

/**
 * The Journey editor works in an Eclipse without Java tooling: the bundle requires no JDT, and
 * its Xtext UI module replaces what Xtext's DefaultUiModule binds to JDT-based classes (the
 * editor once failed with NoClassDefFoundError IJarEntryResource, issue 22). Read from the
 * sources, src-gen included, which the default build cannot compile.
 */
class JdtFreeEditorTest {

	@Test
	void theEditorBundleRequiresNoJdt() {
		Bundle ui = EclipseArtifacts.eclipseBundles().stream().filter(b -> b.symbolicName().equals("org.journey.dsl.ui")).findFirst()
				.orElseThrow();
		assertEquals(List.of(), ui.requiredBundles().stream().filter(name -> name.startsWith("org.eclipse.jdt")).toList());
		assertEquals(List.of(), ui.importedPackages().stream().filter(name -> name.startsWith("org.eclipse.jdt")).toList());
	}

	@Test
	void theUiModulesOfBundlesWithoutJdtBindNothingThatNeedsIt() {
		List<String> checked = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			boolean requiresJdt = bundle.requiredBundles().stream().anyMatch(name -> name.startsWith("org.eclipse.jdt"))
					|| bundle.importedPackages().stream().anyMatch(name -> name.startsWith("org.eclipse.jdt"));
			if (requiresJdt) {
				continue;
			}
			Report report = UiSourceRules.jdtFreeUiModules(List.copyOf(UiSourceRules.sources(bundle).values()));
			report.checked().forEach(module -> checked.add(bundle + ": " + module));
			report.problems().forEach(problem -> problems.add(bundle + ": " + problem));
		}
		assertEquals(List.of(), problems);
		assertEquals(List.of("org.journey.dsl.ui: JourneyUiModule"), checked);
	}

	@Test
	void aModuleKeepingTheJdtEditorInputFactoryIsFound() {
		// given the module as it was before issue 22, and the generated one it extends
		List<CompilationUnit> sources = List.of(UiSourceRules.parse("""
				public abstract class AbstractJourneyUiModule extends DefaultUiModule {
					public Provider<? extends IAllContainersState> provideIAllContainersState() {
						return Access.getJavaProjectsState();
					}
				}
				""", "generated module"), UiSourceRules.parse("""
				public class JourneyUiModule extends AbstractJourneyUiModule {
					public Provider<? extends IAllContainersState> provideIAllContainersState() {
						return Access.getWorkspaceProjectsState();
					}
				}
				""", "old module"));

		// when
		Report report = UiSourceRules.jdtFreeUiModules(sources);

		// then
		assertEquals(List.of("JourneyUiModule keeps DefaultUiModule's bindIResourceForEditorInputFactory, the JDT-based"
				+ " JavaClassPathResourceForIEditorInputFactory (NoClassDefFoundError IJarEntryResource in an Eclipse without"
				+ " Java tooling): bind org.eclipse.xtext.ui.editor.model.ResourceForIEditorInputFactory, or require JDT in the manifest"),
				report.problems());
	}

	@Test
	void aJdtBindingLeftInTheGeneratedModuleIsFound() {
		// given a module that binds the plain factory but keeps the generated Java-projects state
		List<CompilationUnit> sources = List.of(UiSourceRules.parse("""
				public abstract class AbstractJourneyUiModule extends DefaultUiModule {
					public Provider<? extends IAllContainersState> provideIAllContainersState() {
						return Access.getJavaProjectsState();
					}
				}
				""", "generated module"), UiSourceRules.parse("""
				public class JourneyUiModule extends AbstractJourneyUiModule {
					public Class<? extends IResourceForEditorInputFactory> bindIResourceForEditorInputFactory() {
						return ResourceForIEditorInputFactory.class;
					}
				}
				""", "module"));

		// when
		Report report = UiSourceRules.jdtFreeUiModules(sources);

		// then
		assertEquals(List.of("JourneyUiModule.provideIAllContainersState (in AbstractJourneyUiModule, line 2) uses getJavaProjectsState,"
				+ " which needs JDT, which the manifest does not require"), report.problems());
		assertEquals(List.of("JourneyUiModule"), report.checked());
	}
}
