package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.journey.dsl.generator.GeneratorTargets;
import org.journey.dsl.generator.JourneyGenerator;
import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.journey.Initiative;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Milestone;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.ReportFormats;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The HTML report of every example journey, read with jsoup and checked against the model it
 * comes from: the numbers and names on the page are computed here again from the EMF model, not
 * from the journey map the report draws, so a mistake in either shows.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class HtmlReportExamplesTest {

	private static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b");

	@Inject
	private JourneyFixture fixtures;

	@Inject
	private JourneyGenerator generator;

	@Inject
	private GeneratorTargets targets;

	@TestFactory
	Stream<DynamicContainer> everyExampleReport() throws IOException {
		List<Journey> journeys = fixtures.exampleJourneys();
		return journeys.stream().map(journey -> {
			Document page = Jsoup.parse(JourneyFixture.render(journey));
			return DynamicContainer.dynamicContainer(journey.getName(), Stream.of(
					DynamicTest.dynamicTest("has one map column per phase, in order", () -> hasOneColumnPerPhase(journey, page)),
					DynamicTest.dynamicTest("has one curve point per phase with a feeling", () -> hasOneCurvePointPerFeeling(journey, page)),
					DynamicTest.dynamicTest("shows the volumes' ratios as funnel conversions", () -> showsFunnelConversions(journey, page)),
					DynamicTest.dynamicTest("shows every touchpoint once, in its phase", () -> showsEveryTouchpointOnce(journey, page)),
					DynamicTest.dynamicTest("numbers each experience marker as its touchpoint's card", () -> numbersMarkersAsCards(journey, page)),
					DynamicTest.dynamicTest("has an overview tile per phase, linked to its column", () -> hasAnOverviewTilePerPhase(journey, page)),
					DynamicTest.dynamicTest("has every KPI of the journey in the scorecard", () -> hasEveryKpiInScorecard(journey, page)),
					DynamicTest.dynamicTest("has no script and no external URL", () -> isSelfContained(page)),
					DynamicTest.dynamicTest("declares the journey's language", () -> declaresLanguage(journey, page)),
					DynamicTest.dynamicTest("never shows \"null\"", () -> neverShowsNull(page))));
		});
	}

	private static void hasOneColumnPerPhase(Journey journey, Document page) {
		List<String> phases = journey.getPhases().stream().map(Phase::getName).toList();

		assertEquals(phases, page.select("table.map > thead th.phase-head").eachAttr("data-phase"));
		for (Element row : page.select("table.map > tbody > tr")) {
			int columns = row.children().stream().filter(cell -> cell.tagName().equals("td"))
					.mapToInt(cell -> cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1).sum();
			assertEquals(phases.size(), columns, () -> "a lane of the map spans another number of columns: " + row.text());
		}
	}

	private static void hasOneCurvePointPerFeeling(Journey journey, Document page) {
		List<Phase> felt = journey.getPhases().stream().filter(p -> p.getFeeling() != null).toList();

		Elements points = page.select("table.map svg .curve-point");

		assertEquals(felt.stream().map(Phase::getName).toList(), points.eachAttr("data-phase"));
		assertEquals(felt.stream().map(p -> p.getFeeling().toString()).toList(), points.eachAttr("data-feeling"));
	}

	private static void showsFunnelConversions(Journey journey, Document page) {
		ReportFormats formats = ReportFormats.of(ReportLanguage.ofCode(journey.getLanguage()));
		List<Phase> counted = journey.getPhases().stream().filter(p -> p.getVolume() != null).toList();

		Elements steps = page.select("#funnel .funnel-step");

		assertEquals(counted.stream().map(Phase::getName).toList(), steps.eachAttr("data-phase"));
		for (int i = 0; i < counted.size(); i++) {
			Element step = steps.get(i);
			assertEquals(formats.number(counted.get(i).getVolume()), step.selectFirst(".funnel-volume").wholeText());
			if (i == 0) {
				assertNull(step.selectFirst(".conversion-previous"), "the first step has nothing to convert from");
				continue;
			}
			double fromPrevious = (double) counted.get(i).getVolume() / counted.get(i - 1).getVolume();
			double fromFirst = (double) counted.get(i).getVolume() / counted.get(0).getVolume();
			assertEquals(formats.percent(fromPrevious), step.selectFirst(".conversion-previous").wholeText(),
					"conversion into " + counted.get(i).getName());
			assertEquals(formats.percent(fromFirst), step.selectFirst(".conversion-first").wholeText(),
					"conversion from the first step into " + counted.get(i).getName());
		}
	}

	private static void showsEveryTouchpointOnce(Journey journey, Document page) {
		Elements cards = page.select("table.map article.touchpoint");
		assertEquals(journey.getPhases().stream().mapToInt(p -> p.getTouchpoints().size()).sum(), cards.size(),
				"touchpoint cards in the map");
		if (cards.isEmpty()) {
			return;
		}
		List<Element> cells = cards.first().closest("tr").children().stream().filter(c -> c.tagName().equals("td")).toList();
		for (int i = 0; i < journey.getPhases().size(); i++) {
			Phase phase = journey.getPhases().get(i);
			assertEquals(phase.getTouchpoints().stream().map(Touchpoint::getName).sorted().toList(),
					cells.get(i).select("article.touchpoint").eachAttr("data-touchpoint").stream().sorted().toList(),
					"touchpoints in the column of " + phase.getName());
		}
	}

	/** On paper no tooltip shows: the number on a marker is what says whose experience it is. */
	private static void numbersMarkersAsCards(Journey journey, Document page) {
		for (Phase phase : journey.getPhases()) {
			for (int n = 0; n < phase.getTouchpoints().size(); n++) {
				Touchpoint touchpoint = phase.getTouchpoints().get(n);
				String number = Integer.toString(n + 1);
				Element card = page.selectFirst("table.map article.touchpoint[data-touchpoint=" + touchpoint.getName() + "]");
				assertEquals(number, card.selectFirst(".touchpoint-no").text(), "the card of " + touchpoint.getName());
				Element marker = page.selectFirst("table.map svg .experience-point[data-touchpoint-experience=" + touchpoint.getName() + "]");
				if (touchpoint.getExperience() == null) {
					assertNull(marker, touchpoint.getName() + " has no experience to mark");
				} else {
					assertEquals(number, marker.nextElementSibling().text(), "the marker of " + touchpoint.getName());
					assertEquals("experience-no", marker.nextElementSibling().className());
				}
			}
		}
	}

	private static void hasAnOverviewTilePerPhase(Journey journey, Document page) {
		Elements tiles = page.select("nav.map-overview li.overview-phase");

		assertEquals(journey.getPhases().stream().map(Phase::getName).toList(), tiles.eachAttr("data-phase"));
		for (int i = 0; i < tiles.size(); i++) {
			Phase phase = journey.getPhases().get(i);
			Element tile = tiles.get(i);
			String target = tile.selectFirst("a.overview-head").attr("href");
			assertEquals(phase.getName(), page.selectFirst("table.map th.phase-head" + target).attr("data-phase"), "the link of " + phase.getName());
			assertEquals(phase.getTouchpoints().stream().map(t -> t.getExperience() == null ? "unscored" : "score-" + scoreClass(t.getExperience())).toList(),
					tile.select(".overview-touchpoint").stream().map(dot -> dot.classNames().stream()
							.filter(c -> c.startsWith("score-") || c.equals("unscored")).findFirst().orElse("none")).toList(),
					"the touchpoints of " + phase.getName());
			Element feeling = tile.selectFirst(".overview-feeling .score");
			assertEquals(phase.getFeeling() == null ? null : ReportFormats.of(ReportLanguage.ofCode(journey.getLanguage())).signed(phase.getFeeling()),
					feeling == null ? null : feeling.text(), "the feeling of " + phase.getName());
		}
	}

	private static String scoreClass(int score) {
		return score < 0 ? "m" + -score : score == 0 ? "0" : "p" + score;
	}

	private static void hasEveryKpiInScorecard(Journey journey, Document page) {
		ReportFormats formats = ReportFormats.of(ReportLanguage.ofCode(journey.getLanguage()));
		Set<Kpi> kpis = new LinkedHashSet<>();
		journey.getGoals().forEach(goal -> kpis.addAll(goal.getKpis()));
		journey.getPhases().forEach(phase -> kpis.addAll(phase.getKpis()));
		initiativeMilestones(journey).stream().map(Milestone::getKpi).filter(kpi -> kpi != null).forEach(kpis::add);

		Elements cards = page.select("#kpis .kpi-card");

		assertEquals(kpis.stream().map(Kpi::getName).sorted().toList(), cards.eachAttr("data-kpi").stream().sorted().toList());
		for (Kpi kpi : kpis) {
			Element card = cards.select("[data-kpi=" + kpi.getName() + "]").first();
			assertNotNull(card);
			assertTrue(card.wholeText().contains(kpi.getTitle() != null ? kpi.getTitle() : kpi.getName()), kpi.getName());
			if (kpi.getTarget() != null) {
				// contains, not starts with: a currency may come first, "DKK 650,000"
				assertTrue(card.selectFirst(".kpi-number.target .value").wholeText().contains(formats.number(kpi.getTarget())),
						() -> "target of " + kpi.getName() + ": " + card.selectFirst(".kpi-number.target").wholeText());
			}
		}
	}

	/** The milestones of the initiatives that realize one of the journey's opportunities, in any loaded file. */
	private static List<Milestone> initiativeMilestones(Journey journey) {
		List<Milestone> milestones = new ArrayList<>();
		journey.eResource().getResourceSet().getResources().forEach(resource -> resource.getAllContents().forEachRemaining(o -> {
			if (o instanceof Initiative initiative && initiative.getRealizes().stream()
					.anyMatch(opportunity -> opportunity.eContainer() instanceof Phase phase && phase.eContainer() == journey)) {
				milestones.addAll(initiative.getMilestones());
			}
		}));
		return milestones;
	}

	private static void isSelfContained(Document page) {
		assertTrue(page.select("script, link, iframe, object, embed, img, base, form").isEmpty(),
				"the page loads or runs nothing");
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				assertFalse(name.startsWith("on"), () -> "event handler " + attribute + " on " + element.tagName());
				if (name.equals("src") || name.equals("href") || name.endsWith(":href")) {
					assertTrue(attribute.getValue().startsWith("#"), () -> "a link out of the page: " + attribute);
				}
			}
		}
		// the style element is the style sheet, checked once in HtmlReportStyleTest
		assertTrue(page.select("[style]").eachAttr("style").stream().noneMatch(s -> s.toLowerCase(Locale.ROOT).contains("url(")),
				"inline styles fetch nothing");
	}

	private static void neverShowsNull(Document page) {
		assertFalse(NULL_WORD.matcher(page.text()).find(), "\"null\" in the text");
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertFalse(NULL_WORD.matcher(attribute.getValue()).find(), () -> "\"null\" in " + attribute);
			}
		}
	}

	private static void declaresLanguage(Journey journey, Document page) {
		assertEquals(ReportLanguage.ofCode(journey.getLanguage()).code(), page.selectFirst("html").attr("lang"));
	}

	@Test
	void danishExampleSpeaksDanish() throws IOException {
		// given
		Journey danish = fixtures.exampleJourneys().stream().filter(j -> "da".equals(j.getLanguage())).findFirst()
				.orElseThrow(() -> new AssertionError("no example journey has language da"));

		// when
		Document page = Jsoup.parse(JourneyFixture.render(danish));

		// then
		assertEquals("da", page.selectFirst("html").attr("lang"));
		assertEquals(List.of("Kunderejsekort", "Tragt", "KPI-oversigt", "Værdi og indsats", "Kanaler pr. fase", "Segmenter",
				"Initiativer"), page.select("section.report-section > h2").eachText());
		assertEquals(List.of("Kundens mål", "Gør", "Tænker", "Føler", "Kontaktpunkter", "Smertepunkter", "Muligheder",
				"KPI'er"), page.select("table.map th.lane-label").stream().map(Element::ownText).filter(t -> !t.isBlank()).toList());
		assertTrue(page.selectFirst("#funnel .conversion-previous").wholeText().matches("\\d+(,\\d)?\u00a0%"),
				"Danish percentages have a decimal comma and a space before the sign");
		assertFalse(page.text().contains("Journey map"), "no English heading in a Danish report");
	}

	@Test
	void generatorWritesTheHtmlIntoTheJourneysFolder() throws IOException {
		// given
		Journey journey = fixtures.exampleJourneys().get(0);
		InMemoryFileSystemAccess files = new InMemoryFileSystemAccess();
		GeneratorContext context = new GeneratorContext();
		context.setCancelIndicator(CancelIndicator.NullImpl);

		// when
		generator.doGenerate(journey.eResource(), files, context);

		// then
		assertTrue(targets.names().contains("html"), "the html target is registered: " + targets.names());
		String path = JourneyGenerator.outputFolder(JourneyMapBuilder.build(journey)) + HtmlReport.FILE_NAME;
		assertTrue(files.getTextFiles().containsKey(IFileSystemAccess.DEFAULT_OUTPUT + path), () -> "no " + path + " in "
				+ files.getTextFiles().keySet());
		assertEquals(JourneyFixture.render(journey), files.getTextFiles().get(IFileSystemAccess.DEFAULT_OUTPUT + path).toString());
	}
}
