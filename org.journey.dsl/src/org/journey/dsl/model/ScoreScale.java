package org.journey.dsl.model;

/**
 * The scale of a phase's feeling and a touchpoint's experience: -2 (very negative) to +2 (very
 * positive). Validation, quick fixes, reports and the diagram read it from here.
 */
public final class ScoreScale {

	public static final int MIN = -2;
	public static final int MAX = 2;

	private ScoreScale() {
	}

	public static boolean contains(int score) {
		return score >= MIN && score <= MAX;
	}

	/** The nearest score on the scale: what a drawing or a fix uses for a value off the scale. */
	public static int clamp(int score) {
		return Math.max(MIN, Math.min(MAX, score));
	}
}
