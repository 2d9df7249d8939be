package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.journey.tests.eclipse.EclipseArtifacts.Bundle;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * build.properties packs what the bundle loads at run time: the manifest, plugin.xml, the
 * classes, and every other folder or file of the bundle (icons, templates, Sirius descriptions),
 * in particular every path plugin.xml names.
 */
class BuildPropertiesTest {

	/** Folders and files of a bundle that are not loaded at run time. */
	private static final Set<String> BUILD_ONLY = Set.of("src", "src-gen", "xtend-gen", "target", "bin", "pom.xml",
			"build.properties", ".project", ".classpath", ".settings", ".polyglot.build.properties", "plugin.xml_gen");

	@Test
	void buildPropertiesIncludeEverythingTheBundleLoads() {
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			Path file = bundle.dir().resolve("build.properties");
			if (!Files.isRegularFile(file)) {
				problems.add(bundle + ": no build.properties");
				continue;
			}
			Properties properties = load(file);
			List<String> includes = list(properties.getProperty("bin.includes"));
			for (String required : List.of("META-INF/", ".", "plugin.xml")) {
				if (!includes.contains(required)) {
					problems.add(bundle + ": bin.includes lacks " + required);
				}
			}
			List<String> sources = list(properties.getProperty("source.."));
			for (Path folder : bundle.sourceFolders()) {
				if (!sources.contains(folder.getFileName() + "/")) {
					problems.add(bundle + ": source.. lacks " + folder.getFileName() + "/");
				}
			}
			try (Stream<Path> entries = Files.list(bundle.dir())) {
				for (Path entry : entries.toList()) {
					String name = entry.getFileName().toString();
					String included = Files.isDirectory(entry) ? name + "/" : name;
					boolean buildOnly = BUILD_ONLY.contains(name) || Bundle.isSourceFolderName(name)
							|| Files.isRegularFile(entry.resolve("pom.xml")); // a Maven module of its own
					if (!buildOnly && !name.equals("META-INF") && !covered(included, includes)) {
						problems.add(bundle + ": bin.includes lacks " + included + " (loaded at run time?)");
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			for (Element element : EclipseArtifacts.allElements(EclipseArtifacts.xml(bundle.pluginXml()))) {
				for (String attribute : List.of("icon", "file", "path")) {
					String path = element.getAttribute(attribute);
					if (!path.isBlank() && !path.contains(":") && !covered(path, includes)) {
						problems.add(bundle + ": plugin.xml names " + path + ", which bin.includes does not pack");
					}
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	private static boolean covered(String path, List<String> includes) {
		return includes.stream().anyMatch(include -> include.equals(path) || include.endsWith("/") && path.startsWith(include));
	}

	private static List<String> list(String value) {
		return value == null ? List.of() : Stream.of(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static Properties load(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			Properties properties = new Properties();
			properties.load(in);
			return properties;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
