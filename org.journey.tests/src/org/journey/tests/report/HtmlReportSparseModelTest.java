package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Journeys that are far from finished still give a clean report: what the model lacks is left
 * out (no "null", no empty section or lane), and what it has in excess (long texts, many phases)
 * still fits.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class HtmlReportSparseModelTest {

	private static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b");

	@Inject
	private JourneyFixture fixtures;

	@Test
	void journeyWithNothingButANameHasOnlyItsCover() throws IOException {
		// given
		String model = "journey Bare { }";

		// when
		Document page = Jsoup.parse(JourneyFixture.render(fixtures.parseJourney(model)));

		// then
		assertEquals("Bare", page.selectFirst("h1").text());
		assertTrue(page.select("section, dl.figures, .cover-panels, nav a").isEmpty(), "nothing to show, nothing drawn");
		assertNoNull(page);
	}

	@Test
	void phasesWithoutContentGiveHeadingsButNoEmptyLanes() throws IOException {
		// given
		String model = """
				journey Draft {
				    phase First { }
				    phase Second { doing "Something" }
				}
				""";

		// when
		Document page = Jsoup.parse(JourneyFixture.render(fixtures.parseJourney(model)));

		// then
		assertEquals(List.of("First", "Second"), page.select("th.phase-head").eachAttr("data-phase"));
		assertEquals(List.of("Doing"), page.select("table.map th.lane-label").eachText(), "only the lane with content");
		assertEquals(1, page.select("table.map td.cell.empty").size(), "the first phase's doing cell is marked empty");
		assertEquals(List.of("journey-map"), page.select("section.report-section").eachAttr("id"));
		assertTrue(page.select("svg").isEmpty(), "no feeling curve without feelings");
		assertNoNull(page);
	}

	@Test
	void longTextsAndTwelvePhasesStayInTheirColumns() throws IOException {
		// given
		String longWord = "Supercalifragilisticexpialidocious".repeat(8);
		StringBuilder model = new StringBuilder("journey Long \"" + "A very long title ".repeat(10) + "\" {\n");
		for (int i = 1; i <= 14; i++) {
			model.append("    phase P").append(i).append(" { doing \"").append(longWord).append("\" feeling ").append(i % 5 - 2)
					.append(" touchpoint T").append(i).append(" { channel web } }\n");
		}
		model.append("}\n");

		// when
		String html = JourneyFixture.render(fixtures.parseJourney(model.toString()));
		Document page = Jsoup.parse(html);

		// then the map has a column per phase, scrolls on screen, and zooms to the page width on paper
		assertEquals(14, page.select("th.phase-head").size());
		Element map = page.selectFirst("table.map");
		assertTrue(map.attr("style").contains("--phases: 14"), map.attr("style"));
		assertTrue(map.attr("style").matches(".*--print-zoom: 0\\.\\d+.*"), "zoomed out on print: " + map.attr("style"));
		assertEquals(14, page.select("svg .curve-point").size());
		assertTrue(page.text().contains(longWord), "long words are kept whole in the text; CSS wraps them");
		assertNoNull(page);
	}

	private static void assertNoNull(Document page) {
		assertFalse(NULL_WORD.matcher(page.text()).find(), "\"null\" in the text");
		page.getAllElements().forEach(element -> element.attributes().forEach(attribute -> assertFalse(
				NULL_WORD.matcher(attribute.getValue()).find(), () -> "\"null\" in " + attribute + " of " + element.tagName())));
	}
}
