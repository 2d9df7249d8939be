package org.journey.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.JourneyFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Hostile text in every field a modeller can fill in with free text: it must reach the reader as
 * that text, never as markup, whether the report puts it into HTML text, an attribute (tooltips)
 * or the SVG of the feeling curve.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class HtmlReportEscapingTest {

	/** Breaks out of text, of double- and single-quoted attributes, of the style element and of SVG. */
	private static final String ATTACK = "<script>alert(1)</script> \"onmouseover=\"alert(2)\" '><img src=x onerror=alert(3)>"
			+ " </style><svg onload=alert(4)> & &amp; ]]>";

	@Inject
	private JourneyFixture fixtures;

	/** The fields of the model below that carry the attack, each marked with its name. */
	private final List<String> fields = new ArrayList<>();

	@Test
	void hostileTextAppearsLiterallyAndInjectsNothing() throws IOException {
		// given
		Journey journey = fixtures.parseJourney(hostileModel());

		// when
		String html = JourneyFixture.render(journey);
		Document page = Jsoup.parse(html);

		// then no element or attribute came from the model's text
		assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "a script tag in the page");
		assertFalse(html.contains("\"onmouseover="), "an attribute broke out of its quotes");
		assertTrue(page.select("script, img, style ~ style, body svg[onload]").isEmpty(), "injected elements");
		assertEquals(1, page.select("style").size(), "the style element was closed early");
		assertEquals(1, page.select("svg.feeling-svg").size(), "the feeling curve is one SVG");
		assertTrue(page.select("svg").stream().allMatch(svg -> svg.closest("svg.feeling-svg, .map-overview .mini-curve") != null),
				"every SVG is part of the feeling curve or of the overview's small one");
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
						() -> "injected attribute " + attribute + " on " + element.tagName());
			}
		}
		// and every field is on the page as the modeller wrote it, as text or in a tooltip
		String readable = page.text() + "\n" + String.join("\n", page.getAllElements().stream()
				.flatMap(e -> e.attributes().asList().stream()).map(Attribute::getValue).toList());
		for (String field : fields) {
			assertTrue(readable.contains(hostile(field)), () -> "the " + field + " is not shown literally");
		}
		assertEquals(hostile("journey title") + " · Journey map", page.title());
	}

	/** A model using every free-text field, each holding {@link #ATTACK}. */
	private String hostileModel() {
		return """
				package hostile

				segment Buyers %s {
				    description %s
				    share 50%%
				    needs %s
				    triggers %s
				}
				source Survey "Survey" { kind surveys }
				kpi Conversion %s {
				    description %s
				    unit percent
				    baseline 1
				    target 2 by 2027-01-31
				    formula count(bought) / count(viewed)
				    owner %s
				}
				goal Sell %s { kind new-sales kpis Conversion owner %s }

				journey Buying %s {
				    description %s
				    for Buyers
				    pursues Sell
				    model funnel
				    phase Attract %s {
				        description %s
				        customer-goal %s
				        doing %s
				        thinking %s
				        feeling 1 %s
				        volume 100
				        kpis Conversion
				        touchpoint Ad %s {
				            description %s
				            channel social online
				            owner %s
				            experience 1
				            event viewed %s { item: string required %s }
				        }
				        pain Slow %s { description %s severity high evidence Survey }
				        opportunity Faster %s { description %s value high effort low fixes Slow owner %s }
				    }
				    phase Convert {
				        volume 10
				        touchpoint Shop { channel web event bought { value: number } }
				    }
				}

				initiative Speed %s {
				    description %s
				    realizes Faster
				    owner %s
				    resources %s
				    due 2027-01-31
				    milestone %s by 2026-12-01 moves Conversion to 1.5
				}
				""".formatted(
				field("segment title"), field("segment description"), field("segment need"), field("segment trigger"),
				field("KPI title"), field("KPI description"), field("KPI owner"),
				field("goal title"), field("goal owner"),
				field("journey title"), field("journey description"),
				field("phase title"), field("phase description"), field("customer goal"), field("doing"), field("thinking"),
				field("feeling note"),
				field("touchpoint title"), field("touchpoint description"), field("touchpoint owner"),
				field("event description"), field("event property description"),
				field("pain title"), field("pain description"),
				field("opportunity title"), field("opportunity description"), field("opportunity owner"),
				field("initiative title"), field("initiative description"), field("initiative owner"),
				field("initiative resource"), field("milestone title"));
	}

	/** The attack marked with the field's name, as a .journey string literal; remembers the field. */
	private String field(String name) {
		fields.add(name);
		return '"' + hostile(name).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	private static String hostile(String field) {
		return field + ": " + ATTACK;
	}
}
