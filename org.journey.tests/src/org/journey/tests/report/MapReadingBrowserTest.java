package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.Chromium;
import org.journey.tests.support.ExternalTools;
import org.journey.tests.support.JourneyFixture;
import org.journey.tests.support.Slow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Reading the map, measured in headless Chromium: no word of the text is cut across two lines (on
 * a phone, on a wide screen, on paper), and where the map is wider than the screen the overview
 * shows every phase at once. Chromium here hyphenates no language (no dictionaries offline), so
 * the page must give every word room rather than rely on hyphenation: the examples and a Danish
 * journey of twelve phases with long compound words are checked. Identifiers in code may break
 * anywhere and are left out. Needs chromium and pdftotext (poppler-utils), which .ci/run installs;
 * without them a developer machine skips, CI fails.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
@Slow
class MapReadingBrowserTest {

	private static final Path OUTPUT = Path.of("target", "map-reading");
	private static final List<Integer> SCREEN_WIDTHS = List.of(390, 1600);
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
	private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)$");
	private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)");

	/** Lists the words of the text (outside code and drawings) whose letters lie on more than one line. */
	private static final String CUT_WORDS = """
			var cut = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), node;
			while ((node = walker.nextNode())) {
			  var parent = node.parentElement;
			  if (!parent || parent.closest('code, svg, script, style')) { continue; }
			  var words = /[\\p{L}\\p{N}]+/gu, word;
			  while ((word = words.exec(node.textContent))) {
			    var range = document.createRange();
			    range.setStart(node, word.index);
			    range.setEnd(node, word.index + word[0].length);
			    var lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
			    if (lines.size > 1) { cut.push(word[0]); }
			  }
			}
			report('cut:' + cut.join(' '));""";

	/** Whether the map fits its box, whether the overview shows, and how many of its tiles lie off the screen. */
	private static final String OVERVIEW = """
			var box = document.querySelector('.map-scroll'), overview = document.querySelector('.map-overview');
			var width = document.documentElement.clientWidth;
			var tiles = overview ? [...overview.querySelectorAll('.overview-phase')] : [];
			var outside = tiles.filter(t => { var r = t.getBoundingClientRect(); return r.left < -1 || r.right > width + 1; });
			var last = tiles.length ? tiles[tiles.length - 1].querySelector('a') : null;
			var shown = !!overview && getComputedStyle(overview).display !== 'none';
			var fits = box.scrollWidth <= box.clientWidth + 1;
			if (!shown || !last) { report('fits=' + fits + ' shown=' + shown + ' tiles=' + tiles.length + ' outside=' + outside.length + ' linked=none'); return; }
			last.click();
			setTimeout(function () {
			  var head = document.getElementById(last.getAttribute('href').substring(1)).getBoundingClientRect();
			  var labels = document.querySelector('.map .lane-label.corner').getBoundingClientRect();
			  var linked = head.left >= labels.right - 1 && head.left < box.getBoundingClientRect().right - 40;
			  report('fits=' + fits + ' shown=' + shown + ' tiles=' + tiles.length + ' outside=' + outside.length + ' linked=' + linked);
			}, 200);""";

	@Inject
	private JourneyFixture fixtures;

	@TestFactory
	Stream<DynamicTest> noWordIsCutAcrossLinesOnScreen() throws IOException {
		Path chromium = ExternalTools.require("chromium", "chromium", "chromium-browser");
		return journeys().entrySet().stream().flatMap(journey -> SCREEN_WIDTHS.stream().map(width ->
				DynamicTest.dynamicTest(journey.getKey() + " at " + width + " px", () -> {
					// when the page is laid out at this width
					String reported = Chromium.measure(chromium, OUTPUT, journey.getKey() + "-words", journey.getValue(), CUT_WORDS, width, 900);

					// then every word of the text is on one line
					assertEquals("cut:", reported.strip(), "words cut across two lines");
				})));
	}

	@TestFactory
	Stream<DynamicTest> noWordIsCutAcrossLinesOnPaper() throws IOException {
		Path chromium = ExternalTools.require("chromium", "chromium", "chromium-browser");
		ExternalTools.require("poppler-utils", "pdftotext");
		Files.createDirectories(OUTPUT);
		return journeys().entrySet().stream().map(journey -> DynamicTest.dynamicTest(journey.getKey(), () -> {
			// given the page's words (not its code) and the text of the printed page, line by line
			Path page = OUTPUT.resolve(journey.getKey() + ".html").toAbsolutePath();
			Path pdf = OUTPUT.resolve(journey.getKey() + ".pdf").toAbsolutePath();
			Files.writeString(page, journey.getValue(), StandardCharsets.UTF_8);
			Files.deleteIfExists(pdf);
			Chromium.run(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
					"--print-to-pdf=" + pdf, page.toUri().toString());
			Document document = Jsoup.parse(journey.getValue());
			// identifiers may break anywhere: a word that is also in code is not checked
			Set<String> inCode = words(document.select("code, svg"));
			document.select("code, svg, style").remove();
			Set<String> prose = words(List.of(document.body()));
			Set<String> words = new HashSet<>(prose);
			words.removeAll(inCode);
			List<String> lines = Chromium.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").lines().map(String::strip).toList();

			// when a line ends and the next begins with pieces that make one of the page's words
			List<String> cut = new ArrayList<>();
			for (int i = 0; i + 1 < lines.size(); i++) {
				Matcher end = LAST_WORD.matcher(lines.get(i));
				Matcher start = FIRST_WORD.matcher(lines.get(i + 1));
				if (end.find() && start.find()) {
					String before = end.group(1).toLowerCase(Locale.ROOT);
					String after = start.group(1).toLowerCase(Locale.ROOT);
					if (words.contains(before + after) && !(prose.contains(before) && prose.contains(after))) {
						cut.add(end.group(1) + "|" + start.group(1));
					}
				}
			}

			// then there is none
			assertEquals(List.of(), cut, "words cut across two printed lines of " + pdf);
		}));
	}

	@TestFactory
	Stream<DynamicTest> theOverviewShowsEveryPhaseWhereTheMapDoesNotFit() throws IOException {
		Path chromium = ExternalTools.require("chromium", "chromium", "chromium-browser");
		Map<String, Integer> phases = new HashMap<>();
		fixtures.exampleJourneys().forEach(journey -> phases.put(name(journey), journey.getPhases().size()));
		phases.put(DANISH_NAME, 12);
		return journeys().entrySet().stream().flatMap(journey -> SCREEN_WIDTHS.stream().map(width ->
				DynamicTest.dynamicTest(journey.getKey() + " at " + width + " px", () -> {
					// when the page is laid out at this width, and the last phase's tile is clicked
					String reported = Chromium.measure(chromium, OUTPUT, journey.getKey() + "-overview", journey.getValue(), OVERVIEW, width, 900);
					Map<String, String> figures = new LinkedHashMap<>();
					for (String figure : reported.strip().split(" ")) {
						figures.put(figure.substring(0, figure.indexOf('=')), figure.substring(figure.indexOf('=') + 1));
					}
					boolean fits = Boolean.parseBoolean(figures.get("fits"));
					int phaseCount = phases.get(journey.getKey());

					// then the overview shows where the map does not fit, with every phase on the screen, and its
					// link brings the phase's column into view beside the lane labels; where the map fits, it is hidden
					if (width == 390 || phaseCount >= 7) {
						assertTrue(!fits, "a map of " + phaseCount + " phases fits " + width + " px: " + reported);
					}
					if (fits) {
						assertEquals("false", figures.get("shown"), reported);
					} else {
						assertEquals(Map.of("shown", "true", "tiles", Integer.toString(phaseCount), "outside", "0", "linked", "true"),
								Map.of("shown", figures.get("shown"), "tiles", figures.get("tiles"), "outside", figures.get("outside"),
										"linked", figures.get("linked")),
								reported);
					}
				})));
	}

	private static final String DANISH_NAME = "test.dansk.Kunstabonnement";

	/** The examples' reports and a Danish journey of twelve phases written with long compound words, by name. */
	private Map<String, String> journeys() {
		Map<String, String> pages = new LinkedHashMap<>();
		fixtures.exampleJourneys().forEach(journey -> pages.put(name(journey), JourneyFixture.render(journey)));
		pages.put(DANISH_NAME, JourneyFixture.render(fixtures.parseJourney(danishJourney())));
		return pages;
	}

	private static String danishJourney() {
		String phases = IntStream.rangeClosed(1, 12).mapToObj(n -> """
				    phase Fase%1$d "Produktbeskrivelserne og abonnementsbetingelserne" {
				        customer-goal "Forstå abonnementsbetingelserne og leveringstidsforventningerne"
				        doing "Sammenligner produktbeskrivelserne", "Undersøger fortrydelsesretten"
				        thinking "Er abonnementet uopsigeligt i bindingsperioden?"
				        feeling %2$d "Forvirret over kundeserviceafdelingens svar"
				        touchpoint Bekræftelse%1$d "Abonnementsbekræftelsesmailen" {
				            channel email online
				            owner "Kundeserviceafdelingen"
				            experience %3$d
				        }
				        touchpoint Produktside%1$d "Produktsammenligningssiden" {
				            channel web
				            experience %2$d
				        }
				        pain Uklarhed%1$d "Produktbeskrivelserne er mangelfulde" {
				            description "Leveringstidsforventningerne og returneringsmulighederne står ingen steder"
				            severity high
				        }
				        opportunity Forbedring%1$d "Gennemskuelige abonnementsbetingelser" {
				            value high
				            effort low
				            fixes Uklarhed%1$d
				        }
				    }
				""".formatted(n, n % 5 - 2, 2 - n % 5)).collect(Collectors.joining("\n"));
		return """
				package test.dansk

				journey Kunstabonnement "Abonnementet på kunstplakater" {
				    description "Fra produktbeskrivelserne til abonnementsfornyelsen"
				    language da
				%s}
				""".formatted(phases);
	}

	/** The words of each text of the elements, one text at a time (jsoup's text() joins adjacent elements' texts). */
	private static Set<String> words(Iterable<Element> elements) {
		Set<String> words = new HashSet<>();
		for (Element element : elements) {
			for (TextNode text : element.select("*").textNodes()) {
				WORD.matcher(text.text()).results().map(m -> m.group().toLowerCase(Locale.ROOT)).forEach(words::add);
			}
		}
		return words;
	}

	private static String name(Journey journey) {
		return JourneyMapBuilder.qualifiedName(journey);
	}
}
