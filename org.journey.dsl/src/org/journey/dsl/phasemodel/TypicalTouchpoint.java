package org.journey.dsl.phasemodel;

import java.util.Map;

/**
 * A touchpoint the seeds call typical for a phase: its title in the report languages and the
 * channel it uses (a literal of the grammar's Channel enum). The channel is given, not guessed
 * from the title: "Delivery updates" reach the customer by e-mail, not by post.
 */
public record TypicalTouchpoint(String channel, Map<ReportLanguage, String> titles) {

	public TypicalTouchpoint {
		titles = Map.copyOf(titles);
	}

	/** The title in {@code language}, English where that language has none. */
	public String title(ReportLanguage language) {
		return titles.getOrDefault(language, titles.get(ReportLanguage.EN));
	}
}
