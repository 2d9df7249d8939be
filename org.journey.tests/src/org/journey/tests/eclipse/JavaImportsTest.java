package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.journey.tests.eclipse.EclipseArtifacts.Bundle;
import org.journey.tests.eclipse.EclipseArtifacts.PomFirstBundle;
import org.junit.jupiter.api.Test;

/**
 * The Java sources of our Eclipse bundles (src and the generated src-gen) import only from the
 * JDK, the bundle itself, and bundles or packages the manifest requires: the check the Tycho
 * compiler would make, here where Xtext UI cannot be compiled. Which bundle provides which
 * package is target-bundles.txt and, for ours, the jars' bnd manifests.
 */
class JavaImportsTest {

	@Test
	void sourcesImportOnlyFromRequiredBundles() {
		List<PomFirstBundle> jars = EclipseArtifacts.pomFirstBundles();
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			Set<String> own = bundle.ownPackages();
			for (Path source : bundle.javaSources()) {
				for (String pkg : EclipseArtifacts.importedPackages(EclipseArtifacts.read(source))) {
					if (isJdkPackage(pkg) || own.contains(pkg) || bundle.importedPackages().contains(pkg)) {
						continue;
					}
					boolean fromOurs = jars.stream()
							.anyMatch(jar -> bundle.requiredBundles().contains(jar.symbolicName()) && jar.exportedPackages().contains(pkg));
					boolean fromTarget = EclipseArtifacts.providersOf(pkg).stream().anyMatch(bundle.requiredBundles()::contains);
					if (!fromOurs && !fromTarget) {
						problems.add(bundle + ": " + EclipseArtifacts.ROOT.relativize(source) + " imports from " + pkg
								+ ", provided by " + EclipseArtifacts.providersOf(pkg) + ", which the manifest does not require");
					}
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	/** A package of the JDK: exported by a module of the running JDK's boot layer (java.*, javax.xml, ...). */
	private static boolean isJdkPackage(String pkg) {
		return ModuleLayer.boot().modules().stream()
				.anyMatch(module -> module.getDescriptor().exports().stream().anyMatch(e -> !e.isQualified() && e.source().equals(pkg)));
	}
}
