package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.journey.tests.eclipse.EclipseArtifacts.Bundle;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every extension point a plugin.xml extends is declared by a bundle its manifest requires (or by
 * the plugin itself). Which bundle declares which point is the table extension-points.txt.
 */
class ExtensionPointsTest {

	@Test
	void everyExtensionPointIsProvidedByARequiredBundle() {
		Map<String, String> providers = EclipseArtifacts.extensionPoints();
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			Document plugin = EclipseArtifacts.xml(bundle.pluginXml());
			List<String> ownPoints = EclipseArtifacts.elements(plugin, "extension-point").stream()
					.map(point -> bundle.symbolicName() + "." + point.getAttribute("id")).toList();
			for (Element extension : EclipseArtifacts.elements(plugin, "extension")) {
				String point = extension.getAttribute("point");
				if (ownPoints.contains(point)) {
					continue;
				}
				String provider = providers.get(point);
				if (provider == null) {
					problems.add(bundle + ": extension point " + point + " is not in extension-points.txt (add it with the bundle declaring it)");
				} else if (!bundle.requiredBundles().contains(provider)) {
					problems.add(bundle + ": extension point " + point + " is declared by " + provider + ", which Require-Bundle lacks");
				}
			}
		}
		assertEquals(List.of(), problems);
	}
}
