package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The update site's pieces fit: the feature includes every bundle of ours, the site's category
 * lists the feature, the target file names its repositories, and the root pom builds all of it in
 * the "eclipse" profile only.
 */
class FeatureSiteAndTargetTest {

	private static final String RELEASE_REPOSITORY = "https://download.eclipse.org/releases/2026-03/";

	@Test
	void theFeatureIncludesEveryBundleOfOursAndOnlyBundlesTheTargetHas() {
		// given
		Document feature = EclipseArtifacts.xml(EclipseArtifacts.FEATURE);
		Set<String> included = new LinkedHashSet<>();
		EclipseArtifacts.elements(feature, "plugin").forEach(plugin -> included.add(plugin.getAttribute("id")));
		// then
		assertEquals("org.journey.feature", feature.getDocumentElement().getAttribute("id"));
		assertEquals(EclipseArtifacts.projectOsgiVersion() + ".qualifier", feature.getDocumentElement().getAttribute("version"));
		List<String> problems = new ArrayList<>();
		for (String ours : EclipseArtifacts.ourBundleNames()) {
			if (!included.contains(ours)) {
				problems.add("feature.xml does not include " + ours);
			}
		}
		for (String plugin : included) {
			if (!EclipseArtifacts.ourBundleNames().contains(plugin) && !EclipseArtifacts.targetBundles().containsKey(plugin)) {
				problems.add("feature.xml includes " + plugin + ", which is neither ours nor in target-bundles.txt");
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void theUpdateSitesCategoryListsTheFeature() {
		// given
		Document category = EclipseArtifacts.xml(EclipseArtifacts.CATEGORY);
		List<Element> features = EclipseArtifacts.elements(category, "feature");
		Set<String> defined = new LinkedHashSet<>();
		EclipseArtifacts.elements(category, "category-def").forEach(def -> defined.add(def.getAttribute("name")));
		// then
		assertEquals(List.of("org.journey.feature"), features.stream().map(f -> f.getAttribute("id")).toList());
		for (Element feature : features) {
			List<Element> categories = EclipseArtifacts.elements(feature.getOwnerDocument(), "category").stream()
					.filter(c -> c.getParentNode() == feature).toList();
			assertFalse(categories.isEmpty(), "the feature is in no category");
			categories.forEach(c -> assertTrue(defined.contains(c.getAttribute("name")), "undefined category " + c.getAttribute("name")));
		}
	}

	@Test
	void theTargetNamesTheReleaseRepositoryAndTheMavenCentralLibraries() {
		// given
		Document target = EclipseArtifacts.xml(EclipseArtifacts.TARGET);
		List<Element> locations = EclipseArtifacts.elements(target, "location");
		// then
		List<String> repositories = EclipseArtifacts.elements(target, "repository").stream().map(r -> r.getAttribute("location")).toList();
		assertEquals(List.of(RELEASE_REPOSITORY), repositories);
		Element release = locations.stream().filter(l -> l.getAttribute("type").equals("InstallableUnit")).findFirst().orElseThrow();
		List<String> units = EclipseArtifacts.elements(target, "unit").stream().filter(u -> u.getParentNode() == release)
				.map(u -> u.getAttribute("id")).toList();
		assertTrue(units.contains("org.eclipse.xtext.ui.feature.group"), units::toString);
		assertTrue(units.contains("org.eclipse.sirius.runtime.feature.group"), units::toString);
		Element maven = locations.stream().filter(l -> l.getAttribute("type").equals("Maven")).findFirst()
				.orElseThrow(() -> new AssertionError("no Maven location in " + EclipseArtifacts.TARGET));
		List<String> artifacts = EclipseArtifacts.elements(target, "artifactId").stream().filter(a -> maven.isSameNode(a.getParentNode().getParentNode().getParentNode()))
				.map(Element::getTextContent).toList();
		assertTrue(artifacts.containsAll(List.of("jackson-databind", "commons-csv", "commons-text")), artifacts::toString);
	}

	@Test
	void theEclipseBuildIsAProfileTheDefaultBuildDoesNotActivate() {
		// given
		Document pom = EclipseArtifacts.xml(EclipseArtifacts.ROOT.resolve("pom.xml"));
		List<String> defaultModules = new ArrayList<>();
		List<String> eclipseModules = new ArrayList<>();
		for (Element module : EclipseArtifacts.elements(pom, "module")) {
			Element modules = (Element) module.getParentNode();
			if (modules.getParentNode() == pom.getDocumentElement()) {
				defaultModules.add(module.getTextContent().strip());
			} else if (((Element) modules.getParentNode()).getElementsByTagName("id").item(0).getTextContent().equals("eclipse")) {
				eclipseModules.add(module.getTextContent().strip());
			}
		}
		Element profile = EclipseArtifacts.elements(pom, "profile").stream()
				.filter(p -> p.getElementsByTagName("id").item(0).getTextContent().equals("eclipse")).findFirst().orElseThrow();
		// then
		assertEquals(0, profile.getElementsByTagName("activation").getLength(), "the eclipse profile must not activate by itself");
		List<String> problems = new ArrayList<>();
		for (var bundle : EclipseArtifacts.eclipseBundles()) {
			String module = bundle.dir().getFileName().toString();
			if (defaultModules.contains(module)) {
				problems.add(module + " is built by the default build, which cannot reach p2");
			}
			if (!eclipseModules.contains(module)) {
				problems.add(module + " is not a module of the eclipse profile");
			}
		}
		for (String releng : List.of("releng/org.journey.feature", "releng/org.journey.updatesite")) {
			if (!eclipseModules.contains(releng)) {
				problems.add(releng + " is not a module of the eclipse profile");
			}
		}
		assertEquals(List.of(), problems);
		String tycho = EclipseArtifacts.rootPomValue("tycho-version");
		assertTrue(tycho.equals("4.0.13") || tycho.startsWith("5.0."), "Tycho 4.0.13 or 5.0.x, not " + tycho);
	}
}
