package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.text.StringEscapeUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.Chromium;
import org.journey.tests.support.ExternalTools;
import org.journey.tests.support.JourneyFixture;
import org.journey.tests.support.Slow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The example reports' layout measured in headless Chromium, not looked at: at 390 px (a phone) no
 * element reaches past the page's right edge (the map and the tables scroll inside their own boxes);
 * printed to PDF, every page is A3 landscape and the journey map fits one page (every lane label
 * on the page of the map's heading). Needs chromium and pdfinfo/pdftotext (poppler-utils), which
 * .ci/run installs; without them a developer machine skips, CI fails.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
@Slow
class HtmlReportLayoutBrowserTest {

	private static final Path OUTPUT = Path.of("target", "html-report-layout");
	private static final String A3_LANDSCAPE = "1191.12 x 841.92 pts (A3)";
	private static final Pattern CSP = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>");
	private static final Pattern LANE_LABEL = Pattern.compile("class=\"lane-label\">([^<]+)<");
	private static final Pattern MAP_HEADING = Pattern.compile("<section class=\"report-section map-section\" id=\"journey-map\">\\s*<h2>([^<]+)</h2>");

	@Inject
	private JourneyFixture fixtures;

	@TestFactory
	Stream<DynamicTest> nothingReachesPastAPhoneScreen() throws IOException {
		Path chromium = ExternalTools.require("chromium", "chromium", "chromium-browser");
		Files.createDirectories(OUTPUT);
		return fixtures.exampleJourneys().stream().map(journey -> DynamicTest.dynamicTest(name(journey), () -> {
			// given the report with a script that lists what reaches past the right edge (the page's
			// policy forbids scripts, so this copy leaves it out)
			String probe = """
					<script>window.addEventListener('load', function () {
					  var width = document.documentElement.clientWidth, out = [];
					  document.querySelectorAll('body *').forEach(function (e) {
					    var r = e.getBoundingClientRect(), p = e.parentElement.getBoundingClientRect();
					    if (r.width > 0 && r.right > width + 1 && p.right <= width + 1) { out.push(e.tagName + '.' + e.getAttribute('class')); }
					  });
					  parent.postMessage('scrollWidth=' + document.documentElement.scrollWidth + ' ' + out.join(' '), '*');
					});</script>""";
			Path page = OUTPUT.resolve(name(journey) + "-390.html").toAbsolutePath();
			Files.writeString(page, CSP.matcher(JourneyFixture.render(journey)).replaceFirst("").replace("</body>", probe + "</body>"),
					StandardCharsets.UTF_8);
			// Chromium's window is never narrower than 500 px: the page goes into a 390 px frame
			Path frame = OUTPUT.resolve(name(journey) + "-frame.html").toAbsolutePath();
			Files.writeString(frame, "<html><body><pre id=\"probe\"></pre><iframe src=\"" + page.toUri()
					+ "\" style=\"width:390px;height:900px;border:0\"></iframe><script>window.addEventListener('message',"
					+ " function (e) { document.getElementById('probe').textContent = e.data; });</script></body></html>",
					StandardCharsets.UTF_8);

			// when Chromium lays it out
			String dom = run(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
					"--virtual-time-budget=5000", "--window-size=1000,1000", "--dump-dom", frame.toUri().toString());

			// then nothing but the scrolling boxes' contents is wider than the screen
			Matcher result = Pattern.compile("<pre id=\"probe\">([^<]*)</pre>").matcher(dom);
			assertTrue(result.find() && !result.group(1).isEmpty(), "the probe did not report:\n" + dom);
			List<String> reported = List.of(result.group(1).trim().split(" "));
			assertEquals("scrollWidth=390", reported.get(0), result.group(1));
			List<String> outside = reported.subList(1, reported.size()).stream()
					.filter(element -> !element.equals("TABLE.map") && !element.equals("TABLE.coverage")).toList();
			assertEquals(List.of(), outside, "elements past the right edge of a 390 px screen");
		}));
	}

	@TestFactory
	Stream<DynamicTest> theLaneLabelsStayOpaqueOverTheScrolledMap() throws IOException {
		Path chromium = ExternalTools.require("chromium", "chromium", "chromium-browser");
		Files.createDirectories(OUTPUT);
		return fixtures.exampleJourneys().stream().map(journey -> DynamicTest.dynamicTest(name(journey), () -> {
			// given the map scrolled sideways, and a script that asks what is seen at points across the
			// lane labels' column, from the scrolling box's left edge to the labels' right edge
			String probe = """
					<script>window.addEventListener('load', function () {
					  var box = document.querySelector('.map-scroll');
					  window.scrollTo(0, 0);
					  box.scrollLeft = box.scrollWidth;
					  var out = [], rows = document.querySelectorAll('.map tbody tr');
					  rows.forEach(function (row) {
					    var label = row.querySelector(':scope > .lane-label');
					    if (!label || label.getBoundingClientRect().height < 4) { return; }
					    var r = label.getBoundingClientRect();
					    for (var x = box.getBoundingClientRect().left + 1; x < r.right - 1; x += 6) {
					      var seen = document.elementFromPoint(x, r.top + r.height / 2);
					      if (!seen || !label.contains(seen)) { out.push(Math.round(x) + ':' + (seen ? seen.tagName + '.' + seen.getAttribute('class') : 'nothing')); }
					    }
					  });
					  var d = document.createElement('pre'); d.id = 'probe'; d.textContent = 'scrolled=' + box.scrollLeft + ' ' + out.join(' ');
					  document.body.appendChild(d);
					});</script>""";
			Path page = OUTPUT.resolve(name(journey) + "-scrolled.html").toAbsolutePath();
			Files.writeString(page, CSP.matcher(JourneyFixture.render(journey)).replaceFirst("").replace("</body>", probe + "</body>"),
					StandardCharsets.UTF_8);

			// when Chromium lays it out at a width where the map scrolls, in a window tall enough to hold
			// the whole map (elementFromPoint sees only what is in the window)
			String dom = run(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
					"--virtual-time-budget=5000", "--window-size=1200,9000", "--dump-dom", page.toUri().toString());

			// then at every point of the labels' column the label is what is seen, not a cell passing under it
			Matcher result = Pattern.compile("<pre id=\"probe\">([^<]*)</pre>").matcher(dom);
			assertTrue(result.find(), "the probe did not report");
			List<String> reported = List.of(result.group(1).trim().split(" "));
			assertTrue(!reported.get(0).equals("scrolled=0"), "the map did not scroll: " + reported.get(0));
			assertEquals(List.of(), reported.subList(1, reported.size()), "what shows through the lane labels' column");
		}));
	}

	@TestFactory
	Stream<DynamicTest> printsOnA3WithTheMapOnOnePage() throws IOException {
		Path chromium = ExternalTools.require("chromium", "chromium", "chromium-browser");
		ExternalTools.require("poppler-utils", "pdfinfo");
		Files.createDirectories(OUTPUT);
		return fixtures.exampleJourneys().stream().map(journey -> DynamicTest.dynamicTest(name(journey), () -> {
			// given
			String html = JourneyFixture.render(journey);
			Path page = OUTPUT.resolve(name(journey) + ".html").toAbsolutePath();
			Path pdf = OUTPUT.resolve(name(journey) + ".pdf").toAbsolutePath();
			Files.writeString(page, html, StandardCharsets.UTF_8);
			Files.deleteIfExists(pdf);

			// when it is printed
			run(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
					"--print-to-pdf=" + pdf, page.toUri().toString());

			// then every page is A3 landscape
			int pages = Integer.parseInt(run("pdfinfo", pdf.toString()).lines().filter(line -> line.startsWith("Pages:"))
					.findFirst().orElseThrow().replaceAll("\\D", ""));
			List<String> sizes = run("pdfinfo", "-f", "1", "-l", Integer.toString(pages), pdf.toString()).lines()
					.filter(line -> line.matches("Page\\s+\\d+ size:.*")).map(line -> line.replaceFirst("^Page\\s+\\d+ size:\\s+", "")).distinct()
					.toList();
			assertEquals(List.of(A3_LANDSCAPE), sizes, pdf.toString());
			// and the page with the map's heading has every lane of the map
			Matcher heading = MAP_HEADING.matcher(html);
			assertTrue(heading.find(), "no map section in " + page);
			List<String> lanes = new ArrayList<>();
			Matcher label = LANE_LABEL.matcher(html);
			while (label.find()) {
				lanes.add(StringEscapeUtils.unescapeXml(label.group(1).trim()));
			}
			String mapPage = null;
			for (int number = 1; number <= pages && mapPage == null; number++) {
				String text = run("pdftotext", "-f", Integer.toString(number), "-l", Integer.toString(number), pdf.toString(), "-");
				if (text.contains(heading.group(1))) {
					mapPage = text;
				}
			}
			assertTrue(mapPage != null, "the map's heading '" + heading.group(1) + "' is on no page of " + pdf);
			String onThePage = mapPage;
			assertEquals(List.of(), lanes.stream().filter(lane -> !onThePage.contains(lane)).toList(),
					"lanes of the map that went on to another page of " + pdf);
		}));
	}

	private static String name(Journey journey) {
		return JourneyMapBuilder.qualifiedName(journey);
	}

	private static String run(String... command) throws IOException, InterruptedException {
		return Chromium.run(command);
	}
}
