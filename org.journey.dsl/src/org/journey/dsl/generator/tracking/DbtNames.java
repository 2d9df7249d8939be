package org.journey.dsl.generator.tracking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.model.AsciiNames;

/**
 * Names as dbt accepts them for semantic models, entities, dimensions, measures and metrics: lower
 * snake case, starting with a letter, ending with a letter or digit, no double underscore (MetricFlow
 * reads {@code a__b} as the dimension b reached through entity a).
 */
public final class DbtNames {

	/**
	 * A setting naming a dbt model or column (events model, entity, timestamp column), in a tracking
	 * block or on the command line: it goes unquoted into dbt's YAML and SQL, so only a plain
	 * lower-case identifier is accepted.
	 */
	public static final Pattern SETTING = Pattern.compile("[a-z_][a-z0-9_]*");

	/** dbt-jsonschema's pattern for these names, without its look-ahead for "__". */
	public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*[a-z0-9]");

	/**
	 * Words that are reserved in most warehouses' SQL (ANSI SQL, Postgres, Snowflake, BigQuery,
	 * Redshift, DuckDB): a column named like one of them must be quoted in an expression, and
	 * MetricFlow refuses the first group (its own list) as names of dimensions, entities and measures.
	 */
	static final Set<String> METRICFLOW_RESERVED = Set.of("and", "as", "create", "distinct", "for", "from", "full",
			"having", "in", "inner", "into", "is", "join", "left", "like", "natural", "not", "null", "on", "or", "right",
			"select", "union", "using", "where", "with");
	static final Set<String> SQL_KEYWORDS = union(METRICFLOW_RESERVED, Set.of("all", "any", "array", "asc", "between",
			"both", "by", "case", "cast", "check", "collate", "column", "constraint", "cross", "current", "current_date",
			"current_time", "current_timestamp", "current_user", "default", "delete", "desc", "drop", "else", "end",
			"except", "exists", "extract", "false", "fetch", "foreign", "grant", "group", "if", "intersect", "interval",
			"lateral", "leading", "limit", "localtime", "localtimestamp", "merge", "offset", "order", "outer", "over",
			"partition", "primary", "qualify", "range", "references", "row", "rows", "session_user", "some", "table",
			"then", "to", "trailing", "true", "unique", "update", "user", "values", "when", "window"));
	private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private DbtNames() {
	}

	/**
	 * The column of an event property as SQL: the name itself, or in ANSI double quotes where the
	 * name is an SQL keyword ({@code order}) or not a plain identifier, since unquoted it would not
	 * parse, or (as {@code user}) would silently mean something else.
	 */
	public static String column(String property) {
		if (PLAIN_IDENTIFIER.matcher(property).matches() && !SQL_KEYWORDS.contains(property.toLowerCase(Locale.ROOT))) {
			return property;
		}
		return '"' + property.replace("\"", "\"\"") + '"';
	}

	/**
	 * The prefix of every dbt name generated for a journey: semantic model, entity, measures, metrics
	 * and file. The journey's name in snake case; where another journey of the workspace (its
	 * resource set) has the same snake-case name, both are qualified by their package; where even
	 * that is the same ({@code My_Journey} and {@code MyJourney} in one package), a short hash of the
	 * exact qualified name tells them apart. So every journey's names differ in one dbt project.
	 */
	public static String journeyPrefix(Journey journey) {
		String simple = snakeCase(journey.getName());
		List<Journey> sameSimpleName = journeysOf(journey).stream()
				.filter(other -> other != journey && simple.equals(snakeCase(other.getName()))).toList();
		if (sameSimpleName.isEmpty()) {
			return simple;
		}
		String qualified = snakeCase(qualifiedName(journey));
		boolean sameQualifiedName = sameSimpleName.stream()
				.anyMatch(other -> qualified.equals(snakeCase(qualifiedName(other))));
		return sameQualifiedName ? qualified + "_" + shortHash(qualifiedName(journey)) : qualified;
	}

	/**
	 * How labels name the journey: by its name, or by its qualified name where its prefix had to be
	 * qualified ({@link #journeyPrefix}); metric labels must be unique in a dbt project too.
	 */
	public static String journeyLabel(Journey journey, String prefix) {
		return prefix.equals(snakeCase(journey.getName())) ? journey.getName() : qualifiedName(journey);
	}

	static String qualifiedName(Journey journey) {
		String packageName = journey.eContainer() instanceof Model model ? model.getName() : null;
		return packageName == null ? journey.getName() : packageName + "." + journey.getName();
	}

	private static List<Journey> journeysOf(Journey journey) {
		Resource resource = journey.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return List.of();
		}
		return resource.getResourceSet().getResources().stream()
				.filter(r -> !r.getContents().isEmpty() && r.getContents().get(0) instanceof Model)
				.flatMap(r -> EcoreUtil2.typeSelect(((Model) r.getContents().get(0)).getElements(), Journey.class).stream())
				.filter(j -> Objects.nonNull(j.getName())).toList();
	}

	private static String shortHash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 3);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return Set.copyOf(all);
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

		String allocate(String wanted) {
			String name = wanted;
			for (int suffix = 2; !taken.add(name); suffix++) {
				name = wanted + "_" + suffix;
			}
			return name;
		}
	}
}
