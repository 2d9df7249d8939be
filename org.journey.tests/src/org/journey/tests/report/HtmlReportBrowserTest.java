package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.MeasurementsFolder;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.ExternalTools;
import org.journey.tests.support.JourneyFixture;
import org.journey.tests.support.Slow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Every example's HTML report opened in a real browser, headless Chromium: the page must render
 * without a console message (with no script on the page, any message is a blocked load, a
 * Content-Security-Policy violation or a parse problem) and its screenshot must not be blank.
 * The pages and screenshots stay in {@code target/html-report-browser} for people to look at.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
@Slow
class HtmlReportBrowserTest {

	private static final Path OUTPUT = Path.of("target", "html-report-browser");
	private static final long TIMEOUT_SECONDS = 120;

	@Inject
	private JourneyFixture fixtures;

	@TestFactory
	Stream<DynamicTest> everyExampleRendersInChromium() throws IOException {
		Path chromium = ExternalTools.require("chromium", "chromium", "chromium-browser");
		Files.createDirectories(OUTPUT);
		List<Journey> journeys = fixtures.exampleJourneys();
		Stream<DynamicTest> examples = journeys.stream().map(journey -> {
			String name = JourneyMapBuilder.qualifiedName(journey);
			String html = JourneyFixture.render(journey);
			return DynamicTest.dynamicTest(name, () -> rendersCleanly(chromium, name, html));
		});
		// the page with every part of the actuals: funnel against the plan, KPI actuals, tracking coverage
		Path actuals = Path.of("resources", "golden", "actuals");
		Journey measured = fixtures.parseJourney(Files.readString(actuals.resolve("actuals.journey")));
		String measuredHtml = new HtmlReport().render(JourneyMapBuilder.build(measured).withActuals(
				new MeasurementsFolder(actuals.resolve("measurements")).actualsOf("golden.PassJourney").orElseThrow()));
		return Stream.concat(examples, Stream.of(DynamicTest.dynamicTest("golden.PassJourney with actuals",
				() -> rendersCleanly(chromium, "golden.PassJourney-actuals", measuredHtml))));
	}

	private static void rendersCleanly(Path chromium, String name, String html) throws IOException, InterruptedException {
		// given
		Path page = OUTPUT.resolve(name + ".html").toAbsolutePath();
		Path screenshot = OUTPUT.resolve(name + ".png").toAbsolutePath();
		Files.writeString(page, html, StandardCharsets.UTF_8);
		Files.deleteIfExists(screenshot);

		// when
		Path log = OUTPUT.resolve(name + ".chromium.log").toAbsolutePath();
		int exitCode = runChromium(chromium, page, screenshot, log);

		// then
		List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
		assertEquals(0, exitCode, () -> "Chromium failed on " + page + ":\n" + String.join("\n", output));
		List<String> console = output.stream().filter(line -> line.contains(":CONSOLE")).toList();
		assertTrue(console.isEmpty(), () -> "Console messages for " + page + ":\n" + String.join("\n", console));
		assertTrue(Files.isRegularFile(screenshot), () -> "No screenshot of " + page + ":\n" + String.join("\n", output));
		assertNotBlank(screenshot);
	}

	private static int runChromium(Path chromium, Path page, Path screenshot, Path log) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory("journey-chromium-");
		try {
			Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
					"--window-size=1600,1200", "--screenshot=" + screenshot, page.toUri().toString())
					.redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s on " + page);
			}
			return process.exitValue();
		} finally {
			deleteRecursively(profile);
		}
	}

	/** A rendered report has text, cards and colours: many colours, and no single one covering nearly all of it. */
	private static void assertNotBlank(Path screenshot) throws IOException {
		BufferedImage image = ImageIO.read(screenshot.toFile());
		Map<Integer, Integer> colours = new HashMap<>();
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				colours.merge(image.getRGB(x, y), 1, Integer::sum);
			}
		}
		int pixels = image.getWidth() * image.getHeight();
		int commonest = colours.values().stream().max(Integer::compare).orElse(0);
		assertTrue(colours.size() > 64, () -> screenshot + " has only " + colours.size() + " colours");
		assertTrue(commonest < pixels * 0.9, () -> screenshot + " is mostly one colour");
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
