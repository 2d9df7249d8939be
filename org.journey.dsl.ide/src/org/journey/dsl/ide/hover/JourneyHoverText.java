package org.journey.dsl.ide.hover;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.journey.dsl.journey.Channel;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.journey.Source;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.journey.TimeUnit;
import org.journey.dsl.journey.Unit;
import org.journey.dsl.map.FormulaPrinter;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMap.Direction;
import org.journey.dsl.map.KpiValues;
import org.journey.dsl.map.ReportFormats;
import org.journey.dsl.map.ReportLabels;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * The Markdown a hover shows for a model element: the facts a modeller otherwise scrolls for
 * (a KPI's baseline and target, a phase's touchpoints, where an event is emitted). Kept apart
 * from the language server's HoverService so other editors can show the same text.
 */
public class JourneyHoverText {

	/** Hovers are in English, like the validator's messages, whatever the journey's report language. */
	private static final ReportLabels LABELS = ReportLabels.of(ReportLanguage.EN);
	private static final ReportFormats FORMATS = ReportFormats.of(ReportLanguage.EN);
	private static final KpiValues KPI_VALUES = KpiValues.of(ReportLanguage.EN);

	/** The hover text of {@code element}, or null for elements without one. */
	public String markdown(EObject element) {
		if (element instanceof Kpi kpi) {
			return kpi(kpi);
		}
		if (element instanceof Phase phase) {
			return phase(phase);
		}
		if (element instanceof Event event) {
			return event(event);
		}
		if (element instanceof Segment segment) {
			return segment(segment);
		}
		return null;
	}

	private String kpi(Kpi kpi) {
		StringBuilder text = heading("KPI", kpi.getName(), kpi.getTitle());
		description(text, kpi.getDescription());
		if (kpi.getUnit() != null && kpi.getUnit() != Unit.UNSPECIFIED) {
			String qualifier = kpi.getCurrency() != null ? kpi.getCurrency()
					: kpi.getDurationUnit() != TimeUnit.UNSPECIFIED ? kpi.getDurationUnit().getLiteral() : null;
			line(text, "Unit", kpi.getUnit().getLiteral() + (qualifier != null ? " " + qualifier : ""));
		}
		if (kpi.getBaseline() != null || kpi.getTarget() != null) {
			String progress = KpiValues.range(KpiValues.asWritten(kpi.getBaseline()), KpiValues.asWritten(kpi.getTarget()));
			if (kpi.getTargetDate() != null) {
				progress += " " + KPI_VALUES.by(kpi.getTargetDate());
			}
			line(text, "Baseline " + KpiValues.ARROW + " target", progress);
		}
		Direction direction = Direction.ofLiteral(kpi.getDirection().getLiteral());
		line(text, "Direction", direction.literal() + " (" + LABELS.direction(direction) + ")");
		if (kpi.getFormula() != null) {
			line(text, "Measured by", "`" + FormulaPrinter.print(kpi.getFormula()) + "`");
		} else if (!kpi.getSources().isEmpty()) {
			line(text, "Measured from", kpi.getSources().stream().map(JourneyHoverText::sourceName)
					.collect(Collectors.joining(", ")));
		} else {
			line(text, "Measured by", "nothing yet: no formula, no source");
		}
		return text.toString();
	}

	private String phase(Phase phase) {
		StringBuilder text = heading("Phase", phase.getName(), phase.getTitle());
		description(text, phase.getCustomerGoal() == null ? phase.getDescription() : "Customer goal: " + phase.getCustomerGoal());
		if (phase.getFeeling() != null) {
			line(text, "Feeling", FORMATS.signed(phase.getFeeling())
					+ (phase.getFeelingNote() == null ? "" : " (" + phase.getFeelingNote() + ")"));
		}
		if (phase.getVolume() != null) {
			line(text, "Volume", String.format(Locale.ROOT, "%,d customers", phase.getVolume()));
		}
		List<Touchpoint> touchpoints = phase.getTouchpoints();
		if (touchpoints.isEmpty()) {
			line(text, "Touchpoints", "none yet");
		} else {
			text.append("\n**Touchpoints**\n");
			for (Touchpoint touchpoint : touchpoints) {
				text.append("- ").append(displayName(touchpoint.getName(), touchpoint.getTitle()));
				if (touchpoint.getChannel() != null && touchpoint.getChannel() != Channel.UNSPECIFIED) {
					text.append(" (").append(touchpoint.getChannel().getLiteral()).append(')');
				}
				text.append('\n');
			}
		}
		return text.toString();
	}

	private String event(Event event) {
		StringBuilder text = heading("Event", event.getName(), null);
		description(text, event.getDescription());
		if (event.eContainer() instanceof Touchpoint touchpoint) {
			String where = "touchpoint " + touchpoint.getName();
			if (touchpoint.eContainer() instanceof Phase phase) {
				where += " in phase " + phase.getName();
			}
			line(text, "Emitted by", where);
		}
		if (event.getProperties().isEmpty()) {
			line(text, "Properties", "none");
		} else {
			text.append("\n**Properties**\n");
			for (EventProperty property : event.getProperties()) {
				text.append("- `").append(property.getName()).append("`: ").append(property.getType().getLiteral());
				if (property.isRequired()) {
					text.append(", required");
				}
				if (property.getDescription() != null) {
					text.append(" — ").append(property.getDescription());
				}
				text.append('\n');
			}
		}
		return text.toString();
	}

	private String segment(Segment segment) {
		StringBuilder text = heading("Segment", segment.getName(), segment.getTitle());
		description(text, segment.getDescription());
		if (segment.getShare() != null) {
			line(text, "Share", KpiValues.asWritten(segment.getShare()) + " % of customers");
		}
		if (!segment.getNeeds().isEmpty()) {
			line(text, "Needs", String.join(", ", segment.getNeeds()));
		}
		if (!segment.getTriggers().isEmpty()) {
			line(text, "Triggers", String.join(", ", segment.getTriggers()));
		}
		return text.toString();
	}

	private static StringBuilder heading(String kind, String name, String title) {
		return new StringBuilder("**").append(kind).append("** ").append(displayName(name, title)).append('\n');
	}

	private static String displayName(String name, String title) {
		return title == null ? "`" + name + "`" : "`" + name + "` — " + title;
	}

	private static void description(StringBuilder text, String description) {
		if (description != null) {
			text.append('\n').append(description).append('\n');
		}
	}

	/** One fact per list item, so clients render one per line. */
	private static void line(StringBuilder text, String label, String value) {
		text.append("- ").append(label).append(": ").append(value).append('\n');
	}

	private static String sourceName(Source source) {
		return JourneyMap.labelOf(source.getName(), source.getTitle());
	}
}
