package org.journey.dsl.starter;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.journey.dsl.phasemodel.ModelPhase;
import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * The starter content of a new .journey file: the phases of a standard model in order, with the
 * seeds' typical touchpoints as placeholders and comments that teach the language. Used by
 * {@code journey new} and the Eclipse "New Journey" wizard; the result validates without errors
 * or warnings.
 */
public final class StarterModel {

	private StarterModel() {
	}

	public static String create(String journeyName, PhaseModel model, ReportLanguage language) {
		String name = toIdentifier(journeyName, "MyJourney");
		String packageName = name.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder();
		out.append("// ").append(journeyName).append(": a customer journey on the ").append(model.id())
				.append(" model.\n");
		out.append("// Replace the placeholders (\"...\") with what you know about your customers, then run\n");
		out.append("// 'journey validate' and 'journey generate' to see the journey map.\n");
		out.append("package ").append(packageName).append("\n\n");
		out.append("// Who the journey is for: one segment per target group, with its share of customers.\n");
		out.append("segment Customers \"Our customers\" {\n");
		out.append("    description \"Who they are, what they need, when they start looking\"\n");
		out.append("    share 100%\n");
		out.append("    needs \"...\"\n");
		out.append("    triggers \"...\"\n");
		out.append("}\n\n");
		out.append("// Where the evidence comes from: analytics, interviews, surveys, reviews, support logs.\n");
		out.append("source Analytics \"Web analytics\" {\n    kind analytics\n}\n\n");
		out.append("// A KPI says how a goal is measured: a formula over events the touchpoints below emit.\n");
		out.append("kpi Conversion \"Visitors who become customers\" {\n");
		out.append("    unit percent\n    baseline 1\n    target 2 by 2027-12-31\n");
		out.append("    formula count(journey_completed) / count(journey_started)\n");
		out.append("    source Analytics\n");
		out.append("}\n\n");
		out.append("goal MoreCustomers \"More new customers\" {\n    kind new-sales\n    kpis Conversion\n}\n\n");
		out.append("journey ").append(name).append(" \"").append(escape(journeyName)).append("\" {\n");
		out.append("    for Customers\n    pursues MoreCustomers\n");
		out.append("    model ").append(model.id()).append("\n");
		out.append("    language ").append(language.code()).append("\n");
		List<ModelPhase> phases = model.phases();
		for (int i = 0; i < phases.size(); i++) {
			ModelPhase phase = phases.get(i);
			out.append("\n    phase ").append(toIdentifier(phase.name(language), phase.id())).append(" \"")
					.append(escape(phase.name(language))).append("\" {\n");
			if (i == 0) {
				out.append("        // what the customer wants, does, thinks and feels (-2 very negative .. +2 very positive)\n");
			}
			out.append("        customer-goal \"...\"\n");
			out.append("        doing \"...\"\n");
			out.append("        thinking \"...\"\n");
			out.append("        feeling 0\n");
			Set<String> used = new LinkedHashSet<>();
			for (String touchpoint : phase.typicalTouchpoints()) {
				String id = toIdentifier(touchpoint, "Touchpoint");
				if (!used.add(id)) {
					continue;
				}
				out.append("\n        touchpoint ").append(id).append(" \"").append(escape(touchpoint)).append("\" {\n");
				out.append("            channel ").append(guessChannel(touchpoint)).append("\n");
				if (i == 0 && used.size() == 1) {
					out.append("            // events are what analytics tracks; the KPI above counts these two\n");
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

	/** The channel a typical touchpoint of the seeds most likely uses, from the words in its name. */
	public static String guessChannel(String touchpoint) {
		String text = touchpoint.toLowerCase(Locale.ROOT);
		String[][] rules = { { "word of mouth", "word-of-mouth" }, { "referral", "word-of-mouth" },
				{ "recommendation", "word-of-mouth" }, { "social", "social" }, { "influencer", "social" },
				{ "youtube", "video" }, { "seo", "search" }, { "search", "search" }, { "display", "display" },
				{ "retargeting", "display" }, { "ads", "display" }, { "e-mail", "email" }, { "newsletter", "email" },
				{ "phone", "phone" }, { "call", "phone" }, { "chat", "chat" }, { "tv", "tv" }, { "print", "print" },
				{ "store", "store" }, { "delivery", "mail" }, { "app", "app" }, { "sales", "phone" },
				{ "customer service", "phone" }, { "support", "chat" }, { "survey", "email" } };
		for (String[] rule : rules) {
			if (text.contains(rule[0])) {
				return rule[1];
			}
		}
		return "web";
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
