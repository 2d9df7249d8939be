package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.generator.report.html.BarLengths;
import org.journey.dsl.generator.report.html.FeelingCurveGeometry;
import org.journey.dsl.generator.report.html.MapGridLayout;
import org.journey.dsl.generator.report.html.ScoreStyle;
import org.journey.dsl.map.JourneyMap.Column;
import org.journey.dsl.map.JourneyMap.TouchpointCard;
import org.junit.jupiter.api.Test;

/** The HTML report's layout maths and score colours, apart from the page. */
class HtmlLayoutTest {

	@Test
	void aScoresClassNamesItsSignAndSizeAndScoresOffTheScaleTakeTheNearestEnd() {
		// given / when / then
		assertEquals("m2", ScoreStyle.cssClass(-2));
		assertEquals("0", ScoreStyle.cssClass(0));
		assertEquals("p1", ScoreStyle.cssClass(1));
		assertEquals("p2", ScoreStyle.cssClass(7));
		assertEquals("m2", ScoreStyle.cssClass(-5));
	}

	@Test
	void scoreColoursAreTheStyleSheets() throws IOException {
		// given
		String styleSheet;
		try (InputStream in = HtmlReport.class.getResourceAsStream("journey-map.css")) {
			styleSheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}

		// when
		ScoreStyle style = ScoreStyle.of(styleSheet);

		// then
		assertEquals("#dc2626", style.colour(-2));
		assertEquals("#94a3b8", style.colour(0));
		assertEquals("#15803d", style.colour(2));
		assertEquals("#15803d", style.colour(3), "off the scale: the nearest end's colour");
	}

	@Test
	void theCurvesScoresRunFromTheTopOfTheScaleDown() {
		// given / when
		List<Integer> scores = FeelingCurveGeometry.scoresTopDown();

		// then
		assertEquals(List.of(2, 1, 0, -1, -2), scores);
		assertEquals(22.0, FeelingCurveGeometry.y(2));
		assertEquals(134.0, FeelingCurveGeometry.y(-2));
		assertEquals(134.0, FeelingCurveGeometry.y(-9), "off the scale: drawn at the nearest end");
	}

	@Test
	void aSadFacesMouthCurvesDownAndAHappyOnesUp() {
		// given / when / then
		assertEquals(6.0, FeelingCurveGeometry.mouth(-1));
		assertEquals(3.8, FeelingCurveGeometry.mouthMiddle(-1), 1e-9);
		assertEquals(3.5, FeelingCurveGeometry.mouth(2));
		assertEquals(7.9, FeelingCurveGeometry.mouthMiddle(2), 1e-9);
	}

	@Test
	void aWideMapIsZoomedToFitAnA3PageAndPhasesShadeFromIndigoToTeal() {
		// given / when / then
		assertEquals("1", MapGridLayout.printZoom(5), "140 + 5 * 196 = 1120 px fits 1505 px");
		assertEquals("0.71", MapGridLayout.printZoom(10), "140 + 10 * 196 = 2100 px: 0.7167 rounded down");
		assertEquals(228, MapGridLayout.phaseHue(0, 1));
		assertEquals(228, MapGridLayout.phaseHue(0, 4));
		assertEquals(168, MapGridLayout.phaseHue(3, 4));
		assertEquals(198, MapGridLayout.phaseHue(2, 5));
	}

	@Test
	void aColumnIsWidenedToHoldItsLongestWordAndTheOverviewHidesWhereTheMapFits() {
		// given a phase whose touchpoint is called by a Danish compound of 29 letters, and one of short words
		Column shortWords = column("Køb", "Kassen");
		Column longWord = column("Kassen", "Abonnementsbekræftelsesmailen");

		// when / then: 29 letters of 13 px bold at 0.70 em, plus the card's padding and score, 80 px
		assertEquals(0, MapGridLayout.minimumColumnWidth(List.of(shortWords)), "the style's width holds short words");
		assertEquals(344, MapGridLayout.minimumColumnWidth(List.of(shortWords, longWord)), "29 * 13 * 0.70 + 80 = 343.9");
		assertEquals("@container journey-map (min-width: 1048px) { .map-overview { display: none; } }",
				MapGridLayout.overviewRule(List.of(shortWords, shortWords, shortWords, shortWords)), "152 + 4 * 224");
		assertEquals("@container journey-map (min-width: 840px) { .map-overview { display: none; } }",
				MapGridLayout.overviewRule(List.of(shortWords, longWord)), "152 + 2 * 344");
		assertEquals("phase-2", MapGridLayout.phaseAnchor(longWord));
	}

	private static Column column(String heading, String touchpoint) {
		TouchpointCard card = new TouchpointCard(touchpoint, null, null, "web", "Web", true, null, 1, List.of(), List.of());
		return new Column(1, heading, null, null, null, null, List.of(), List.of(), null, null, null, List.of(card), List.of(),
				List.of(), List.of());
	}

	@Test
	void aKpisProgressBarStaysWithinItsTrack() {
		// given / when / then: behind the baseline empty, past the target full
		assertEquals("50%", BarLengths.progress(new BigDecimal("0.5")));
		assertEquals("0%", BarLengths.progress(new BigDecimal("-0.77")));
		assertEquals("100%", BarLengths.progress(new BigDecimal("1.1")));
	}
}
