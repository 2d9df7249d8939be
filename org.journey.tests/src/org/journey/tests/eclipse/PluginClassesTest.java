package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.journey.tests.eclipse.EclipseArtifacts.Bundle;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every class plugin.xml and Bundle-Activator name exists: ours in the bundle's sources (src, and
 * src-gen, which the build's MWE2 workflow generates before the tests run), the platform's in a
 * package a required bundle provides. Needs the repository's Eclipse bundles at "..".
 */
class PluginClassesTest {

	/** Attributes whose value is a class name (the Xtext factory form "Factory:Class" names two). */
	private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "contributorClass", "actionClass");

	@Test
	void everyClassNamedInPluginXmlAndTheActivatorExists() {
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			Set<String> named = new LinkedHashSet<>();
			for (Element element : EclipseArtifacts.allElements(EclipseArtifacts.xml(bundle.pluginXml()))) {
				for (String attribute : CLASS_ATTRIBUTES) {
					String value = element.getAttribute(attribute);
					if (!value.isBlank() && value.contains(".")) {
						for (String part : value.split(":")) {
							named.add(part.strip());
						}
					}
				}
				// expression types: <adapt type="..."/>, <instanceof value="..."/>
				if (element.getTagName().equals("adapt")) {
					named.add(element.getAttribute("type"));
				}
				if (element.getTagName().equals("instanceof")) {
					named.add(element.getAttribute("value"));
				}
			}
			String activator = bundle.header("Bundle-Activator");
			if (activator != null) {
				named.add(activator.strip());
			}
			for (String className : named) {
				checkClass(bundle, className).ifPresent(problems::add);
			}
		}
		assertEquals(List.of(), problems);
	}

	private static Optional<String> checkClass(Bundle bundle, String className) {
		String pkg = EclipseArtifacts.packageOfType(className);
		if (className.startsWith("org.journey.")) {
			if (bundle.hasSourceOf(className)) {
				return Optional.empty();
			}
			// a class of another bundle of ours: that bundle must be required and export the package
			boolean exported = EclipseArtifacts.pomFirstBundles().stream()
					.anyMatch(jar -> bundle.requiredBundles().contains(jar.symbolicName()) && jar.exportedPackages().contains(pkg));
			String hint = Files.isDirectory(bundle.dir().resolve("src-gen")) ? ""
					: " (there is no src-gen: the build's MWE2 workflow generates it; run mvn verify)";
			return exported ? Optional.empty()
					: Optional.of(bundle + ": " + className + " has no source in " + bundle.sourceFolders()
							+ " and no bundle it requires exports it" + hint);
		}
		Set<String> providers = EclipseArtifacts.providersOf(pkg);
		boolean visible = providers.stream().anyMatch(bundle.requiredBundles()::contains) || bundle.importedPackages().contains(pkg);
		return visible ? Optional.empty()
				: Optional.of(bundle + ": " + className + " is in package " + pkg + ", provided by "
						+ (providers.isEmpty() ? "no bundle of target-bundles.txt" : providers) + ", which the manifest does not require");
	}
}
