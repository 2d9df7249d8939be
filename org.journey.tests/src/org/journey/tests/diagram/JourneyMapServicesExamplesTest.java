package org.journey.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.diagram.services.ChannelColours;
import org.journey.diagram.services.JourneyMapServices;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.Goal;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Opportunity;
import org.journey.dsl.journey.Pain;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMap.Column;
import org.journey.dsl.map.JourneyMap.CurvePoint;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.Quadrant;
import org.journey.dsl.model.ScoreScale;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.jsoup.Jsoup;
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
 * The diagram's services on every example journey show what the journey-map model holds and the
 * HTML report draws: the same phases in the same order, the same touchpoints per phase in the
 * same order, the same feeling curve, and the same titles, colours, markers, priorities and KPI
 * values. The report is read with jsoup, as {@code HtmlReportExamplesTest} does. Two tests check
 * literal values read in the example files, so that a change both sides share is caught too.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyMapServicesExamplesTest {

	private static final Pattern CHANNEL_RULE = Pattern.compile("\\.ch-([a-z-]+)\\s*\\{\\s*--channel:\\s*(#[0-9a-fA-F]{6})");

	private final JourneyMapServices services = new JourneyMapServices();

	@Inject
	private JourneyFixture fixtures;

	@TestFactory
	Stream<DynamicContainer> everyExampleJourney() throws IOException {
		return fixtures.exampleJourneys().stream().map(journey -> {
			JourneyMap map = JourneyMapBuilder.build(journey);
			Document page = Jsoup.parse(JourneyFixture.render(journey));
			return DynamicContainer.dynamicContainer(journey.getName(), Stream.of(
					DynamicTest.dynamicTest("same phases in the same order", () -> samePhases(journey, map, page)),
					DynamicTest.dynamicTest("phase titles as the report's column heads", () -> samePhaseTitles(journey, page)),
					DynamicTest.dynamicTest("same touchpoints per phase, in the same order", () -> sameTouchpoints(journey, map, page)),
					DynamicTest.dynamicTest("touchpoint titles, channels, colours and online markers",
							() -> sameTouchpointCards(journey, page)),
					DynamicTest.dynamicTest("same feeling curve", () -> sameCurve(journey, map, page)),
					DynamicTest.dynamicTest("same pains with their severity", () -> samePains(journey, page)),
					DynamicTest.dynamicTest("same opportunities with their priority", () -> sameOpportunities(journey, page)),
					DynamicTest.dynamicTest("same KPIs per phase with their values", () -> sameKpis(journey, page)),
					DynamicTest.dynamicTest("lane titles in the report's language", () -> sameLaneTitles(journey, page)),
					DynamicTest.dynamicTest("KPI tree: the scorecard's goals, KPIs and formula events", () -> sameKpiTree(journey, map, page))));
		});
	}

	/**
	 * What the diagram shows of the smallest example, examples/maven/src/main/journey/newsletter.journey,
	 * as read in the file: two phases without a feeling, touchpoints with and without an experience.
	 */
	@Test
	void newsletterExampleAsWrittenInItsFile() {
		Journey journey = fixtures.exampleJourney("NewsletterSignup");
		List<Phase> phases = services.phasesInOrder(journey);
		Phase attract = phases.get(0);
		Phase interest = phases.get(1);
		Phase convert = phases.get(2);
		Phase close = phases.get(3);
		Phase delight = phases.get(4);

		assertEquals(List.of("Attract", "Interest", "Convert", "Close", "Delight"), phases.stream().map(Phase::getName).toList());
		assertEquals(Arrays.asList(1, null, 0, null, 2), phases.stream().map(services::feeling).toList(), "feelings");
		assertEquals(List.of(attract), services.feelingAt(attract, 1));
		assertEquals(List.of(), services.feelingAt(attract, 0));
		assertEquals(List.of(), services.feelingAt(interest, 0), "a phase without a feeling sits on no level");
		assertEquals(List.of(convert), services.feelingAt(convert, 0));
		assertEquals(List.of(delight), services.feelingAt(delight, 2));
		assertEquals(List.of(convert), services.nextFeltPhase(attract), "the curve skips Interest, which has no feeling");
		assertEquals(List.of(convert), services.nextFeltPhase(interest));
		assertEquals(List.of(delight), services.nextFeltPhase(convert));
		assertEquals(List.of(delight), services.nextFeltPhase(close));
		assertEquals(List.of(), services.nextFeltPhase(delight), "the last felt phase ends the curve");

		List<Touchpoint> touchpoints = phases.stream().flatMap(phase -> services.touchpointsInOrder(phase).stream()).toList();
		assertEquals(List.of("SocialPost", "Landing", "SignupForm", "ConfirmationMail", "FirstIssue"),
				touchpoints.stream().map(Touchpoint::getName).toList());
		assertEquals(List.of("positive", "unrated", "negative", "unrated", "unrated"),
				touchpoints.stream().map(services::experienceKind).toList(), "experiences");
		assertEquals(List.of("social", "web", "web", "email", "email"), touchpoints.stream().map(services::channel).toList());
		assertEquals(List.of("Post on social media", "Social media"), List.of(services.touchpointLabel(touchpoints.get(0)).split("\n")));
		// journey-map.css: .ch-social { --channel: #db2777; }
		assertEquals(List.of(0xdb, 0x27, 0x77), List.of(services.channelRed(touchpoints.get(0)),
				services.channelGreen(touchpoints.get(0)), services.channelBlue(touchpoints.get(0))));
		assertTrue(touchpoints.stream().allMatch(services::isOnline), "social, web and e-mail are online channels");

		Pain longForm = convert.getPains().get(0);
		Opportunity emailOnly = convert.getOpportunities().get(0);
		assertEquals("medium", services.severity(longForm));
		assertEquals("quick-win", services.priority(emailOnly), "value high, effort low");
		assertEquals(List.of(longForm), services.fixedPains(emailOnly));
	}

	/** The experience and channel kinds the newsletter lacks, from the paintings example. */
	@Test
	void paintingsExampleHasANeutralExperienceAndAnOfflineShowroom() {
		Journey journey = fixtures.exampleJourney("PaintingsWebshop");
		Map<String, Touchpoint> touchpoints = new HashMap<>();
		services.phasesInOrder(journey).forEach(phase -> services.touchpointsInOrder(phase)
				.forEach(touchpoint -> touchpoints.put(touchpoint.getName(), touchpoint)));

		assertEquals("neutral", services.experienceKind(touchpoints.get("PaintingPage")), "experience 0");
		assertEquals("positive", services.experienceKind(touchpoints.get("Showroom")), "experience 2");
		assertEquals("negative", services.experienceKind(touchpoints.get("Checkout")), "experience -1");
		assertFalse(services.isOnline(touchpoints.get("Showroom")), "channel store offline");
		assertEquals("offline", services.onlineLabel(touchpoints.get("Showroom")));
		assertEquals("store", services.channel(touchpoints.get("Showroom")));
		// journey-map.css: .ch-store { --channel: #b45309; }
		assertEquals(List.of(0xb4, 0x53, 0x09), List.of(services.channelRed(touchpoints.get("Showroom")),
				services.channelGreen(touchpoints.get("Showroom")), services.channelBlue(touchpoints.get("Showroom"))));
	}

	private void samePhases(Journey journey, JourneyMap map, Document page) {
		List<String> diagram = services.phasesInOrder(journey).stream().map(Phase::getName).toList();

		assertEquals(map.columns().stream().map(Column::name).toList(), diagram, "the journey map's columns");
		assertEquals(page.select("table.map > thead th.phase-head").eachAttr("data-phase"), diagram, "the report's columns");
	}

	private void samePhaseTitles(Journey journey, Document page) {
		Elements heads = page.select("table.map > thead th.phase-head");
		List<Phase> phases = services.phasesInOrder(journey);
		assertEquals(heads.size(), phases.size());
		for (int i = 0; i < phases.size(); i++) {
			String[] lines = services.phaseLabel(phases.get(i)).split("\n");
			Element head = heads.get(i);
			assertEquals((i + 1) + ". " + head.selectFirst(".phase-title").wholeText(), lines[0]);
			Element modelPhase = head.selectFirst(".model-phase");
			if (lines.length > 1) {
				assertNotNull(modelPhase, () -> "the report names no model phase for " + lines[0]);
				assertEquals(modelPhase.wholeText(), lines[1]);
			} else if (modelPhase != null) {
				assertEquals(head.selectFirst(".phase-title").wholeText(), modelPhase.wholeText(),
						"the diagram leaves out the model phase's name only where it is the heading");
			}
		}
	}

	private void sameTouchpoints(Journey journey, JourneyMap map, Document page) {
		List<Element> cells = laneCells(page, "article.touchpoint");
		List<Phase> phases = services.phasesInOrder(journey);
		for (int i = 0; i < phases.size(); i++) {
			Phase phase = phases.get(i);
			List<String> diagram = services.touchpointsInOrder(phase).stream().map(Touchpoint::getName).toList();

			assertEquals(map.columns().get(i).touchpoints().stream()
					.map(JourneyMap.TouchpointCard::name).toList(), diagram, "the map's touchpoints of " + phase.getName());
			List<String> report = cells.isEmpty() ? List.of() : cells.get(i).select("article.touchpoint").eachAttr("data-touchpoint");
			assertEquals(report, diagram, "the report's touchpoints of " + phase.getName());
			assertEquals(phase.getTouchpoints().size(), diagram.size(), "every touchpoint of " + phase.getName() + " once");
		}
	}

	private void sameTouchpointCards(Journey journey, Document page) {
		Map<String, String> channelColours = channelColours(page);
		Elements cards = page.select("table.map article.touchpoint");
		List<Touchpoint> touchpoints = services.phasesInOrder(journey).stream()
				.flatMap(phase -> services.touchpointsInOrder(phase).stream()).toList();
		assertEquals(cards.size(), touchpoints.size());
		for (int i = 0; i < touchpoints.size(); i++) {
			Touchpoint touchpoint = touchpoints.get(i);
			Element card = cards.get(i);
			String[] label = services.touchpointLabel(touchpoint).split("\n");

			assertEquals(card.attr("data-touchpoint"), touchpoint.getName());
			assertEquals(card.selectFirst(".touchpoint-title").wholeText(), label[0]);
			// the channel's name after the card's number in its phase
			assertEquals(card.selectFirst(".channel-name").ownText(), label[1]);
			assertTrue(card.hasClass("ch-" + services.channel(touchpoint)), () -> card.className());
			String colour = String.format("#%02x%02x%02x", services.channelRed(touchpoint), services.channelGreen(touchpoint),
					services.channelBlue(touchpoint));
			assertEquals(channelColours.get(services.channel(touchpoint)), colour, "colour of " + touchpoint.getName());
			assertEquals(card.selectFirst(".mode").hasClass("online"), services.isOnline(touchpoint));
			assertEquals(card.selectFirst(".mode").wholeText(), services.onlineLabel(touchpoint));
			boolean markedInReport = !page.select("table.map svg .experience-point[data-touchpoint-experience="
					+ touchpoint.getName() + "]").isEmpty();
			assertEquals(markedInReport, !services.experienceKind(touchpoint).equals("unrated"),
					"the report marks the experience of " + touchpoint.getName() + " exactly where the diagram rates it");
		}
	}

	private void sameCurve(Journey journey, JourneyMap map, Document page) {
		List<Phase> phases = services.phasesInOrder(journey);
		List<Integer> diagram = phases.stream().map(services::feeling).toList();
		Elements points = page.select("table.map svg .curve-point");

		assertEquals(map.feelingCurve().stream().map(CurvePoint::feeling).toList(), diagram, "the map's curve");
		List<Phase> felt = phases.stream().filter(p -> services.feeling(p) != null).toList();
		assertEquals(points.eachAttr("data-phase"), felt.stream().map(Phase::getName).toList(), "the report's curve points");
		assertEquals(points.eachAttr("data-feeling"), felt.stream().map(p -> services.feeling(p).toString()).toList(),
				"the report's curve values");
		// the report's points, in its curve's order, are where the diagram's levels and lines must be
		List<String> reportPoints = points.eachAttr("data-phase");
		List<String> phaseNames = phases.stream().map(Phase::getName).toList();
		for (int i = 0; i < phases.size(); i++) {
			Phase phase = phases.get(i);
			List<Integer> levels = IntStream.rangeClosed(ScoreScale.MIN, ScoreScale.MAX).boxed()
					.filter(score -> !services.feelingAt(phase, score).isEmpty()).toList();
			Element point = page.selectFirst("table.map svg .curve-point[data-phase=" + phase.getName() + "]");
			assertEquals(point == null ? List.of() : List.of(Integer.valueOf(point.attr("data-feeling"))), levels,
					"the level of the feeling lane where " + phase.getName() + "'s point sits");
			int column = i;
			List<String> nextInReport = reportPoints.stream().filter(name -> phaseNames.indexOf(name) > column).limit(1)
					.toList();
			assertEquals(nextInReport, services.nextFeltPhase(phase).stream().map(Phase::getName).toList(),
					"where the curve goes from " + phase.getName());
		}
	}

	private void samePains(Journey journey, Document page) {
		List<Pain> pains = services.phasesInOrder(journey).stream().flatMap(p -> p.getPains().stream()).toList();
		Elements cards = page.select("table.map article.pain");

		assertEquals(cards.eachAttr("data-pain"), pains.stream().map(Pain::getName).toList());
		for (int i = 0; i < pains.size(); i++) {
			Pain pain = pains.get(i);
			Element card = cards.get(i);
			String[] label = services.painLabel(pain).split("\n");
			assertEquals(card.selectFirst(".pain-title").wholeText(), label[0]);
			Element severity = card.selectFirst(".severity");
			assertEquals(severity == null ? "none" : severity.className().replace("severity severity-", ""), services.severity(pain));
			if (severity != null) {
				assertTrue(label[1].endsWith(severity.wholeText()), () -> label[1] + " shows " + severity.wholeText());
			}
		}
	}

	private void sameOpportunities(Journey journey, Document page) {
		List<Opportunity> opportunities = services.phasesInOrder(journey).stream().flatMap(p -> p.getOpportunities().stream())
				.toList();
		Elements cards = page.select("table.map article.opportunity");

		assertEquals(cards.eachAttr("data-opportunity"), opportunities.stream().map(Opportunity::getName).toList());
		for (int i = 0; i < opportunities.size(); i++) {
			Opportunity opportunity = opportunities.get(i);
			Element card = cards.get(i);
			String[] label = services.opportunityLabel(opportunity).split("\n");
			Element tag = card.selectFirst(".quadrant-tag");
			assertNotNull(tag, () -> "no priority for " + opportunity.getName() + " in the report");
			Quadrant quadrant = Quadrant.valueOf(tag.className().replace("quadrant-tag quadrant-", ""));

			assertEquals(card.selectFirst(".opportunity-title").wholeText(), label[0]);
			assertEquals(quadrant.id(), services.priority(opportunity));
			assertEquals(tag.wholeText(), label[1]);
			assertEquals(opportunity.getFixes().stream().filter(p -> !p.eIsProxy()).toList(), services.fixedPains(opportunity));
		}
	}

	private void sameKpis(Journey journey, Document page) {
		List<Element> cells = laneCells(page, ".kpi-chip");
		List<Phase> phases = services.phasesInOrder(journey);
		for (int i = 0; i < phases.size(); i++) {
			Phase phase = phases.get(i);
			List<String> report = new ArrayList<>();
			if (!cells.isEmpty()) {
				for (Element chip : cells.get(i).select(".kpi-chip")) {
					Element values = chip.selectFirst(".kpi-chip-values");
					report.add(chip.attr("data-kpi") + " | " + chip.selectFirst(".kpi-chip-title").wholeText()
							+ (values == null ? "" : " | " + values.wholeText()));
				}
			}
			List<String> diagram = new ArrayList<>();
			for (Kpi kpi : services.phaseKpis(phase)) {
				String[] label = services.kpiLabel(kpi).split("\n");
				diagram.add(kpi.getName() + " | " + label[0] + (label.length > 1 ? " | " + label[1] : ""));
			}
			assertEquals(report, diagram, "KPIs of " + phase.getName());
		}
	}

	/** The report draws a lane only where some phase has content for it; the diagram titles it the same. */
	private void sameLaneTitles(Journey journey, Document page) {
		List<String> lanes = page.select("table.map th.lane-label").stream().map(Element::ownText).filter(t -> !t.isBlank())
				.map(String::strip).toList();
		List<Phase> phases = services.phasesInOrder(journey);
		Map<String, Boolean> filled = Map.of(
				"lane.feeling", phases.stream().anyMatch(p -> services.feeling(p) != null),
				"lane.touchpoints", phases.stream().anyMatch(p -> !services.touchpointsInOrder(p).isEmpty()),
				"lane.pains", phases.stream().anyMatch(p -> !p.getPains().isEmpty()),
				"lane.opportunities", phases.stream().anyMatch(p -> !p.getOpportunities().isEmpty()),
				"lane.kpis", phases.stream().anyMatch(p -> !services.phaseKpis(p).isEmpty()));
		assertTrue(filled.values().stream().anyMatch(Boolean::booleanValue), "the journey has content in some lane");
		filled.forEach((key, hasContent) -> {
			String title = services.laneLabel(phases.get(0), key);
			if (hasContent) {
				assertTrue(lanes.contains(title), () -> title + " is not one of the report's lanes " + lanes);
			}
		});
	}

	private void sameKpiTree(Journey journey, JourneyMap map, Document page) {
		List<String> kpis = services.scorecardKpis(journey).stream().map(Kpi::getName).toList();

		assertEquals(map.goals().stream().map(JourneyMap.GoalSummary::name).toList(),
				services.pursuedGoals(journey).stream().map(Goal::getName).toList());
		assertEquals(map.kpis().stream().map(JourneyMap.KpiCard::name).toList(), kpis, "the map's KPIs");
		assertEquals(page.select("#kpis .kpi-card").eachAttr("data-kpi"), kpis, "the report's scorecard");
		for (Goal goal : services.pursuedGoals(journey)) {
			assertTrue(kpis.containsAll(services.goalKpis(goal).stream().map(Kpi::getName).toList()),
					() -> "every KPI of " + goal.getName() + " is in the tree");
		}
		for (Kpi kpi : services.scorecardKpis(journey)) {
			String formula = map.kpis().stream().filter(c -> c.name().equals(kpi.getName())).findFirst().orElseThrow().formula();
			List<String> events = services.formulaEvents(kpi).stream().map(Event::getName).toList();
			assertEquals(formula == null, events.isEmpty(), () -> kpi.getName() + ": events " + events + " of " + formula);
			for (String event : events) {
				assertTrue(Pattern.compile("\\b" + Pattern.quote(event) + "\\b").matcher(formula).find(),
						() -> kpi.getName() + "'s formula " + formula + " does not name " + event);
			}
			assertTrue(services.measuredEvents(journey).containsAll(services.formulaEvents(kpi)));
		}
	}

	/** The cells, one per phase, of the map's lane that holds elements matching {@code selector}. */
	private static List<Element> laneCells(Document page, String selector) {
		Element any = page.selectFirst("table.map > tbody " + selector);
		if (any == null) {
			return List.of();
		}
		return any.closest("tr").children().stream().filter(cell -> cell.tagName().equals("td")).toList();
	}

	/** The channel colours of the page's inline style sheet, by channel literal. */
	private static Map<String, String> channelColours(Document page) {
		Map<String, String> colours = new HashMap<>();
		Matcher rule = CHANNEL_RULE.matcher(page.select("style").html());
		while (rule.find()) {
			colours.put(rule.group(1), rule.group(2).toLowerCase());
		}
		assertFalse(colours.isEmpty(), "the report's style sheet has no channel colours");
		assertEquals(colours.keySet(), ChannelColours.all().keySet(), "the diagram knows every channel colour of the report");
		return colours;
	}
}
