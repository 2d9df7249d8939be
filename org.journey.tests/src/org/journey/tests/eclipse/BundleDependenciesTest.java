package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.journey.tests.eclipse.EclipseArtifacts.Bundle;
import org.journey.tests.eclipse.EclipseArtifacts.Clause;
import org.journey.tests.eclipse.EclipseArtifacts.PomFirstBundle;
import org.junit.jupiter.api.Test;

/**
 * The manifests ask only for what the target platform (target-bundles.txt: the Eclipse 2026-03
 * release and the target's Maven Central libraries) or our own bundles provide, in versions that
 * agree with the build (Xtext of the root pom, our project version). Whether the 2026-03
 * repository really has those versions needs p2 access: the Tycho build checks that.
 */
class BundleDependenciesTest {

	@Test
	void everyRequiredBundleIsOursOrInTheTargetPlatform() {
		Set<String> ours = EclipseArtifacts.ourBundleNames();
		Set<String> target = EclipseArtifacts.targetBundles().keySet();
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			for (String required : bundle.requiredBundles()) {
				if (!ours.contains(required) && !target.contains(required)) {
					problems.add(bundle + " requires " + required + ", which neither our bundles nor target-bundles.txt provide");
				}
			}
		}
		for (PomFirstBundle jar : EclipseArtifacts.pomFirstBundles()) {
			for (Clause required : jar.clauses("Require-Bundle")) {
				if ("optional".equals(required.parameters().get("resolution"))) {
					continue;
				}
				if (!ours.contains(required.name()) && !target.contains(required.name())) {
					problems.add(jar.module() + " (bnd manifest) requires " + required.name() + ", which the target platform lacks");
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void everyImportedPackageIsProvidedByTheTargetPlatformOrOurBundles() {
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			for (String pkg : bundle.importedPackages()) {
				if (!provided(pkg)) {
					problems.add(bundle + " imports package " + pkg + ", which no bundle of the target platform or ours exports");
				}
			}
		}
		for (PomFirstBundle jar : EclipseArtifacts.pomFirstBundles()) {
			for (Clause imported : jar.clauses("Import-Package")) {
				if (!"optional".equals(imported.parameters().get("resolution")) && !provided(imported.name())) {
					problems.add(jar.module() + " (bnd manifest) imports package " + imported.name()
							+ ", which no bundle of the target platform or ours exports");
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void versionsAgreeWithTheBuild() {
		String xtext = EclipseArtifacts.rootPomValue("xtextVersion");
		String ours = EclipseArtifacts.projectOsgiVersion();
		Set<String> ourNames = EclipseArtifacts.ourBundleNames();
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			if (!bundle.header("Bundle-Version").strip().equals(ours + ".qualifier")) {
				problems.add(bundle + ": Bundle-Version " + bundle.header("Bundle-Version") + ", the build makes " + ours + ".qualifier");
			}
			// Eclipse 2026-03's platform bundles are Java 21 class files
			if (!"JavaSE-21".equals(bundle.header("Bundle-RequiredExecutionEnvironment"))) {
				problems.add(bundle + ": Bundle-RequiredExecutionEnvironment must be JavaSE-21");
			}
			for (Clause required : bundle.clauses("Require-Bundle")) {
				String range = required.parameter("bundle-version").orElse(null);
				if (required.name().startsWith("org.eclipse.xtext") && (range == null || !EclipseArtifacts.rangeIncludes(range, xtext))) {
					problems.add(bundle + ": " + required.name() + " bundle-version " + range + " does not admit Xtext " + xtext);
				}
				if (ourNames.contains(required.name()) && range != null && !EclipseArtifacts.rangeIncludes(range, ours)) {
					problems.add(bundle + ": " + required.name() + " bundle-version " + range + " does not admit our version " + ours);
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	private static boolean provided(String pkg) {
		if (!EclipseArtifacts.providersOf(pkg).isEmpty()) {
			return true;
		}
		return EclipseArtifacts.pomFirstBundles().stream().anyMatch(jar -> jar.exportedPackages().contains(pkg));
	}
}
