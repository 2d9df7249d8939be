package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.journey.tests.eclipse.EclipseArtifacts.Bundle;
import org.journey.tests.eclipse.EclipseArtifacts.Clause;
import org.journey.tests.eclipse.EclipseArtifacts.PomFirstBundle;
import org.junit.jupiter.api.Test;

/**
 * The runtime and IDE jars the default build makes are the bundles the Eclipse plugins need: bnd
 * gave them the symbolic names the plugins require and exports every org.journey package the
 * plugins use, and they stay on Java 17. Reads org.journey.dsl/target and org.journey.dsl.ide/target.
 */
class GeneratedManifestsTest {

	@Test
	void theRuntimeAndIdeJarsExportEveryJourneyPackageTheEclipseBundlesUse() {
		List<PomFirstBundle> jars = EclipseArtifacts.pomFirstBundles();
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			Set<String> used = new LinkedHashSet<>(bundle.importedPackages());
			for (Path source : bundle.javaSources()) {
				used.addAll(EclipseArtifacts.importedPackages(EclipseArtifacts.read(source)));
			}
			used.removeAll(bundle.ownPackages());
			for (String pkg : used) {
				if (!pkg.startsWith("org.journey.")) {
					continue;
				}
				boolean exported = jars.stream()
						.anyMatch(jar -> bundle.requiredBundles().contains(jar.symbolicName()) && jar.exportedPackages().contains(pkg));
				if (!exported) {
					problems.add(bundle + " uses " + pkg + ", which no runtime or IDE bundle it requires exports");
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void theJarsAreTheBundlesThePluginsRequireAndStayOnJava17() {
		List<String> problems = new ArrayList<>();
		for (PomFirstBundle jar : EclipseArtifacts.pomFirstBundles()) {
			assertEquals(jar.module(), jar.symbolicName(), jar.jar() + ": Bundle-SymbolicName");
			String ee = jar.manifest().getMainAttributes().getValue("Require-Capability");
			assertTrue(ee != null && ee.contains("(version=17)"), jar.jar() + " must require Java 17, not: " + ee);
			for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
				for (Clause required : bundle.clauses("Require-Bundle")) {
					String range = required.parameter("bundle-version").orElse(null);
					if (required.name().equals(jar.symbolicName()) && range != null && !EclipseArtifacts.rangeIncludes(range, jar.version())) {
						problems.add(bundle + " requires " + jar.symbolicName() + " " + range + " but the build makes " + jar.version());
					}
				}
			}
		}
		assertEquals(List.of(), problems);
	}
}
