package org.journey.dsl.model;

import java.text.Normalizer;

/**
 * Names in ASCII letters for the tools that accept nothing else (dbt, Iglu). The grammar allows
 * the letters of Danish, Norwegian and other Latin scripts in names, so that a modeller writes
 * {@code PlakatTilVæggen}; a tool then needs {@code PlakatTilVaeggen}.
 */
public final class AsciiNames {

	private AsciiNames() {
	}

	/**
	 * {@code text} with Danish and Norwegian letters spelled out as those languages do when they
	 * lack them (æ → ae, ø → oe, å → aa), ß as ss, and other accents dropped (é → e, ö → o).
	 * Letters with no ASCII base letter (ł, ŋ, þ) are kept: the caller drops or replaces whatever
	 * its tool rejects.
	 */
	public static String transliterate(String text) {
		String spelledOut = text.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "oe").replace("Ø", "Oe")
				.replace("å", "aa").replace("Å", "Aa").replace("ß", "ss");
		// decomposed, an accented letter is its base letter followed by combining marks
		return Normalizer.normalize(spelledOut, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}
}
