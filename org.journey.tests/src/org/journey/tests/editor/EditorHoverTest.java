package org.journey.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.journey.dsl.ide.hover.HoverHtml;
import org.journey.dsl.ide.hover.JourneyHoverText;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.tests.support.JourneyModels;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.Test;

/** The Eclipse hover: the language server's hover Markdown, as HTML. */
class EditorHoverTest extends ValidationTestBase {

	@Test
	void aKpiHoverHasTheSameFactsAsTheLanguageServersAsHtml() {
		// given
		Model model = parse(JourneyModels.CLEAN);
		Kpi conversion = (Kpi) model.getElements().stream().filter(Kpi.class::isInstance).findFirst().orElseThrow();
		// when
		String html = HoverHtml.fromMarkdown(new JourneyHoverText().markdown(conversion));
		// then
		assertTrue(html.startsWith("<p><b>KPI</b> <code>Conversion</code> — Visit-to-purchase conversion</p><ul>"), html);
		assertTrue(html.contains("<li>Baseline → target: 1.2 → 2.0 by 2027-06-30</li>"), html);
		assertTrue(html.contains("<li>Measured by: <code>count(purchase_completed) / count(product_viewed)</code></li>"), html);
		assertTrue(html.endsWith("</ul>"), html);
	}

	@Test
	void textFromTheModelIsEscaped() {
		assertEquals("<p><b>Phase</b> <code>A</code> — Fish &amp; chips &lt;b&gt;</p><ul><li>x</li></ul><p>after</p>",
				HoverHtml.fromMarkdown("**Phase** `A` — Fish & chips <b>\n\n- x\nafter\n"));
		assertFalse(HoverHtml.fromMarkdown("a <script>").contains("<script>"));
	}

	@Test
	void noMarkdownNoHtml() {
		assertNull(HoverHtml.fromMarkdown(null));
	}
}
