package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.report.portfolio.PortfolioIndex;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.ExternalTools;
import org.journey.tests.support.JourneyFixture;
import org.journey.tests.support.Slow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.journey.dsl.generator.report.html.Html;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The examples' portfolio index in headless Chromium: it renders without a console message, and
 * at a phone's 390 px and a desktop's 1600 px no element reaches past the page's edge. Chromium's
 * headless window is at least 500 px wide, so the page is measured in an iframe of the width in
 * question, by a script of the measuring page (the index itself runs none: its policy forbids it).
 * Pages, screenshots and measurements stay in {@code target/portfolio-browser} for people to look at.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
@Slow
class PortfolioBrowserTest {

	private static final Path OUTPUT = Path.of("target", "portfolio-browser");
	private static final long TIMEOUT_SECONDS = 120;

	/** Writes the iframe's width, the document's scroll width and every element past either edge into the page. */
	private static final String MEASURE = """
			document.getElementById('page').addEventListener('load', function () {
			  var doc = this.contentDocument, width = doc.documentElement.clientWidth, outside = [];
			  doc.querySelectorAll('body *').forEach(function (element) {
			    var box = element.getBoundingClientRect();
			    if (box.right > width + 0.5 || box.left < -0.5) {
			      outside.push(element.tagName.toLowerCase() + '.' + element.className + ' ' + Math.round(box.left) + '..' + Math.round(box.right));
			    }
			  });
			  var result = document.createElement('pre');
			  result.id = 'measured';
			  result.textContent = 'width ' + width + '\\nscrollWidth ' + doc.documentElement.scrollWidth + '\\n' + outside.join('\\n');
			  document.body.appendChild(result);
			});
			""";

	@Inject
	private JourneyFixture fixtures;

	@Test
	void theExamplesIndexFitsAPhoneAndADesktop() throws IOException, InterruptedException {
		// given
		Path chromium = ExternalTools.require("chromium", "chromium", "chromium-browser");
		Files.createDirectories(OUTPUT);
		String index = PortfolioIndex.files(fixtures.exampleJourneys().stream().map(JourneyMapBuilder::build).toList(),
				List.of("html")).get(PortfolioIndex.HTML_FILE);
		Path page = OUTPUT.resolve("index.html").toAbsolutePath();
		Files.writeString(page, index, StandardCharsets.UTF_8);

		for (int width : new int[] { 1600, 390 }) {
			// when
			Path screenshot = OUTPUT.resolve("index-" + width + ".png").toAbsolutePath();
			Files.deleteIfExists(screenshot);
			String log = chromium(chromium, "--window-size=" + width + ",3000", "--screenshot=" + screenshot, page.toUri().toString());
			Path measuring = OUTPUT.resolve("measure-" + width + ".html").toAbsolutePath();
			Files.writeString(measuring, "<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"page\" style=\"border:0;width:"
					+ width + "px;height:900px\" srcdoc=\"" + Html.escape(index) + "\"></iframe><script>" + MEASURE
					+ "</script></body></html>", StandardCharsets.UTF_8);
			Document measured = Jsoup.parse(chromium(chromium, "--window-size=1700,1000", "--dump-dom", measuring.toUri().toString()));

			// then
			List<String> console = log.lines().filter(line -> line.contains(":CONSOLE")).toList();
			assertTrue(console.isEmpty(), () -> "Console messages at " + width + " px:\n" + String.join("\n", console));
			assertTrue(Files.size(screenshot) > 10_000, () -> "no screenshot at " + width + " px: " + log);
			List<String> lines = measured.select("#measured").text().lines().toList();
			Files.writeString(OUTPUT.resolve("measured-" + width + ".txt"), String.join("\n", lines));
			assertTrue(lines.size() >= 2, () -> "the measuring script did not run: " + measured.body().html());
			assertEquals("width " + width, lines.get(0));
			assertEquals("scrollWidth " + width, lines.get(1), () -> "the page is wider than " + width + " px");
			assertEquals(List.of(), lines.subList(2, lines.size()), "elements past the page's edge at " + width + " px");
		}
	}

	/** Runs headless Chromium; returns what it printed (the DOM for --dump-dom, its log otherwise). */
	private static String chromium(Path chromium, String... args) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory("journey-chromium-");
		Path output = Files.createTempFile("journey-chromium-", ".txt");
		try {
			List<String> command = new java.util.ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
					"--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
			command.addAll(List.of(args));
			boolean dump = command.contains("--dump-dom");
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile());
			if (dump) {
				builder.redirectError(ProcessBuilder.Redirect.DISCARD);
			} else {
				builder.redirectErrorStream(true);
			}
			Process process = builder.start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
			}
			String printed = Files.readString(output, StandardCharsets.UTF_8);
			assertEquals(0, process.exitValue(), () -> "Chromium failed: " + command + "\n" + printed);
			return printed;
		} finally {
			Files.deleteIfExists(output);
			try (Stream<Path> walk = Files.walk(profile)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}
}
