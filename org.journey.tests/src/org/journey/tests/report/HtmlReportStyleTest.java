package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.generator.report.ReportStyles;
import org.journey.dsl.generator.report.html.MapGridLayout;
import org.journey.dsl.journey.Channel;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.Actuals;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.MeasurementsFolder;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The HTML report's style sheet, {@code journey-map.css} next to the report's classes: every page
 * inlines it whole (so the golden page, {@link HtmlReportGoldenTest}, leaves it out), it fetches
 * nothing, it gives every channel a colour of its own, and it lays the page out for paper.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class HtmlReportStyleTest {

	private static final String STYLE_SHEET = "journey-map.css";
	private static final Pattern CHANNEL_RULE = Pattern.compile("\\.ch-([a-z-]+)\\s*\\{\\s*--channel:\\s*(#[0-9a-fA-F]{6})");

	private static final String ACTUALS_BEGIN = "/* ------------------------------------------------------------------ actuals: begin */";
	private static final String ACTUALS_END = "/* ------------------------------------------------------------------ actuals: end */";

	@Inject
	private JourneyFixture fixtures;

	@Test
	void thePageEmbedsExactlyTheStyleSheetButTheRulesOfTheActuals() throws IOException {
		String html = JourneyFixture.render(HtmlReportGoldenTest.goldenJourney(fixtures));

		String embedded = HtmlReportGoldenTest.styleSheet(html);

		// the page has Unix line ends whatever the checkout's, and no blank lines around the sheet; a
		// page without measurements leaves out the block of the actuals and the blank line after it
		String sheet = styleSheet().replace("\r\n", "\n").strip();
		int begin = sheet.indexOf(ACTUALS_BEGIN);
		int end = sheet.indexOf(ACTUALS_END) + ACTUALS_END.length() + "\n\n".length();
		assertTrue(begin > 0 && end > begin, "the style sheet marks the rules of the actuals");
		assertEquals("\n" + sheet.substring(0, begin) + sheet.substring(end) + "\n" + overviewRule(HtmlReportGoldenTest.goldenJourney(fixtures))
				+ "\n", embedded);
	}

	@Test
	void aPageWithActualsEmbedsTheWholeStyleSheet() throws IOException {
		Journey journey = fixtures.parseJourney(Files.readString(Path.of("resources", "golden", "actuals", "actuals.journey")));
		Actuals actuals = new MeasurementsFolder(Path.of("resources", "golden", "actuals", "measurements"))
				.actualsOf("golden.PassJourney").orElseThrow();

		String html = new HtmlReport().render(JourneyMapBuilder.build(journey).withActuals(actuals));

		assertEquals("\n" + styleSheet().replace("\r\n", "\n").strip() + "\n" + overviewRule(journey) + "\n", HtmlReportGoldenTest.styleSheet(html));
	}

	/** After the sheet, the page's own rule: where its map fits the screen, it needs no overview. */
	private static String overviewRule(Journey journey) {
		return MapGridLayout.overviewRule(JourneyMapBuilder.build(journey).columns());
	}

	@Test
	void theStyleSheetFetchesNothing() throws IOException {
		String style = styleSheet().toLowerCase(Locale.ROOT);

		assertFalse(style.contains("@import"), "the style imports another sheet");
		assertFalse(style.contains("url("), "the style fetches a file");
	}

	@Test
	void everyChannelOfTheLanguageHasItsOwnColour() throws IOException {
		Map<String, String> colours = new TreeMap<>();
		Matcher rule = CHANNEL_RULE.matcher(styleSheet());
		while (rule.find()) {
			colours.put(rule.group(1), rule.group(2).toLowerCase(Locale.ROOT));
		}

		assertEquals(Channel.VALUES.stream().map(Channel::getLiteral).sorted().toList(), List.copyOf(colours.keySet()),
				"the channels with a .ch-* rule");
		assertEquals(colours.size(), Set.copyOf(colours.values()).size(), () -> "two channels share a colour: " + colours);
	}

	@Test
	void thePageIsLaidOutForPaperToo() throws IOException {
		assertTrue(styleSheet().contains("@media print {"), "the style has no print rules");
	}

	/** The sheet a page embeds: the palette every page shares, then the journey map's own rules. */
	private static String styleSheet() throws IOException {
		try (InputStream in = HtmlReport.class.getResourceAsStream(STYLE_SHEET)) {
			assertNotNull(in, "no " + STYLE_SHEET + " next to " + HtmlReport.class.getName());
		}
		return ReportStyles.sheet(STYLE_SHEET);
	}
}
