package org.journey.dsl.generator.report.html;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.journey.dsl.map.JourneyMap.Column;

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
	/** Printable height of A3 landscape at 10 mm margins, less the section's heading, in CSS pixels. */
	private static final double A3_PRINT_HEIGHT = 820.0;
	private static final double MIN_PRINT_ZOOM = 0.5;
	// rough sizes in the print style, in CSS pixels before zooming
	private static final double PHASE_HEAD_HEIGHT = 80;
	private static final double CELL_PADDING = 20;
	private static final double CHARACTER_WIDTH = 6.6;
	private static final double LINE = 17;
	private static final double BUBBLE_PADDING = 22;
	private static final double FEELING_LANE = 190;
	private static final double TOUCHPOINT_CARD = 84;
	private static final double PAIN_CARD = 92;
	private static final double OPPORTUNITY_CARD = 70;
	private static final double KPI_CARD = 56;
	/** The lane-label and column widths the print style gives the map before it is zoomed to fit. */
	private static final int PRINT_LANE_WIDTH = 140;
	private static final int PRINT_COLUMN_WIDTH = 196;

	/** The lane-label and minimum column widths of the screen style (--lane-width, --column-width). */
	private static final int SCREEN_LANE_WIDTH = 152;
	private static final int SCREEN_COLUMN_WIDTH = 224;

	/**
	 * Widths of a letter in ems, bold and regular, of the widest font the style names that a
	 * reader's machine may pick (DejaVu Sans, Linux's system-ui): an estimate erring wide.
	 */
	private static final double BOLD_EM = 0.70;
	private static final double REGULAR_EM = 0.62;
	/** Where a browser may break a line without a hyphenation dictionary: spaces, and after - and /. */

	private static final int FIRST_PHASE_HUE = 228;
	private static final double HUE_RANGE = 60.0;

	private MapGridLayout() {
	}

	/**
	 * The zoom that fits the map's print width onto the printed page, rounded down; a map with few
	 * phases keeps its size and gets wider columns instead.
	 */
	public static String printZoom(int columns) {
		return Html.decimal(widthZoom(columns));
	}

	/**
	 * The zoom that fits the whole map on one printed page, in width and, as far as its estimated
	 * height allows, in height too (a map of up to twelve phases of the size the examples have fits
	 * one A3 page); never below {@value #MIN_PRINT_ZOOM}, under which the text is too small to read,
	 * and a taller map continues on the next page under repeated phase headings.
	 */
	public static String printZoom(List<Column> columns) {
		double width = widthZoom(columns.size(), Math.max(PRINT_COLUMN_WIDTH, minimumColumnWidth(columns)));
		double height = A3_PRINT_HEIGHT / estimatedPrintHeight(columns, width);
		double zoom = Math.max(MIN_PRINT_ZOOM, Math.min(width, Math.floor(height * 100) / 100));
		return Html.decimal(zoom);
	}

	private static double widthZoom(int columns) {
		return widthZoom(columns, PRINT_COLUMN_WIDTH);
	}

	private static double widthZoom(int columns, double columnWidth) {
		double mapWidth = PRINT_LANE_WIDTH + columns * columnWidth;
		return Math.floor(Math.min(1.0, A3_PRINT_WIDTH / mapWidth) * 100) / 100;
	}

	/**
	 * The narrowest a phase column may be so that the longest word of its texts fits on one line
	 * (in px, 0 when the style's width is wide enough). The browsers hyphenate no Danish or
	 * Norwegian without a dictionary (Chromium has none offline): a word too long for its column
	 * would be cut in two without a hyphen, so the column is made wide enough instead. All columns
	 * get the same width (the feeling curve relies on it), on screen and on paper.
	 */
	public static int minimumColumnWidth(List<Column> columns) {
		double widest = columns.stream().mapToDouble(MapGridLayout::widestWord).max().orElse(0);
		return widest <= PRINT_COLUMN_WIDTH ? 0 : (int) Math.ceil(widest);
	}

	/** The widest word of a column's texts with the room around it in its cell, card or heading, in px. */
	private static double widestWord(Column column) {
		return Stream.of(
				word(column.heading(), 15, BOLD_EM, 96),
				word(column.customerGoal(), 13.5, BOLD_EM, 34),
				column.doing().stream().mapToDouble(text -> word(text, 13, REGULAR_EM, 38)).max().orElse(0),
				column.thinking().stream().mapToDouble(text -> word(text, 13, REGULAR_EM, 46)).max().orElse(0),
				word(column.feelingNote(), 12.5, REGULAR_EM, 24),
				column.touchpoints().stream().mapToDouble(card -> Math.max(word(card.label(), 13, BOLD_EM, 80),
						Math.max(word(card.description(), 12, REGULAR_EM, 46), word(card.owner(), 11.5, REGULAR_EM, 110)))).max().orElse(0),
				column.pains().stream().mapToDouble(card -> Math.max(word(card.label(), 13, BOLD_EM, 46),
						word(card.description(), 12, REGULAR_EM, 46))).max().orElse(0))
				.mapToDouble(Double::doubleValue).max().orElse(0);
	}

	private static double word(String text, double fontSize, double em, double room) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		return longestWord(text) * fontSize * em + room;
	}

	/** The most letters (code points) between two line-break opportunities: spaces, hyphens, dashes and '/'. */
	public static int longestWord(String text) {
		int longest = 0;
		int current = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int c = text.codePointAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '-' || c == '/'
					|| c >= 0x2010 && c <= 0x2014) {
				current = 0;
			} else {
				longest = Math.max(longest, ++current);
			}
		}
		return longest;
	}

	/**
	 * The map's height before zooming, in CSS pixels: each lane as tall as its fullest phase, from
	 * the lengths of its texts at the column width the page gives (rough sizes of the print style's
	 * lines, cards and padding; an estimate, so the page count is checked in a browser test).
	 */
	static double estimatedPrintHeight(List<Column> columns, double zoom) {
		if (columns.isEmpty()) {
			return PHASE_HEAD_HEIGHT;
		}
		double columnWidth = Math.max(Math.max(PRINT_COLUMN_WIDTH, minimumColumnWidth(columns)),
				(A3_PRINT_WIDTH / zoom - PRINT_LANE_WIDTH) / columns.size());
		double charactersPerLine = Math.max(10, (columnWidth - CELL_PADDING) / CHARACTER_WIDTH);
		double height = PHASE_HEAD_HEIGHT;
		height += lane(columns, column -> column.customerGoal() == null ? 0 : lines(column.customerGoal(), charactersPerLine) * LINE);
		height += lane(columns, column -> column.doing().stream().mapToDouble(text -> lines(text, charactersPerLine - 2) * LINE).sum());
		height += lane(columns, column -> column.thinking().stream()
				.mapToDouble(text -> lines(text, charactersPerLine - 3) * LINE + BUBBLE_PADDING).sum());
		if (columns.stream().anyMatch(column -> column.feeling() != null)) {
			height += FEELING_LANE;
		}
		// a card's title runs over more lines in a narrow column, in bold
		height += lane(columns, column -> column.touchpoints().stream()
				.mapToDouble(card -> TOUCHPOINT_CARD + (lines(card.title() == null ? card.name() : card.title(),
						charactersPerLine * 0.8 - 4) - 1) * LINE)
				.sum());
		height += lane(columns, column -> column.pains().size() * PAIN_CARD);
		height += lane(columns, column -> column.opportunities().size() * OPPORTUNITY_CARD);
		height += lane(columns, column -> column.kpis().size() * KPI_CARD);
		return height;
	}

	private static double lane(List<Column> columns, ToDoubleFunction<Column> content) {
		double fullest = columns.stream().mapToDouble(content).max().orElse(0);
		return fullest == 0 ? 0 : fullest + CELL_PADDING;
	}

	private static double lines(String text, double charactersPerLine) {
		return Math.ceil(text.length() / charactersPerLine);
	}

	/** The id of a phase's heading in the map, which the overview's tiles link to. */
	public static String phaseAnchor(Column column) {
		return "phase-" + (column.index() + 1);
	}

	/**
	 * The page's own style rule that hides the map's overview where the whole map fits the
	 * section: the width it needs depends on the number of phases, which a container query (the
	 * only way without a script to ask how wide the section is) cannot read from a variable.
	 */
	public static String overviewRule(List<Column> columns) {
		int columnWidth = Math.max(SCREEN_COLUMN_WIDTH, minimumColumnWidth(columns));
		return "@container journey-map (min-width: " + (SCREEN_LANE_WIDTH + columns.size() * columnWidth)
				+ "px) { .map-overview { display: none; } }";
	}

	/** Phases shade from indigo to teal, so the eye follows the journey from left to right. */
	public static long phaseHue(int index, int columns) {
		return columns <= 1 ? FIRST_PHASE_HUE : FIRST_PHASE_HUE - Math.round(HUE_RANGE * index / (columns - 1));
	}
}
