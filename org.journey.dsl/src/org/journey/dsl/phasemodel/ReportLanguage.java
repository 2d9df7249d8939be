package org.journey.dsl.phasemodel;

import java.util.Arrays;
import java.util.Optional;

/** The languages a journey's report can be written in. */
public enum ReportLanguage {
	EN("en", "English"), DA("da", "Danish"), NB("nb", "Norwegian (bokmål)");

	private final String code;
	private final String displayName;

	ReportLanguage(String code, String displayName) {
		this.code = code;
		this.displayName = displayName;
	}

	public String code() {
		return code;
	}

	public String displayName() {
		return displayName;
	}

	/** The language for a journey's {@code language} code; English when the journey names none. */
	public static ReportLanguage ofCode(String code) {
		return find(code).orElse(EN);
	}

	public static Optional<ReportLanguage> find(String code) {
		return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
	}
}
