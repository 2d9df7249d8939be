package org.journey.dsl.generator.report.portfolio;

import java.util.Map;

import org.journey.dsl.map.ReportLabels;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * The words of the portfolio index in English, Danish and Norwegian (bokmål): its own few, and
 * every other through {@link ReportLabels}, so a word the journey maps use reads the same here.
 * The same fallbacks: a missing translation is English, a missing key the key itself.
 */
public final class PortfolioLabels {

	private static final Map<String, String[]> LABELS = Map.ofEntries(
			Map.entry("portfolio.title", new String[] { "Journey portfolio", "Kunderejseportefølje", "Kundereiseportefølje" }),
			Map.entry("portfolio.journeys", new String[] { "Journeys", "Kunderejser", "Kundereiser" }),
			Map.entry("portfolio.openMap", new String[] { "Open the journey map", "Åbn kunderejsekortet", "Åpne kundereisekartet" }),
			Map.entry("portfolio.language", new String[] { "Language", "Sprog", "Språk" }),
			Map.entry("portfolio.languages", new String[] {
					"The journeys are written in {0}. This index is in English; each journey's card and map are in the journey's own language.",
					"Kunderejserne er skrevet på {0}. Denne oversigt er på engelsk; hver kunderejses kort i oversigten og kunderejsekortet er på kunderejsens eget sprog.",
					"Kundereisene er skrevet på {0}. Denne oversikten er på engelsk; hver kundereises kort i oversikten og kundereisekartet er på kundereisens eget språk." }),
			Map.entry("portfolio.and", new String[] { "and", "og", "og" }),
			Map.entry("portfolio.noStatus", new String[] {
					"No KPI has a status yet: statuses come from measurements ('journey measure', then 'journey generate --measurements').",
					"Ingen KPI har en status endnu: status kommer fra målinger ('journey measure', derefter 'journey generate --measurements').",
					"Ingen KPI har status ennå: status kommer fra målinger ('journey measure', deretter 'journey generate --measurements')." }),
			Map.entry("portfolio.journey", new String[] { "Journey", "Kunderejse", "Kundereise" }),
			Map.entry("portfolio.span", new String[] { "Dates", "Datoer", "Datoer" }),
			Map.entry("status.not-measured", new String[] { "Not measured", "Ikke målt", "Ikke målt" }),
			Map.entry("language.en", new String[] { "English", "engelsk", "engelsk" }),
			Map.entry("language.da", new String[] { "Danish", "dansk", "dansk" }),
			Map.entry("language.nb", new String[] { "Norwegian (bokmål)", "norsk (bokmål)", "norsk (bokmål)" }));

	private final ReportLanguage language;
	private final ReportLabels reportLabels;

	private PortfolioLabels(ReportLanguage language) {
		this.language = language;
		this.reportLabels = ReportLabels.of(language);
	}

	public static PortfolioLabels of(ReportLanguage language) {
		return new PortfolioLabels(language);
	}

	public ReportLanguage language() {
		return language;
	}

	/** The journey maps' words in the same language. */
	public ReportLabels reportLabels() {
		return reportLabels;
	}

	public String get(String key) {
		String[] texts = LABELS.get(key);
		if (texts == null) {
			return reportLabels.get(key);
		}
		String text = texts[language.ordinal()];
		return text == null || text.isEmpty() ? texts[0] : text;
	}

	/** A label with placeholders {0}, {1}, ... replaced by {@code values} in order. */
	public String format(String key, String... values) {
		String text = get(key);
		for (int i = 0; i < values.length; i++) {
			text = text.replace("{" + i + "}", values[i]);
		}
		return text;
	}

	/** A KPI status's name, "Off track", or "Not measured" for {@link Portfolio.PortfolioJourney#NOT_MEASURED}. */
	public String status(String literal) {
		return get("status." + literal);
	}

	/** A pain severity's name, "high"; "none" for a pain without one. */
	public String severity(String literal) {
		return reportLabels.level(literal);
	}

	/** A language's name in this language: "Danish", "dansk". */
	public String languageName(ReportLanguage named) {
		return get("language." + named.code());
	}

	/** The languages as a list in words: "English and Danish", "English, Danish and Norwegian (bokmål)". */
	public String languageList(java.util.List<ReportLanguage> languages) {
		java.util.List<String> names = languages.stream().map(this::languageName).toList();
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " " + get("portfolio.and") + " "
				+ names.get(names.size() - 1);
	}
}
