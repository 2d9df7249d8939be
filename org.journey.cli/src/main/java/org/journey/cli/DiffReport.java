package org.journey.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.journey.dsl.diff.ModelDiff;
import org.journey.dsl.diff.ModelDiff.ChangeKind;
import org.journey.dsl.diff.ModelDiff.ElementChange;
import org.journey.dsl.diff.ModelDiff.EventChange;
import org.journey.dsl.diff.ModelDiff.PropertyChange;
import org.journey.dsl.diff.ModelDiff.TrackingChange;
import org.journey.dsl.diff.SchemaVer;

/** A {@link ModelDiff} as text for the terminal, Markdown for a pull request, or JSON. */
public final class DiffReport {

	/** The JSON format's schema, docs/diff.schema.json. */
	public static final String SCHEMA = "https://www.journey.org/dsl/schema/diff-1.schema.json";

	private DiffReport() {
	}

	// ------------------------------------------------------------------ text

	/** Text; {@code colour} paints added green, removed and breaking red, changed yellow. */
	public static String text(ModelDiff diff, String oldLabel, String newLabel, boolean colour) {
		StringBuilder out = new StringBuilder();
		out.append("journey diff ").append(oldLabel).append(" -> ").append(newLabel).append('\n');
		if (diff.isEmpty()) {
			out.append("No change in meaning.\n");
			return out.toString();
		}
		for (ElementChange change : diff.elements()) {
			String line = switch (change.kind()) {
			case ADDED -> "+ " + change.type() + " " + change.name() + " added";
			case REMOVED -> "- " + change.type() + " " + change.name() + " removed";
			case CHANGED -> "~ " + change.type() + " " + change.name() + " changed";
			case MOVED -> "> " + change.type() + " " + change.name() + " moved from phase " + change.fromPhase()
					+ " to " + change.toPhase();
			case RENAMED -> "= " + change.type() + " " + change.name() + " probably renamed from " + change.oldName();
			};
			out.append(paint(line, colourOf(change.kind()), colour)).append('\n');
			for (PropertyChange property : change.properties()) {
				out.append("    ").append(property.property()).append(": ").append(value(property.oldValue()))
						.append(" -> ").append(value(property.newValue())).append('\n');
			}
		}
		String journey = null;
		for (EventChange event : diff.events()) {
			if (!event.journey().equals(journey)) {
				journey = event.journey();
				out.append('\n').append("tracking plan of ").append(journey).append(":\n");
			}
			String head = "  " + event.event() + " " + event.kind().word() + ": " + event.level().name()
					+ versions(event, " (Iglu ", ")");
			out.append(paint(head, event.level() == SchemaVer.MODEL ? "31" : event.level() == SchemaVer.NONE ? null : "33",
					colour)).append('\n');
			for (TrackingChange change : event.changes()) {
				if (change.property() != null) {
					out.append("      property ").append(change.property()).append(": ").append(change.change())
							.append(" [").append(change.level().name()).append("]\n");
				} else if (event.kind() == ChangeKind.CHANGED) {
					out.append("      ").append(change.change()).append(" [").append(change.level().name()).append("]\n");
				}
			}
			for (String target : event.targets()) {
				out.append("      ").append(target).append('\n');
			}
		}
		out.append('\n').append(summary(diff)).append('\n');
		return out.toString();
	}

	public static String summary(ModelDiff diff) {
		List<String> counts = new ArrayList<>();
		for (ChangeKind kind : ChangeKind.values()) {
			long n = diff.count(kind);
			if (n > 0) {
				counts.add(n + " " + kind.word());
			}
		}
		String elements = diff.elements().isEmpty() ? "no element changed" : String.join(", ", counts);
		long events = diff.events().size();
		String tracking = events == 0 ? "no tracked event changed"
				: events + (events == 1 ? " tracked event" : " tracked events") + " changed, SchemaVer " + diff.level().name()
						+ (diff.isBreaking() ? " (breaking)" : "");
		return elements + "; " + tracking + ".";
	}

	private static String versions(EventChange event, String prefix, String suffix) {
		if (event.oldVersion() != null && event.oldVersion().equals(event.newVersion())) {
			return prefix + "stays " + event.oldVersion() + suffix;
		} else if (event.oldVersion() == null) {
			return prefix + "new " + event.newVersion() + suffix;
		} else if (event.newVersion() == null) {
			return prefix + event.oldVersion() + " no longer generated" + suffix;
		}
		return prefix + event.oldVersion() + " -> " + event.newVersion() + suffix;
	}

	private static String colourOf(ChangeKind kind) {
		return switch (kind) {
		case ADDED -> "32";
		case REMOVED -> "31";
		default -> "33";
		};
	}

	private static String paint(String text, String code, boolean colour) {
		return colour && code != null ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
	}

	private static String value(String value) {
		return value == null ? "(none)" : value;
	}

	// ------------------------------------------------------------------ Markdown

	/** Markdown for a pull-request comment: a summary table, then the details. */
	public static String markdown(ModelDiff diff, String oldLabel, String newLabel) {
		StringBuilder out = new StringBuilder();
		out.append("## Journey diff: `").append(oldLabel).append("` → `").append(newLabel).append("`\n\n");
		if (diff.isEmpty()) {
			out.append("No change in meaning.\n");
			return out.toString();
		}
		out.append("| | count |\n|---|---:|\n");
		for (ChangeKind kind : ChangeKind.values()) {
			out.append("| ").append(kind.word()).append(" | ").append(diff.count(kind)).append(" |\n");
		}
		out.append("| tracked events changed | ").append(diff.events().size()).append(" |\n");
		out.append("| SchemaVer | ").append(diff.isBreaking() ? "**MODEL (breaking)**" : diff.level().name())
				.append(" |\n");
		if (!diff.elements().isEmpty()) {
			out.append("\n### Elements\n\n| change | kind | element | details |\n|---|---|---|---|\n");
			for (ElementChange change : diff.elements()) {
				out.append("| ").append(change.kind() == ChangeKind.RENAMED ? "probably renamed" : change.kind().word())
						.append(" | ").append(change.type()).append(" | ").append(code(change.name())).append(" | ")
						.append(details(change).replace("|", "\\|")).append(" |\n");
			}
		}
		if (!diff.events().isEmpty()) {
			out.append("\n### Tracking\n\n| journey | event | change | SchemaVer | Iglu version |\n|---|---|---|---|---|\n");
			for (EventChange event : diff.events()) {
				out.append("| ").append(code(event.journey())).append(" | ").append(code(event.event())).append(" | ")
						.append(event.kind().word()).append(" | ")
						.append(event.level() == SchemaVer.MODEL ? "**MODEL**" : event.level().name()).append(" | ")
						.append(versions(event, "", "").replace("->", "→")).append(" |\n");
			}
			for (EventChange event : diff.events()) {
				out.append("\n#### ").append(code(event.event())).append(" (").append(md(event.journey())).append(")\n\n");
				for (TrackingChange change : event.changes()) {
					out.append("- ").append(change.property() == null ? "" : "property " + code(change.property()) + ": ")
							.append(md(change.change())).append(" (").append(change.level().name()).append(")\n");
				}
				for (String target : event.targets()) {
					out.append("- ").append(md(target)).append('\n');
				}
			}
		}
		out.append('\n').append(summary(diff)).append('\n');
		return out.toString();
	}

	private static String details(ElementChange change) {
		List<String> parts = new ArrayList<>();
		if (change.kind() == ChangeKind.MOVED) {
			parts.add(md("moved from phase " + change.fromPhase() + " to " + change.toPhase()));
		}
		if (change.kind() == ChangeKind.RENAMED) {
			parts.add("was " + code(change.oldName()));
		}
		for (PropertyChange property : change.properties()) {
			parts.add(md(property.property() + ": " + value(property.oldValue())) + " → " + md(value(property.newValue())));
		}
		return String.join("; ", parts);
	}

	/** A name as inline code: nothing inside is escaped but the table's '|'. */
	private static String code(String text) {
		return "`" + text.replace("`", "'").replace("|", "\\|") + "`";
	}

	/** Text in Markdown: "->" as an arrow; characters that would start HTML or emphasis escaped. */
	private static String md(String text) {
		return text.replace("->", "→").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*").replace("_", "\\_")
				.replace("\n", " ");
	}

	// ------------------------------------------------------------------ JSON

	public static String json(ModelDiff diff, String oldLabel, String newLabel, String failOn, boolean failed) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("$schema", SCHEMA);
		root.put("formatVersion", "1.0");
		root.put("old", oldLabel);
		root.put("new", newLabel);
		Map<String, Object> summary = new LinkedHashMap<>();
		for (ChangeKind kind : ChangeKind.values()) {
			summary.put(kind.word(), diff.count(kind));
		}
		summary.put("events", diff.events().size());
		summary.put("level", diff.level().name());
		summary.put("breaking", diff.isBreaking());
		summary.put("failOn", failOn);
		summary.put("failed", failed);
		root.put("summary", summary);
		root.put("elements", diff.elements().stream().map(change -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("change", change.kind().word());
			entry.put("type", change.type());
			entry.put("name", change.name());
			entry.put("oldName", change.oldName());
			entry.put("fromPhase", change.fromPhase());
			entry.put("toPhase", change.toPhase());
			entry.put("properties", change.properties().stream().map(p -> {
				Map<String, Object> property = new LinkedHashMap<>();
				property.put("property", p.property());
				property.put("old", p.oldValue());
				property.put("new", p.newValue());
				return property;
			}).toList());
			return entry;
		}).toList());
		root.put("events", diff.events().stream().map(event -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("journey", event.journey());
			entry.put("event", event.event());
			entry.put("change", event.kind().word());
			entry.put("level", event.level().name());
			entry.put("oldVersion", event.oldVersion());
			entry.put("newVersion", event.newVersion());
			entry.put("changes", event.changes().stream().map(c -> {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("property", c.property());
				change.put("change", c.change());
				change.put("level", c.level().name());
				return change;
			}).collect(Collectors.toList()));
			entry.put("targets", event.targets());
			return entry;
		}).toList());
		return Json.write(root);
	}
}
