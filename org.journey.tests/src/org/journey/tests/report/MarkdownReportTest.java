package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.report.MarkdownReport;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.journey.tests.support.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The markdown target: journey-map.md with a Mermaid journey diagram and tables. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class MarkdownReportTest {

	private static final Pattern MERMAID_TITLE = Pattern.compile("^\\s+title [^#;]+$");
	private static final Pattern MERMAID_TASK = Pattern.compile("^\\s+[^:]+: [1-5](: .+)?$");

	@Inject
	private JourneyFixture fixture;

	/**
	 * The whole output for resources/golden/golden.journey. After an intended change, see {@link Golden} for how to
	 * update the golden files.
	 */
	@Test
	@Tag(Golden.TAG)
	void goldenModelGivesTheExpectedDocument() {
		Journey journey = fixture.resourceJourney("golden/golden.journey");

		byte[] markdown = fixture.generate(journey, "markdown").get(MarkdownReport.FILE);

		Golden.assertMatches(Golden.file("golden.FirstOrder/journey-map.md"), markdown);
	}

	/** One test per example journey: its Mermaid blocks are journey diagrams Mermaid can parse. */
	@TestFactory
	Stream<DynamicTest> everyExamplesMermaidBlocksFollowTheJourneySyntax() {
		return fixture.exampleJourneys().stream().map(journey -> DynamicTest.dynamicTest(journey.getName(), () -> {
			String markdown = fixture.generateText(journey, "markdown", MarkdownReport.FILE);

			assertMermaidJourneys(markdown, journey);
		}));
	}

	/**
	 * The whole document of a small Danish journey: a segment title with a semicolon stays one
	 * actor, a diagram per phase with the touchpoints as written, a touchpoint without an
	 * experience takes its phase's feeling and says so, and one whose phase has no feeling either
	 * is left out of the diagram and named. (MermaidRenderBrowserTest draws such blocks with the real
	 * mermaid package in headless Chromium.)
	 */
	@Test
	void smallDanishJourneyGivesTheExpectedDocument() {
		Journey journey = fixture.parseJourney("""
				package demo
				segment Kunder "Kunder; 25-45 år"
				segment Gaver "Gavekøbere"
				journey Plakat "Plakat til væggen" {
				    for Kunder, Gaver
				    language da
				    phase Research "Research" {
				        feeling 1
				        touchpoint Nyhedsbrev "Nyhedsbrev" { channel email experience 2 serves Kunder }
				        touchpoint Butik "Butikken: #plakater" { channel store }
				        touchpoint Kvittering "Kvittering" { channel email experience -1 }
				    }
				    phase Levering "Levering" {
				        touchpoint Pakke "Pakken" { channel mail }
				    }
				}
				""");

		String markdown = fixture.generateText(journey, "markdown", MarkdownReport.FILE);

		assertEquals("""
				# Plakat til væggen

				- **Kunderejse:** `demo.Plakat`
				- **Segmenter:** Kunder; 25-45 år, Gavekøbere

				## Kunderejsekort

				|  | Research | Levering |
				| --- | --- | --- |
				| **Føler** | 🙂 +1 |  |
				| **Kontaktpunkter: E-mail** | Nyhedsbrev (+2)<br>Kvittering (-1) |  |
				| **Kontaktpunkter: Butik** | Butikken: #plakater (offline) |  |
				| **Kontaktpunkter: Post** |  | Pakken (offline) |

				### Oplevelse pr. fase

				Et diagram pr. fase med kontaktpunkterne i den skrevne rækkefølge. Et ansigt er et kontaktpunkts oplevelse fra 1 (meget dårlig) til 5 (meget god), modellens -2 til +2; de farvede cirkler er de segmenter, det henvender sig til.

				```mermaid
				journey
				    title 1. Research
				    Nyhedsbrev: 5: Kunder\u201A 25-45 år
				    Butikken\u2236 \u266Fplakater: 4: Kunder\u201A 25-45 år, Gavekøbere
				    Kvittering: 2: Kunder\u201A 25-45 år, Gavekøbere
				```

				Ingen egen oplevelse, vist med fasens følelse (+1): Butikken: #plakater.

				**2\\. Levering:** Ikke tegnet (ingen oplevelse, og fasen har ingen følelse): Pakken.

				## Kanaler pr. fase

				| Kanal | Research | Levering | I alt |
				| --- | ---: | ---: | ---: |
				| E-mail | 2 | – | 2 |
				| Butik | 1 | – | 1 |
				| Post | – | 1 | 1 |
				| **I alt** | **3** | **1** | **4** |

				## Segmenter

				### Kunder; 25-45 år

				### Gavekøbere

				| Segment | Research | Levering |
				| --- | :---: | :---: |
				| Kunder; 25-45 år | ✓ | ✓ |
				| Gavekøbere | ✓ | ✓ |
				""", markdown);
	}

	@Test
	void hostileTextsStayTextAndTablesKeepTheirColumns() {
		Journey journey = fixture.parseJourney(HostileModel.text());

		String markdown = fixture.generateText(journey, "markdown", MarkdownReport.FILE);

		assertFalse(markdown.contains("<script"), "markup in a model string must not reach the document as markup");
		assertFalse(markdown.contains("<b "), "markup in a model string must not reach the document as markup");
		assertTrue(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile title shows as text");
		for (List<String> table : tables(markdown)) {
			int columns = cellCount(table.get(0));
			for (String row : table) {
				assertEquals(columns, cellCount(row), () -> "a table row has more or fewer cells than its header:\n" + row);
			}
		}
		List<String> headings = markdown.lines().filter(line -> line.startsWith("#")).toList();
		assertEquals(1, headings.stream().filter(h -> h.startsWith("# ")).count(), () -> "one title heading: " + headings);
		assertTrue(headings.stream().allMatch(h -> h.matches("#{1,3} .+")), () -> "only the report's headings: " + headings);
		assertTrue(markdown.lines().filter(line -> line.startsWith("- ")).allMatch(line -> line.startsWith("- **")),
				"list items are the report's own");
		assertMermaidJourneys(markdown, journey);
	}

	@Test
	void danishJourneyHasDanishLabelsAndDecimalComma() {
		Journey journey = fixture.exampleJourney("PlakatTilVæggen");

		String markdown = fixture.generateText(journey, "markdown", MarkdownReport.FILE);

		assertTrue(markdown.contains("## Kunderejsekort"), "map heading in Danish");
		assertTrue(markdown.contains("## KPI-oversigt"), "KPI heading in Danish");
		assertTrue(markdown.contains("| Udgangspunkt |"), "baseline column in Danish");
		assertTrue(markdown.contains("- **Fasemodel:** Fem trin"), "phase model title in Danish");
		// Konverteringsrate: baseline 1.4, target 2.2 by 2027-06-30; Henvendelsesrate: baseline 0.14
		assertTrue(markdown.contains("| 1,4\u00A0% | 2,2\u00A0% inden 30. jun. 2027 |"), "decimal comma, Danish percent and date");
		// Gennemsnitsordre: unit currency DKK, baseline 389, target 450
		assertTrue(markdown.contains("| valuta (DKK) | 389\u00A0kr. | 450\u00A0kr. inden "), "amounts in kroner");
		assertTrue(markdown.contains("| 0,14 |"), "decimal comma");
		assertFalse(markdown.contains("| 1.4 |"), "no dot decimal in a Danish report");
	}

	@Test
	void sameInputGivesIdenticalBytesWhateverTheLocaleAndTimeZone() throws Exception {
		Map<String, byte[]> first = generateExamples();
		Map<String, byte[]> second = generateExamples();
		// Turkish lower-cases I differently, and Kiribati is 14 hours ahead of UTC
		Map<String, byte[]> elsewhere = JourneyFixture.withLocaleAndTimeZone(Locale.forLanguageTag("tr-TR"),
				TimeZone.getTimeZone("Pacific/Kiritimati"), this::generateExamples);

		assertEquals(first.keySet(), second.keySet());
		assertEquals(first.keySet(), elsewhere.keySet());
		for (String journey : first.keySet()) {
			assertArrayEquals(first.get(journey), second.get(journey), "generated twice: " + journey);
			assertArrayEquals(first.get(journey), elsewhere.get(journey), "another locale and time zone: " + journey);
		}
	}

	@Test
	void journeyWithLittleInItLeavesOutEmptySectionsAndLanes() {
		Journey journey = fixture.parseJourney("""
				package tiny
				journey Tiny {
				    phase Only { touchpoint Web { channel web } }
				}
				""");

		String markdown = fixture.generateText(journey, "markdown", MarkdownReport.FILE);

		assertEquals(List.of("# Tiny", "## Journey map", "## Channels by phase"),
				markdown.lines().filter(line -> line.startsWith("#")).toList(), "only the sections with content");
		assertTrue(markdown.contains("| **Touchpoints: Web** | Web |"), "the one lane with content");
		assertFalse(markdown.contains("**Doing**"), "an empty lane is left out");
		assertFalse(markdown.contains("\n\n\n"), "no run of blank lines where sections are left out");
		assertTrue(markdown.endsWith("|\n") && !markdown.endsWith("\n\n"), "one line break at the end");
		assertFalse(markdown.contains("```mermaid"), "no score anywhere: no diagram that would claim one");
	}

	@Test
	void documentUsesLineFeedsOnly() {
		Journey journey = fixture.resourceJourney("golden/golden.journey");

		String markdown = fixture.generateText(journey, "markdown", MarkdownReport.FILE);

		assertFalse(markdown.contains("\r"), "\\n line ends on every platform");
		assertTrue(markdown.endsWith("\n"));
	}

	private Map<String, byte[]> generateExamples() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Journey journey : fixture.exampleJourneys()) {
			files.put(journey.getName(), fixture.generate(journey, "markdown").get(MarkdownReport.FILE));
		}
		return files;
	}

	// ---------------------------------------------------------------- Mermaid

	/** The Mermaid blocks of a document, each without its fences. */
	private static List<List<String>> mermaidBlocks(String markdown) {
		List<List<String>> blocks = new ArrayList<>();
		List<String> lines = markdown.lines().toList();
		for (int start = lines.indexOf("```mermaid"); start >= 0; ) {
			int end = start + 1;
			while (end < lines.size() && !lines.get(end).equals("```")) {
				end++;
			}
			assertTrue(end < lines.size(), "a mermaid block is not closed");
			blocks.add(lines.subList(start + 1, end));
			int next = lines.subList(end + 1, lines.size()).indexOf("```mermaid");
			start = next < 0 ? -1 : end + 1 + next;
		}
		return blocks;
	}

	/**
	 * The statements of Mermaid's journey grammar, line by line: a diagram per phase with a
	 * touchpoint to draw, each {@code journey}, one title and a task per such touchpoint with a
	 * score of 1..5 and optional actors. A touchpoint is drawn when it or its phase has a score.
	 */
	private static void assertMermaidJourneys(String markdown, Journey journey) {
		List<List<String>> blocks = mermaidBlocks(markdown);
		List<Long> drawn = journey.getPhases().stream()
				.map(p -> p.getTouchpoints().stream().filter(t -> t.getExperience() != null || p.getFeeling() != null).count())
				.filter(n -> n > 0).toList();
		assertEquals(drawn.size(), blocks.size(), "one diagram per phase with a touchpoint to draw");
		for (int i = 0; i < blocks.size(); i++) {
			assertMermaidJourney(blocks.get(i), drawn.get(i));
		}
	}

	private static void assertMermaidJourney(List<String> block, long touchpoints) {
		assertEquals("journey", block.get(0), "a journey diagram starts with 'journey'");
		int titles = 0;
		int tasks = 0;
		for (String line : block.subList(1, block.size())) {
			if (MERMAID_TITLE.matcher(line).matches() && line.strip().startsWith("title ")) {
				titles++;
			} else if (MERMAID_TASK.matcher(line).matches()) {
				tasks++;
				String name = line.strip().split(":")[0];
				assertFalse(name.matches("(?i)(journey|title|section|acctitle|accdescr).*"),
						() -> "a task name Mermaid would read as a keyword: " + line);
			} else {
				throw new AssertionError("not a Mermaid journey statement: '" + line + "'");
			}
			assertFalse(line.contains("#") || line.contains(";") || line.contains("%%"),
					() -> "Mermaid reads #, ; and %% as comment or statement end: " + line);
		}
		assertEquals(1, titles, "one title");
		assertEquals(touchpoints, tasks, "one task per touchpoint to draw");
	}

	// ---------------------------------------------------------------- tables

	/** The tables of a document: runs of lines starting with '|'. */
	private static List<List<String>> tables(String markdown) {
		List<List<String>> tables = new ArrayList<>();
		List<String> current = null;
		for (String line : markdown.lines().toList()) {
			if (line.startsWith("|")) {
				if (current == null) {
					current = new ArrayList<>();
					tables.add(current);
				}
				current.add(line);
			} else {
				current = null;
			}
		}
		assertFalse(tables.isEmpty(), "the document has no table");
		return tables;
	}

	/** The cells of a table row: pipes that a backslash does not escape separate them. */
	private static int cellCount(String row) {
		int pipes = 0;
		for (int i = 0; i < row.length(); i++) {
			char c = row.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '|') {
				pipes++;
			}
		}
		return pipes - 1;
	}
}
