package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.text.StringEscapeUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.report.MarkdownReport;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.Chromium;
import org.journey.tests.support.ExternalTools;
import org.journey.tests.support.JourneyFixture;
import org.journey.tests.support.Slow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;

/**
 * The Markdown report's Mermaid diagrams drawn by the real mermaid package in headless Chromium, as
 * a git host draws them: every block is accepted, a segment titled with Mermaid's separators
 * ({@code ;}, {@code ,}, {@code :}, {@code #}) stays one actor, and no diagram is wider than a
 * screen. Needs chromium and npm, which .ci/run installs; npm fetches mermaid (pinned) into
 * target/npm once. Without them a developer machine skips, CI fails. The drawn pages stay in
 * target/mermaid-render, to open in a browser and look at.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
@Slow
class MermaidRenderBrowserTest {

	private static final String MERMAID = "mermaid@11.17.2";
	private static final Path NPM = Path.of("target", "npm").toAbsolutePath();
	private static final Path OUTPUT = Path.of("target", "mermaid-render").toAbsolutePath();
	private static final Pattern BLOCK = Pattern.compile("^```mermaid\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);
	private static final Pattern RESULT = Pattern.compile("RESULT(.*?)END", Pattern.DOTALL);
	/** Wider than a 1600 px screen would be the 8,000 px strip the one diagram of twelve phases was. */
	private static final int WIDEST = 1600;

	private static final String PAGE = """
			<!doctype html><meta charset="utf-8"><body style="width:1000px">
			<div id="out"></div><pre id="result"></pre>
			<script src="%s"></script>
			<script>
			const blocks = %s;
			mermaid.initialize({startOnLoad: false});
			(async () => {
			  const result = [];
			  for (let i = 0; i < blocks.length; i++) {
			    const div = document.createElement('div');
			    document.getElementById('out').appendChild(div);
			    try {
			      const {svg} = await mermaid.render('diagram' + i, blocks[i]);
			      div.innerHTML = svg;
			      const s = div.querySelector('svg');
			      result.push({actors: [...s.querySelectorAll('text.legend')].map(t => t.textContent),
			        tasks: [...s.querySelectorAll('text.task')].map(t => t.textContent),
			        width: Math.round(s.viewBox.baseVal.width)});
			    } catch (e) {
			      result.push({error: String(e.message || e)});
			    }
			  }
			  document.getElementById('result').textContent = 'RESULT' + JSON.stringify(result) + 'END';
			})();
			</script>""";

	@Inject
	private JourneyFixture fixtures;

	@Test
	void aSegmentTitledWithMermaidsSeparatorsStaysOneActor() throws Exception {
		// given a Danish journey whose segments' titles hold ; , : and #
		Journey journey = fixtures.parseJourney("""
				package demo
				segment Kunder "Kunder; 25-45 år"
				segment Gaver "Gavekøbere, jul: #gaver"
				journey Plakat "Plakat til væggen" {
				    for Kunder, Gaver
				    language da
				    phase Research "Research; først" {
				        feeling 1
				        touchpoint Nyhedsbrev "Nyhedsbrev" { channel email experience 2 serves Kunder }
				        touchpoint Butik "Butikken: #plakater" { channel store }
				    }
				}
				""");

		// when Mermaid draws its Markdown report's diagrams
		List<JsonNode> diagrams = draw("danish-separators", fixtures.generateText(journey, "markdown", MarkdownReport.FILE));

		// then one diagram, with the two segments as two actors, each whole
		assertEquals(1, diagrams.size());
		JsonNode diagram = diagrams.get(0);
		assertTrue(!diagram.has("error"), () -> "Mermaid rejected the block: " + diagram);
		// (Mermaid's legend lists the actors in an order of its own)
		assertEquals(List.of("Gavekøbere\u201A jul\u2236 \u266Fgaver", "Kunder\u201A 25-45 år"), texts(diagram.get("actors")).stream().sorted().toList());
		assertEquals(List.of("Nyhedsbrev", "Butikken\u2236 \u266Fplakater"), texts(diagram.get("tasks")));
	}

	@TestFactory
	Stream<DynamicTest> everyExampleDiagramIsAcceptedAndFitsAScreen() throws IOException {
		return fixtures.exampleJourneys().stream().map(journey -> DynamicTest.dynamicTest(JourneyMapBuilder.qualifiedName(journey), () -> {
			// given the example's Markdown report
			String markdown = fixtures.generateText(journey, "markdown", MarkdownReport.FILE);

			// when Mermaid draws its diagrams
			List<JsonNode> diagrams = draw(JourneyMapBuilder.qualifiedName(journey), markdown);

			// then it draws each block, none wider than a screen
			assertEquals(blocks(markdown).size(), diagrams.size());
			for (JsonNode diagram : diagrams) {
				assertTrue(!diagram.has("error"), () -> "Mermaid rejected a block: " + diagram);
				assertTrue(diagram.get("width").asInt() <= WIDEST, () -> "a diagram " + diagram.get("width") + " px wide");
			}
		}));
	}

	private static List<JsonNode> draw(String name, String markdown) throws Exception {
		Path chromium = ExternalTools.require("chromium", "chromium", "chromium-browser");
		Path script = mermaid();
		List<String> blocks = blocks(markdown);
		Files.createDirectories(OUTPUT);
		Path page = OUTPUT.resolve(name + ".html");
		ObjectMapper json = new ObjectMapper();
		Files.writeString(page, PAGE.formatted(script.toUri(), json.writeValueAsString(blocks).replace("</", "<\\/")), StandardCharsets.UTF_8);
		String dom = Chromium.run(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
				"--virtual-time-budget=20000", "--dump-dom", page.toUri().toString());
		Matcher result = RESULT.matcher(dom);
		assertTrue(result.find(), () -> "Mermaid drew nothing in " + page);
		List<JsonNode> diagrams = new ArrayList<>();
		json.readTree(StringEscapeUtils.unescapeXml(result.group(1))).forEach(diagrams::add);
		return diagrams;
	}

	private static List<String> blocks(String markdown) {
		return BLOCK.matcher(markdown).results().map(m -> m.group(1)).toList();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

	/** mermaid.min.js of the pinned package, installed by npm into target/npm the first time. */
	private static synchronized Path mermaid() throws IOException, InterruptedException {
		Path script = NPM.resolve("node_modules/mermaid/dist/mermaid.min.js");
		if (Files.isRegularFile(script)) {
			return script;
		}
		Path npm = ExternalTools.require("npm", "npm");
		Files.createDirectories(NPM);
		Path log = NPM.resolve("install.log");
		Process install = new ProcessBuilder(npm.toString(), "install", "--prefix", NPM.toString(), "--no-audit", "--no-fund",
				"--no-package-lock", "--loglevel=error", MERMAID).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean finished = install.waitFor(300, TimeUnit.SECONDS);
		if (!finished) {
			install.destroyForcibly();
		}
		if (!finished || install.exitValue() != 0 || !Files.isRegularFile(script)) {
			// a developer's machine without npm's registry skips (CI fails): the diagrams need the real package
			ExternalTools.unavailable("npm could not install " + MERMAID + " (is the npm registry reachable?): " + Files.readString(log));
		}
		return script;
	}
}
