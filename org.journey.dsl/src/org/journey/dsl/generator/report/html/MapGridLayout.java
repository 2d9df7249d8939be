package org.journey.dsl.generator.report.html;

/**
 * The sizes and shades of the map grid that depend on its number of phases: how far the print
 * style zooms the map to fit it on a page, and the colour of each phase's head.
 */
public final class MapGridLayout {

	/**
	 * Printable width of A3 landscape at 10 mm margins, in CSS pixels (96 per inch): the print
	 * style puts the map on A3 pages, the size journey maps are printed at.
	 */
	private static final double A3_PRINT_WIDTH = 1505.0;
	/** The lane-label and column widths the print style gives the map before it is zoomed to fit. */
	private static final int PRINT_LANE_WIDTH = 140;
	private static final int PRINT_COLUMN_WIDTH = 196;

	private static final int FIRST_PHASE_HUE = 228;
	private static final double HUE_RANGE = 60.0;

	private MapGridLayout() {
	}

	/**
	 * The zoom that fits the map's print width onto the printed page, rounded down; a map with few
	 * phases keeps its size and gets wider columns instead.
	 */
	public static String printZoom(int columns) {
		int mapWidth = PRINT_LANE_WIDTH + columns * PRINT_COLUMN_WIDTH;
		return Html.decimal(Math.floor(Math.min(1.0, A3_PRINT_WIDTH / mapWidth) * 100) / 100);
	}

	/** Phases shade from indigo to teal, so the eye follows the journey from left to right. */
	public static long phaseHue(int index, int columns) {
		return columns <= 1 ? FIRST_PHASE_HUE : FIRST_PHASE_HUE - Math.round(HUE_RANGE * index / (columns - 1));
	}
}
