package org.journey.dsl.phasemodel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One phase of a standard phase model: its id (the name a modeller gives the phase in English),
 * its names in the report languages, and the touchpoints the seeds list as typical for it.
 */
public record ModelPhase(String id, Map<ReportLanguage, String> names, List<TypicalTouchpoint> typicalTouchpoints) {

	public ModelPhase {
		names = Map.copyOf(names);
		typicalTouchpoints = List.copyOf(typicalTouchpoints);
	}

	public String name(ReportLanguage language) {
		return names.getOrDefault(language, names.get(ReportLanguage.EN));
	}

	/** The spellings a phase may be named by: the id and every language's name, normalized. */
	public Set<String> matchKeys() {
		Set<String> keys = names.values().stream().map(ModelPhase::normalize).collect(Collectors.toSet());
		keys.add(normalize(id));
		return keys;
	}

	/** Lower case, letters and digits only: "Get support", "GetSupport" and "get_support" match. */
	public static String normalize(String name) {
		StringBuilder result = new StringBuilder(name.length());
		name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(result::appendCodePoint);
		return result.toString();
	}
}
