package org.journey.dsl.generator.tracking;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.journey.dsl.model.AsciiNames;

/**
 * Names as dbt accepts them for semantic models, entities, dimensions, measures and metrics: lower
 * snake case, starting with a letter, ending with a letter or digit, no double underscore (MetricFlow
 * reads {@code a__b} as the dimension b reached through entity a).
 */
public final class DbtNames {

	/** dbt-jsonschema's pattern for these names, without its look-ahead for "__". */
	public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*[a-z0-9]");

	private DbtNames() {
	}

	/**
	 * {@code ReturnRate} becomes {@code return_rate}, {@code PlakatTilVæggen} becomes
	 * {@code plakat_til_vaeggen}: Danish and Norwegian letters are spelled out as their own
	 * languages do, other accents dropped, anything else becomes a single underscore.
	 */
	public static String snakeCase(String name) {
		String ascii = AsciiNames.transliterate(name);
		String words = ascii.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
		String snake = words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (snake.isEmpty() || !Character.isLetter(snake.charAt(0))) {
			snake = "n_" + snake;
		}
		// a one-letter name cannot satisfy dbt's pattern, which needs a first and a last character
		return snake.endsWith("_") || snake.length() < 2 ? snake + "x" : snake;
	}

	/** Hands out names once each; a name already taken gets a numeric suffix, the same on every run. */
	static final class Allocator {

		private final Set<String> taken = new HashSet<>();

		/** Marks a name as taken without allocating it, e.g. MetricFlow's reserved words. */
		void reserve(String name) {
			taken.add(name);
		}

		boolean isTaken(String name) {
			return taken.contains(name);
		}

		String allocate(String wanted) {
			String name = wanted;
			for (int suffix = 2; !taken.add(name); suffix++) {
				name = wanted + "_" + suffix;
			}
			return name;
		}
	}
}
