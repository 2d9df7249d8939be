package org.journey.dsl.generator.report.html;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journey.dsl.model.ScoreScale;

/**
 * How the HTML report colours a feeling or experience score. The colours are the style sheet's
 * ({@code .score-m2 { background: #dc2626; }}): a touchpoint's score badge takes them through
 * its class, and the faces on the feeling curve, drawn in SVG, read them from there.
 */
public final class ScoreStyle {

	private static final Pattern SCORE_RULE = Pattern.compile("\\.score-([mp]?\\d)\\s*\\{\\s*background:\\s*(#[0-9a-fA-F]{6})\\s*;\\s*}");

	private final Map<String, String> colours;

	private ScoreStyle(Map<String, String> colours) {
		this.colours = colours;
	}

	/** The score colours of a style sheet; every score of the scale must have one. */
	public static ScoreStyle of(String styleSheet) {
		Map<String, String> colours = new LinkedHashMap<>();
		Matcher rule = SCORE_RULE.matcher(styleSheet);
		while (rule.find()) {
			colours.put(rule.group(1), rule.group(2));
		}
		for (int score = ScoreScale.MIN; score <= ScoreScale.MAX; score++) {
			if (!colours.containsKey(cssClass(score))) {
				throw new IllegalStateException("The style sheet has no colour for the score " + score);
			}
		}
		return new ScoreStyle(Map.copyOf(colours));
	}

	/**
	 * The class suffix of a score, {@code m2} for -2, {@code 0}, {@code p1} for +1; a score off the
	 * scale takes its nearest end's.
	 */
	public static String cssClass(int score) {
		int clamped = ScoreScale.clamp(score);
		return clamped < 0 ? "m" + -clamped : clamped > 0 ? "p" + clamped : "0";
	}

	/** The score's colour, {@code #rrggbb}. */
	public String colour(int score) {
		return colours.get(cssClass(score));
	}
}
