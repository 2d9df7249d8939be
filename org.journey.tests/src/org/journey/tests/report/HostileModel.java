package org.journey.tests.report;

import java.util.List;

/**
 * A journey whose every free text is hostile to some output format: HTML and Markdown markup,
 * table pipes, line breaks, spreadsheet formulas, CSV quotes and commas, Mermaid's statement
 * characters. The escaping tests of each report check that these come out as text.
 */
public final class HostileModel {

	static final String SCRIPT = "<script>alert(1)</script>";
	static final String PIPES = "a | b || c";
	static final String LINES = "line one\nline two\r\n# heading\n- item";
	static final String FORMULA = "=cmd|' /C calc'!A0";
	static final String QUOTES = "say \"hi\", then \"bye\"";
	static final String COMMAS = "a, b, c";
	static final String HEADING = "# heading";
	static final String BACKTICKS = "``code`` and ` tick";
	static final String PLUS = "+SUM(A1:A2)";
	static final String MINUS = "-2+3";
	static final String AT = "@import url(x)";
	static final String TAB = "\tTabbed=1";
	static final String MERMAID = "Step 1: pay; then # tag %% comment";
	static final String KEYWORD = "journey: the keyword";
	static final String INLINE = "[link](javascript:alert(1)) *bold* _em_ ~~del~~ $x$";
	static final String BACKSLASH = "back\\slash \\| &amp; <b onmouseover=\"x\">";
	static final String NUMBERED = "1. not a list";
	static final String QUOTE_BLOCK = "> not a quote";
	static final String SECTION = "section Two";
	static final String DANISH = "Ærlig, ødelagt å";
	static final String PADDED = "   padded   ";

	/** Every hostile text of the model. */
	static final List<String> TEXTS = List.of(SCRIPT, PIPES, LINES, FORMULA, QUOTES, COMMAS, HEADING, BACKTICKS, PLUS,
			MINUS, AT, TAB, MERMAID, KEYWORD, INLINE, BACKSLASH, NUMBERED, QUOTE_BLOCK, SECTION, DANISH, PADDED);

	/** The journey's title, touchpoint titles and owners, by the CSV column they land in. */
	static final String JOURNEY_TITLE = SCRIPT;
	static final String FIRST_TOUCHPOINT_TITLE = FORMULA;
	static final String FIRST_TOUCHPOINT_OWNER = QUOTES;
	static final String SECOND_TOUCHPOINT_TITLE = LINES;
	static final String SECOND_TOUCHPOINT_OWNER = MINUS;
	static final String THIRD_TOUCHPOINT_TITLE = TAB;
	static final String KPI_TITLE = PLUS;
	static final String OPPORTUNITY_TITLE = AT;
	static final String OPPORTUNITY_OWNER = COMMAS;

	private HostileModel() {
	}

	public static String text() {
		return """
				package hostile

				segment Evil %s {
				    description %s
				    share 10%%
				    needs %s, %s
				    triggers %s
				}
				segment Other %s

				source Src %s {
				    kind other
				    description %s
				    link %s
				}

				kpi K %s {
				    description %s
				    unit percent
				    baseline -1.5
				    target 2 by 2027-01-01
				    formula count(ev) / count(ev2)
				    source Src
				    owner %s
				}

				goal G %s {
				    description %s
				    kind custom
				    kpis K
				    owner %s
				}

				journey J %s {
				    description %s
				    for Evil, Other
				    pursues G
				    model funnel
				    owner %s

				    phase Attract %s {
				        description %s
				        customer-goal %s
				        doing %s, %s
				        thinking %s
				        feeling -1 %s
				        volume 100
				        kpis K

				        touchpoint T1 %s {
				            description %s
				            channel web
				            owner %s
				            serves Evil
				            experience -1
				            event ev %s { p: string required %s }
				        }
				        touchpoint T2 %s {
				            channel other
				            owner %s
				            experience 2
				            event ev2
				        }
				        pain P %s {
				            description %s
				            severity high
				            evidence Src
				        }
				        opportunity O %s {
				            description %s
				            value high
				            effort low
				            fixes P
				            owner %s
				        }
				    }

				    phase Interest %s {
				        volume 50
				        touchpoint T3 %s { channel email }
				    }
				}

				initiative I %s {
				    description %s
				    realizes O
				    owner %s
				    staffing upskill
				    resources %s, %s
				    due 2027-01-01
				    milestone %s by 2026-12-01 moves K to 1.0
				}
				""".formatted(
				// segments
				q(HEADING), q(LINES), q(PIPES), q(BACKTICKS), q(INLINE), q(SECTION),
				// source
				q(NUMBERED), q(QUOTE_BLOCK), q(BACKSLASH),
				// kpi
				q(KPI_TITLE), q(MERMAID), q(DANISH),
				// goal
				q(KEYWORD), q(PADDED), q(SCRIPT),
				// journey
				q(JOURNEY_TITLE), q(LINES), q(PIPES),
				// phase Attract
				q(MERMAID), q(HEADING), q(INLINE), q(FORMULA), q(NUMBERED), q(BACKTICKS), q(QUOTE_BLOCK),
				// touchpoints
				q(FIRST_TOUCHPOINT_TITLE), q(BACKSLASH), q(FIRST_TOUCHPOINT_OWNER), q(SCRIPT), q(PIPES),
				q(SECOND_TOUCHPOINT_TITLE), q(SECOND_TOUCHPOINT_OWNER),
				// pain, opportunity
				q(KEYWORD), q(TAB), q(OPPORTUNITY_TITLE), q(DANISH), q(OPPORTUNITY_OWNER),
				// phase Interest
				q(SECTION), q(THIRD_TOUCHPOINT_TITLE),
				// initiative
				q(PADDED), q(HEADING), q(MERMAID), q(FORMULA), q(SCRIPT), q(BACKTICKS));
	}

	/** {@code value} as a string literal of the Journey language. */
	public static String q(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}
}
