package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.journey.dsl.ide.labels.JourneyLabels;
import org.journey.dsl.ide.outline.OutlineFilter;
import org.journey.tests.eclipse.EclipseArtifacts.Bundle;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The icons plugin.xml and the code name exist. The editor's label provider and outline filters
 * find their icons by the names JourneyLabels and OutlineFilter give, in org.journey.dsl.ui/icons.
 */
class IconsTest {

	private static final Pattern IMAGE_LITERAL = Pattern.compile("\"([\\w./-]+\\.(?:png|gif))\"");

	@Test
	void iconsNamedInPluginXmlAndInTheBundlesCodeExist() {
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			for (Element element : EclipseArtifacts.allElements(EclipseArtifacts.xml(bundle.pluginXml()))) {
				String icon = element.getAttribute("icon");
				if (!icon.isBlank() && !icon.contains(":") && !Files.isRegularFile(bundle.dir().resolve(icon))) {
					problems.add(bundle + ": plugin.xml names icon " + icon + ", which does not exist");
				}
			}
			for (Path source : bundle.javaSources()) {
				Matcher images = IMAGE_LITERAL.matcher(EclipseArtifacts.read(source));
				while (images.find()) {
					String image = images.group(1);
					if (!Files.isRegularFile(bundle.dir().resolve(image)) && !Files.isRegularFile(bundle.dir().resolve("icons").resolve(image))) {
						problems.add(bundle + ": " + source.getFileName() + " names image " + image + ", which does not exist");
					}
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void theEditorsLabelAndFilterIconsAreSmallPngsInItsIconsFolder() throws IOException {
		Path icons = EclipseArtifacts.ROOT.resolve("org.journey.dsl.ui/icons");
		Set<String> names = new LinkedHashSet<>(JourneyLabels.ALL_ICONS);
		for (OutlineFilter filter : OutlineFilter.values()) {
			names.add(filter.icon());
		}
		List<String> problems = new ArrayList<>();
		for (String name : names) {
			Path file = icons.resolve(name);
			if (!Files.isRegularFile(file)) {
				problems.add("missing " + file);
				continue;
			}
			BufferedImage image = ImageIO.read(file.toFile());
			if (image == null || image.getWidth() != 16 || image.getHeight() != 16) {
				problems.add(file + " is not a 16x16 image");
			}
		}
		assertEquals(List.of(), problems);
	}
}
