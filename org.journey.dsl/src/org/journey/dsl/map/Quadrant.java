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

	/**
	 * The quadrant's id for machines (CSV and JSON reports): the constant's name in lower case
	 * with hyphens, e.g. {@code quick-win}, in the style of the grammar's literals.
	 */
	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

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
