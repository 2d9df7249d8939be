package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.generator.report.portfolio.PortfolioIndex;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.MeasurementsFolder;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.Golden;
import org.journey.tests.support.JourneyFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The portfolio index over all journeys ({@code index.html}, {@code index.md}): the examples'
 * Markdown index as reviewed, the HTML index's structure (a card per journey, KPIs counted as the
 * journey maps count them, one timeline of all initiatives in date order), its languages, its
 * escaping, and when it is written at all.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class PortfolioIndexTest {

	private static final Path ACTUALS = Path.of("resources", "golden", "actuals");

	@Inject
	private JourneyFixture fixtures;

	@Test
	@Tag(Golden.TAG)
	void theExamplesMarkdownIndexIsTheReviewedOne() {
		// given
		List<JourneyMap> maps = exampleMaps();

		// when
		Map<String, String> files = PortfolioIndex.files(maps, List.of("markdown"));

		// then
		assertEquals(List.of(PortfolioIndex.MARKDOWN_FILE), List.copyOf(files.keySet()));
		Golden.assertMatches(Golden.file("portfolio/index.md"), files.get(PortfolioIndex.MARKDOWN_FILE));
	}

	@Test
	void everyJourneyHasACardLinkedToItsMap() {
		// given
		List<JourneyMap> maps = exampleMaps();

		// when
		Document page = Jsoup.parse(PortfolioIndex.files(maps, null).get(PortfolioIndex.HTML_FILE));

		// then: a card per journey in name order, its links relative, to the file the html target writes
		List<String> names = maps.stream().map(JourneyMap::qualifiedName).sorted().toList();
		assertEquals(names, page.select("article.pf-journey").eachAttr("data-journey"));
		for (Element card : page.select("article.pf-journey")) {
			String expected = card.attr("data-journey") + "/" + HtmlReport.FILE_NAME;
			for (String href : card.select("a").eachAttr("href")) {
				assertFalse(href.startsWith("/") || href.contains(":"), () -> "not a relative link: " + href);
				assertEquals(expected, java.net.URLDecoder.decode(href, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertEquals(2, card.select("a").size(), "the title and 'open the map' link to the map");
		}
		assertEquals("shop.plakater.PlakatTilV%C3%A6ggen/journey-map.html",
				page.selectFirst("article[data-journey=\"shop.plakater.PlakatTilVæggen\"] h3 a").attr("href"));
	}

	@Test
	void kpisAreCountedByStatusAsTheJourneyMapShowsThem() throws IOException {
		// given: the examples, and a journey measured with a KPI of every status (its map shows the badges)
		JourneyMap measured = JourneyMapBuilder.build(fixtures.parseJourney(Files.readString(ACTUALS.resolve("actuals.journey"))))
				.withActuals(new MeasurementsFolder(ACTUALS.resolve("measurements")).actualsOf("golden.PassJourney").orElseThrow());
		List<JourneyMap> maps = new ArrayList<>(exampleMaps());
		maps.add(measured);

		// when
		Document index = Jsoup.parse(PortfolioIndex.files(maps, List.of("html")).get(PortfolioIndex.HTML_FILE));

		// then: per status, the journey map's badges and the index's count agree
		Document map = Jsoup.parse(new HtmlReport().render(measured));
		Map<String, Integer> badges = new LinkedHashMap<>();
		for (Element actual : map.select(".kpi-card .kpi-actual")) {
			String status = actual.classNames().stream().filter(c -> c.startsWith("status-")).findFirst().orElseThrow()
					.substring("status-".length());
			badges.merge(status, 1, Integer::sum);
		}
		Element card = index.selectFirst("article[data-journey=\"golden.PassJourney\"]");
		Map<String, Integer> counted = new LinkedHashMap<>();
		for (Element count : card.select(".pf-kpis > .pf-counts .pf-count")) {
			counted.put(count.attr("data-status"), Integer.parseInt(count.attr("data-count")));
		}
		int notMeasured = measured.kpis().size() - map.select(".kpi-card .kpi-actual").size();
		Map<String, Integer> expected = new LinkedHashMap<>(badges);
		if (notMeasured > 0) {
			expected.put("not-measured", notMeasured);
		}
		assertEquals(Map.of("off-track", 1, "improving", 1, "target-met", 1, "no-data", 1), badges);
		assertEquals(expected, counted);
		assertEquals(measured.kpis().size(), card.select(".pf-kpi-list li").size());
		assertEquals("Off track", card.selectFirst(".pf-kpi-list li[data-status=off-track] .pf-count").text());
		// the examples were not measured: their cards count no status, and the cover says why
		assertTrue(index.select("article.pf-journey:not([data-journey=\"golden.PassJourney\"]) .pf-kpis > .pf-counts").isEmpty());
		Map<String, Integer> cover = new LinkedHashMap<>(counted);
		cover.merge("not-measured", maps.subList(0, maps.size() - 1).stream().mapToInt(m -> m.kpis().size()).sum(), Integer::sum);
		assertEquals(cover, coverCounts(index), "the cover counts the KPIs of all journeys");
	}

	@Test
	void theInitiativesOfAllJourneysAreOnOneTimelineInDateOrder() {
		// given
		List<JourneyMap> maps = exampleMaps();

		// when
		Document page = Jsoup.parse(PortfolioIndex.files(maps, List.of("html")).get(PortfolioIndex.HTML_FILE));

		// then: one timeline, a row per initiative of every journey, ordered by their first date
		assertEquals(1, page.select(".pf-timeline").size());
		List<Element> rows = page.select(".pf-timeline .pf-track");
		long initiatives = maps.stream().flatMap(m -> m.initiatives().stream()).distinct().count();
		assertEquals(initiatives, rows.size());
		List<String> firsts = rows.stream().map(row -> row.attr("data-first")).toList();
		assertEquals(firsts.stream().sorted().toList(), firsts);
		assertEquals(maps.stream().filter(m -> !m.initiatives().isEmpty()).map(JourneyMap::qualifiedName).sorted().toList(),
				rows.stream().map(row -> row.attr("data-journeys")).distinct().sorted().toList());
		assertEquals("2026-09-30", firsts.get(0));
		assertTrue(rows.stream().allMatch(row -> row.select(".pf-bar").size() == 1));
	}

	@Test
	void aDanishJourneyAloneGivesADanishIndex() {
		// given
		List<JourneyMap> danish = List.of(JourneyMapBuilder.build(fixtures.exampleJourney("PlakatTilVæggen")));

		// when
		Map<String, String> files = PortfolioIndex.files(danish, null);

		// then
		Document page = Jsoup.parse(files.get(PortfolioIndex.HTML_FILE));
		assertEquals("da", page.selectFirst("html").attr("lang"));
		assertEquals("Kunderejseportefølje", page.title());
		assertEquals(List.of("Kunderejser", "Initiativer"), page.select("section > h2").eachText());
		assertEquals("Åbn kunderejsekortet →", page.selectFirst(".pf-open").text());
		assertEquals(List.of("høj 3", "mellem 3"), page.select(".pf-pains .pf-count").eachText());
		assertTrue(page.select(".pf-languages").isEmpty(), "one language: nothing to explain");
		String markdown = files.get(PortfolioIndex.MARKDOWN_FILE);
		assertTrue(markdown.startsWith("# Kunderejseportefølje\n"), markdown);
		assertTrue(markdown.contains("| Kunderejse | Sprog | Faser | Smertepunkter | KPI'er | Initiativer |"), markdown);
	}

	@Test
	void journeysInSeveralLanguagesGiveAnEnglishIndexWithEachCardInItsJourneysLanguage() {
		// given
		List<JourneyMap> maps = exampleMaps();

		// when
		Document page = Jsoup.parse(PortfolioIndex.files(maps, List.of("html")).get(PortfolioIndex.HTML_FILE));

		// then
		assertEquals("en", page.selectFirst("html").attr("lang"));
		assertEquals("The journeys are written in English and Danish. This index is in English; each journey's card and map "
				+ "are in the journey's own language.", page.selectFirst(".pf-languages").text());
		Element danish = page.selectFirst("article[data-journey=\"shop.plakater.PlakatTilVæggen\"]");
		assertEquals("da", danish.attr("lang"));
		assertEquals(List.of("Segmenter", "Faser · Fem trin", "Føler", "Smertepunkter", "KPI'er"),
				danish.select(".pf-caption").eachText());
		assertEquals("389 kr. → 450 kr.", danish.selectFirst("li[data-kpi=Gennemsnitsordre] .pf-kpi-range").text());
		Element english = page.selectFirst("article[data-journey=\"shop.paintings.PaintingsWebshop\"]");
		assertEquals("en", english.attr("lang"));
		assertEquals("Pains", english.select(".pf-caption").get(3).text());
	}

	@Test
	void modelTextsStayText() {
		// given
		JourneyMap hostile = JourneyMapBuilder.build(fixtures.parseJourney(HostileModel.text()));

		// when
		Map<String, String> files = PortfolioIndex.files(List.of(hostile), null);

		// then
		String html = files.get(PortfolioIndex.HTML_FILE);
		Document page = Jsoup.parse(html);
		assertAll(
				() -> assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "a script tag in the page"),
				() -> assertTrue(page.select("script, img, b").isEmpty(), "injected elements"),
				() -> assertEquals(1, page.select("style").size(), "the style element was closed early"),
				() -> assertEquals(HostileModel.JOURNEY_TITLE, page.selectFirst("article h3").text()),
				() -> assertFalse(files.get(PortfolioIndex.MARKDOWN_FILE).contains(HostileModel.JOURNEY_TITLE),
						"the Markdown index has the raw title"));
	}

	@Test
	void anIndexOnlyWithJourneysAndForTheHtmlAndMarkdownTargets() {
		// given
		List<JourneyMap> maps = exampleMaps();

		// when / then
		assertEquals(List.of(), List.copyOf(PortfolioIndex.files(List.of(), null).keySet()));
		assertEquals(List.of(), List.copyOf(PortfolioIndex.files(maps, List.of("csv", "json", "ga4")).keySet()));
		assertEquals(List.of("index.html"), List.copyOf(PortfolioIndex.files(maps, List.of("html", "csv")).keySet()));
		assertEquals(List.of("index.html", "index.md"), List.copyOf(PortfolioIndex.files(maps, List.of("all")).keySet()));
		assertEquals(List.of("index.html", "index.md"), List.copyOf(PortfolioIndex.files(maps.subList(0, 1), null).keySet()));
	}

	@Test
	void theIndexDoesNotDependOnTheOrderOfTheJourneys() {
		// given
		List<JourneyMap> maps = exampleMaps();
		List<JourneyMap> reversed = new ArrayList<>(maps);
		java.util.Collections.reverse(reversed);

		// when / then
		assertEquals(PortfolioIndex.files(maps, null), PortfolioIndex.files(reversed, null));
	}

	private List<JourneyMap> exampleMaps() {
		return fixtures.exampleJourneys().stream().map(JourneyMapBuilder::build).toList();
	}

	private static Map<String, Integer> coverCounts(Document index) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Stream.of(index.select(".pf-cover .pf-count").toArray(Element[]::new))
				.forEach(count -> counts.put(count.attr("data-status"), Integer.parseInt(count.attr("data-count"))));
		return counts;
	}
}
