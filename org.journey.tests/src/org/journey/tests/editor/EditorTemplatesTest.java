package org.journey.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.services.JourneyGrammarAccess;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.inject.Inject;

/**
 * The editor's code templates (org.journey.dsl.ui/templates/templates.xml): each is offered where
 * its grammar rule may stand (context "org.journey.dsl.Journey.<Rule>", as Xtext names template
 * contexts), and inserted there it parses, the variables filled with their names.
 */
class EditorTemplatesTest extends ValidationTestBase {

	private static final Path TEMPLATES = Path.of("../org.journey.dsl.ui/templates/templates.xml");

	/** Where a template of each context goes in a model for the parse check: %s is the template. */
	private static final Map<String, String> PLACES = Map.of(
			"Kpi", "package p\n%s\n",
			"Phase", "package p\njourney J {\n%s\n}\n",
			"Touchpoint", "package p\njourney J {\nphase A {\n%s\n}\n}\n");

	@Inject
	private JourneyGrammarAccess grammar;

	@Test
	void thereAreTemplatesForAPhaseATouchpointWithAnEventAndAKpi() throws Exception {
		List<Element> templates = templates();
		assertEquals(List.of("Phase", "Touchpoint", "Kpi"), templates.stream().map(EditorTemplatesTest::rule).toList());
		assertTrue(templates.get(1).getTextContent().contains("event "), "the touchpoint template has an event");
	}

	@Test
	void everyTemplatesContextIsARuleOfTheGrammar() throws Exception {
		List<String> rules = GrammarUtil.allParserRules(grammar.getGrammar()).stream().map(ParserRule::getName).toList();
		for (Element template : templates()) {
			assertTrue(template.getAttribute("context").startsWith(grammar.getGrammar().getName() + "."), template.getAttribute("context"));
			assertTrue(rules.contains(rule(template)), template.getAttribute("context"));
		}
	}

	@Test
	void everyTemplateParsesWhereItsRuleStands() throws Exception {
		for (Element template : templates()) {
			String text = template.getTextContent().replace("${cursor}", "").replaceAll("\\$\\{(\\w+)\\}", "$1");
			String model = String.format(PLACES.get(rule(template)), text);
			List<Issue> syntaxErrors = issues(model).stream()
					.filter(issue -> issue.getSeverity() == Severity.ERROR && issue.isSyntaxError()).toList();
			assertEquals(List.of(), syntaxErrors, () -> model + "\n" + syntaxErrors.stream().map(Issue::getMessage).collect(Collectors.joining("\n")));
		}
	}

	private static String rule(Element template) {
		String context = template.getAttribute("context");
		return context.substring(context.lastIndexOf('.') + 1);
	}

	private static List<Element> templates() throws Exception {
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(TEMPLATES.toFile());
		NodeList nodes = document.getElementsByTagName("template");
		List<Element> templates = new java.util.ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			templates.add((Element) nodes.item(i));
		}
		return templates;
	}
}
