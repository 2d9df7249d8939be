package org.journey.dsl.parser;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.journey.dsl.model.EditDistance;

/**
 * The closest of a set of words to a word that is not one of them: for "did you mean" in syntax
 * errors. Edit distance counts a swap of two neighbouring letters as one edit, the commonest slip
 * in typing ("touchpiont"). Where spelling cannot help, a small table of synonyms does: a
 * modeller who writes {@code channel facebook} means {@code social}.
 */
public final class Suggestions {

	/** Words modellers write for a value the language spells otherwise. */
	private static final Map<String, String> SYNONYMS = Map.ofEntries(
			Map.entry("facebook", "social"), Map.entry("instagram", "social"), Map.entry("linkedin", "social"),
			Map.entry("tiktok", "social"), Map.entry("twitter", "social"), Map.entry("youtube", "video"),
			Map.entry("google", "search"), Map.entry("seo", "search"), Map.entry("sem", "search"),
			Map.entry("website", "web"), Map.entry("online", "web"), Map.entry("newsletter", "email"),
			Map.entry("e-mail", "email"), Map.entry("shop", "store"), Map.entry("telephone", "phone"),
			Map.entry("call", "phone"),
			Map.entry("dk", "da"), Map.entry("dansk", "da"), Map.entry("danish", "da"), Map.entry("no", "nb"),
			Map.entry("nn", "nb"), Map.entry("norsk", "nb"), Map.entry("norwegian", "nb"), Map.entry("english", "en"),
			Map.entry("months", "weeks"), Map.entry("month", "weeks"), Map.entry("minutes", "hours"),
			Map.entry("float", "number"), Map.entry("double", "number"), Map.entry("decimal", "number"),
			Map.entry("int", "integer"), Map.entry("bool", "boolean"), Map.entry("text", "string"),
			Map.entry("percentage", "percent"), Map.entry("money", "currency"), Map.entry("time", "duration"));

	private Suggestions() {
	}

	/**
	 * The candidate closest to {@code written}, if it is close enough to be a slip (at most one
	 * edit in a short word, two in a longer one) or {@code written} is a known synonym of one.
	 */
	public static Optional<String> closest(String written, Collection<String> candidates) {
		if (written == null || written.isEmpty()) {
			return Optional.empty();
		}
		String lower = written.toLowerCase(Locale.ROOT);
		String synonym = SYNONYMS.get(lower);
		if (synonym != null && candidates.contains(synonym)) {
			return Optional.of(synonym);
		}
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int distance = EditDistance.between(lower, candidate.toLowerCase(Locale.ROOT));
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best != null && bestDistance <= allowedEdits(written, best) ? Optional.of(best) : Optional.empty();
	}

	/** A slip changes a word a little: one edit in a word of up to four letters, two in a longer one. */
	static int allowedEdits(String written, String candidate) {
		return Math.min(written.length(), candidate.length()) <= 4 ? 1 : 2;
	}
}
