package org.journey.dsl.model;

/**
 * How far apart two names are in spelling, for every "did you mean" of the language: misspelt
 * references and packages, keyword typos, wrong keyword values. One measure for all of them, so
 * that the editor and the command line suggest alike.
 */
public final class EditDistance {

	private EditDistance() {
	}

	/**
	 * The optimal string alignment distance: insertions, deletions, substitutions, and swaps of two
	 * adjacent letters (the commonest typo, {@code touchpiont}) each count as one edit.
	 */
	public static int between(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
