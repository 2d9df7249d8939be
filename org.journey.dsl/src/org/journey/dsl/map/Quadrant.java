package org.journey.dsl.map;

/**
 * Where an opportunity lands in the value/effort prioritisation matrix (seed 000, step 7:
 * "how easy are the efforts compared with their value").
 */
public enum Quadrant {
	/** High value, low effort: do first. */
	QUICK_WIN,
	/** High value, high effort: plan. */
	BIG_BET,
	/** Low value, low effort: do when convenient. */
	FILL_IN,
	/** Low value, high effort: avoid. */
	MONEY_PIT,
	/** Value or effort not given: cannot be placed. */
	UNRATED;

	/** Medium counts as high value (worth doing) and as high effort (needs planning). */
	public static Quadrant of(String value, String effort) {
		if (value == null || effort == null) {
			return UNRATED;
		}
		boolean valuable = !value.equals("low");
		boolean costly = !effort.equals("low");
		if (valuable) {
			return costly ? BIG_BET : QUICK_WIN;
		}
		return costly ? MONEY_PIT : FILL_IN;
	}
}
