package org.journey.dsl.generator;

/**
 * The one rule every CSV the generator writes follows for text cells, so that opening a file in a
 * spreadsheet never runs a formula the model's author (or anyone who edits the model) put in a
 * title or description.
 * <p>
 * A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a
 * tab or carriage return, which some spreadsheets skip before reading such a character) as a
 * formula, so a text such as {@code =HYPERLINK(...)} could act when the file is opened. A text
 * cell starting with one of these gets an apostrophe in front, which spreadsheets read as "this
 * is text" (OWASP's advice on CSV injection). Numbers a generator writes itself are typed cells
 * and must not go through here: a -1 must stay the number -1.
 */
public final class SpreadsheetCells {

	/** The characters that make a spreadsheet read a cell as a formula when the cell starts with them. */
	public static final String FORMULA_START_CHARACTERS = "=+-@\t\r";

	private SpreadsheetCells() {
	}

	/** A text cell: empty when absent, and neutralised when a spreadsheet would run it as a formula. */
	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		return startsLikeAFormula(value) ? "'" + value : value;
	}

	/** Whether a spreadsheet would run {@code cell} as a formula. */
	public static boolean startsLikeAFormula(String cell) {
		return cell != null && !cell.isEmpty() && FORMULA_START_CHARACTERS.indexOf(cell.charAt(0)) >= 0;
	}
}
