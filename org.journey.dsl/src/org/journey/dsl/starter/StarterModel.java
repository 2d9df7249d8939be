package org.journey.dsl.starter;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.journey.dsl.phasemodel.ModelPhase;
import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.phasemodel.TypicalTouchpoint;

/**
 * The starter content of a new .journey file: the phases of a standard model in order, with the
 * seeds' typical touchpoints as placeholders and comments that teach the language, all in the
 * journey's language. Used by {@code journey new} and the Eclipse "New Journey" wizard; the result
 * validates without errors or warnings.
 */
public final class StarterModel {

	private StarterModel() {
	}

	public static String create(String journeyName, PhaseModel model, ReportLanguage language) {
		Texts texts = Texts.of(language);
		String name = toIdentifier(journeyName, "MyJourney");
		String packageName = name.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder();
		out.append("// ").append(journeyName).append(texts.header().replace("{model}", model.id())).append("\n");
		for (String line : texts.introduction()) {
			out.append("// ").append(line).append("\n");
		}
		out.append("package ").append(packageName).append("\n\n");
		out.append("// ").append(texts.segmentComment()).append("\n");
		out.append("segment ").append(texts.segmentName()).append(" \"").append(texts.segmentTitle()).append("\" {\n");
		out.append("    description \"").append(texts.segmentDescription()).append("\"\n");
		out.append("    share 100%\n");
		out.append("    needs \"...\"\n");
		out.append("    triggers \"...\"\n");
		out.append("}\n\n");
		out.append("// ").append(texts.sourceComment()).append("\n");
		out.append("source ").append(texts.sourceName()).append(" \"").append(texts.sourceTitle())
				.append("\" {\n    kind analytics\n}\n\n");
		out.append("// ").append(texts.kpiComment()).append("\n");
		out.append("kpi ").append(texts.kpiName()).append(" \"").append(texts.kpiTitle()).append("\" {\n");
		out.append("    unit percent\n    baseline 1\n    target 2 by 2027-12-31\n");
		out.append("    formula count(journey_completed) / count(journey_started)\n");
		out.append("    source ").append(texts.sourceName()).append("\n");
		out.append("}\n\n");
		out.append("goal ").append(texts.goalName()).append(" \"").append(texts.goalTitle()).append("\" {\n    kind new-sales\n    kpis ")
				.append(texts.kpiName()).append("\n}\n\n");
		out.append("journey ").append(name).append(" \"").append(escape(journeyName)).append("\" {\n");
		out.append("    for ").append(texts.segmentName()).append("\n    pursues ").append(texts.goalName()).append("\n");
		out.append("    model ").append(model.id()).append("\n");
		out.append("    language ").append(language.code()).append("\n");
		List<ModelPhase> phases = model.phases();
		for (int i = 0; i < phases.size(); i++) {
			ModelPhase phase = phases.get(i);
			out.append("\n    phase ").append(toIdentifier(phase.name(language), phase.id())).append(" \"")
					.append(escape(phase.name(language))).append("\" {\n");
			if (i == 0) {
				out.append("        // ").append(texts.phaseComment()).append("\n");
			}
			out.append("        customer-goal \"...\"\n");
			out.append("        doing \"...\"\n");
			out.append("        thinking \"...\"\n");
			out.append("        feeling 0\n");
			Set<String> used = new LinkedHashSet<>();
			for (TypicalTouchpoint touchpoint : phase.typicalTouchpoints()) {
				String title = touchpoint.title(language);
				String id = toIdentifier(title, "Touchpoint");
				if (!used.add(id)) {
					continue;
				}
				out.append("\n        touchpoint ").append(id).append(" \"").append(escape(title)).append("\" {\n");
				out.append("            channel ").append(touchpoint.channel()).append("\n");
				if (i == 0 && used.size() == 1) {
					out.append("            // ").append(texts.eventComment()).append("\n");
					out.append("            event journey_started\n");
				}
				if (isPurchase(model, phase) && used.size() == 1) {
					out.append("            event journey_completed\n");
				}
				out.append("        }\n");
			}
			out.append("    }\n");
		}
		out.append("}\n");
		return out.toString();
	}

	/**
	 * What the starter file says in the journey's language: its comments, the titles of the sample
	 * segment, source, KPI and goal, and their names (Danish and Norwegian names, as modellers of
	 * those languages write them; the keywords stay English).
	 */
	private record Texts(String header, List<String> introduction, String segmentComment, String segmentName,
			String segmentTitle, String segmentDescription, String sourceComment, String sourceName, String sourceTitle,
			String kpiComment, String kpiName, String kpiTitle, String goalName, String goalTitle, String phaseComment,
			String eventComment) {

		static Texts of(ReportLanguage language) {
			return switch (language) {
			case DA -> new Texts(": en kunderejse efter fasemodellen {model}.",
					List.of("Erstat pladsholderne (\"...\") med det, I ved om jeres kunder, og kør så",
							"'journey validate' og 'journey generate' for at se kunderejsekortet.",
							"Nøgleordene (segment, phase, touchpoint ...) er engelske; navne og tekster må være danske."),
					"Hvem rejsen er for: ét segment pr. målgruppe med dets andel af kunderne.",
					"Kunder", "Vores kunder", "Hvem de er, hvad de har brug for, hvornår de begynder at lede",
					"Hvor belægget kommer fra; kind er en af analytics, interviews, surveys, reviews, support-logs m.fl.",
					"Webanalyse", "Webanalyse",
					"En KPI siger, hvordan et mål måles: en formel over de hændelser (event), kontaktpunkterne nedenfor sender.",
					"Konverteringsrate", "Besøgende, der bliver kunder", "FlereKunder", "Flere nye kunder",
					"hvad kunden vil, gør, tænker og føler (-2 meget negativ .. +2 meget positiv)",
					"hændelser er det, webanalysen måler; KPI'en ovenfor tæller disse to");
			case NB -> new Texts(": en kundereise etter fasemodellen {model}.",
					List.of("Erstatt plassholderne (\"...\") med det dere vet om kundene deres, og kjør så",
							"'journey validate' og 'journey generate' for å se kundereisekartet.",
							"Nøkkelordene (segment, phase, touchpoint ...) er engelske; navn og tekster kan være norske."),
					"Hvem reisen er for: ett segment per målgruppe, med dets andel av kundene.",
					"Kunder", "Våre kunder", "Hvem de er, hva de trenger, når de begynner å lete",
					"Hvor belegget kommer fra; kind er en av analytics, interviews, surveys, reviews, support-logs m.fl.",
					"Nettanalyse", "Nettanalyse",
					"En KPI sier hvordan et mål måles: en formel over hendelsene (event) kontaktpunktene nedenfor sender.",
					"Konverteringsrate", "Besøkende som blir kunder", "FlereKunder", "Flere nye kunder",
					"hva kunden vil, gjør, tenker og føler (-2 svært negativ .. +2 svært positiv)",
					"hendelser er det nettanalysen måler; KPI-en ovenfor teller disse to");
			default -> new Texts(": a customer journey on the {model} model.",
					List.of("Replace the placeholders (\"...\") with what you know about your customers, then run",
							"'journey validate' and 'journey generate' to see the journey map."),
					"Who the journey is for: one segment per target group, with its share of customers.",
					"Customers", "Our customers", "Who they are, what they need, when they start looking",
					"Where the evidence comes from: analytics, interviews, surveys, reviews, support logs.",
					"Analytics", "Web analytics",
					"A KPI says how a goal is measured: a formula over events the touchpoints below emit.",
					"Conversion", "Visitors who become customers", "MoreCustomers", "More new customers",
					"what the customer wants, does, thinks and feels (-2 very negative .. +2 very positive)",
					"events are what analytics tracks; the KPI above counts these two");
			};
		}
	}

	private static boolean isPurchase(PhaseModel model, ModelPhase phase) {
		return model.purchasePhaseId().equals(phase.id());
	}

	/** A name as the grammar accepts it: letters (æ, ø, å included) and digits, words joined in CamelCase. */
	public static String toIdentifier(String text, String fallback) {
		String cleaned = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder id = new StringBuilder();
		boolean upper = true;
		for (int i = 0; i < cleaned.length(); i++) {
			char c = cleaned.charAt(i);
			boolean allowed = c < 0x250 && Character.isLetterOrDigit(c);
			if (!allowed) {
				upper = true;
				continue;
			}
			if (id.length() == 0 && Character.isDigit(c)) {
				id.append('_');
			}
			id.append(upper ? Character.toUpperCase(c) : c);
			upper = false;
		}
		return id.length() == 0 ? fallback : id.toString();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
