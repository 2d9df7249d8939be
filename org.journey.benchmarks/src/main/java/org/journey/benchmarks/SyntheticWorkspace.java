package org.journey.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A workspace of .journey files as a large company keeps them, of about a requested number of
 * lines: one shared library (segments, sources) imported by every other file, and per file a
 * package with its KPIs, a goal, one journey of many phases (touchpoints with events, pains,
 * opportunities) and initiatives. Every model is free of errors and warnings, so the benchmark
 * measures the paths real models take (nothing short-circuits on an error). The same size and
 * file count always give the same text.
 */
public final class SyntheticWorkspace {

	/** Touchpoints per phase: a phase of a real journey has a handful to a few dozen. */
	public static final int TOUCHPOINTS_PER_PHASE = 8;

	private static final String[] SEGMENTS = { "HomeDecorators", "ArtCollectors", "GiftBuyers", "OfficeManagers" };
	private static final String[] CHANNELS = { "web online", "app online", "email online", "social online", "store offline",
			"phone offline" };
	private static final String[] OWNERS = { "Marketing", "E-commerce", "Customer Service", "Logistics", "Finance" };

	private final Map<String, String> files = new LinkedHashMap<>();
	private int lines;

	private SyntheticWorkspace() {
	}

	/**
	 * About {@code targetLines} lines (at least 1,000 are sensible) spread over {@code fileCount}
	 * files (the shared library included; at least 2).
	 */
	public static SyntheticWorkspace generate(int targetLines, int fileCount) {
		if (fileCount < 2) {
			throw new IllegalArgumentException("a workspace needs the library and at least one journey file");
		}
		SyntheticWorkspace workspace = new SyntheticWorkspace();
		workspace.add("shared/library.journey", library());
		int journeyFiles = fileCount - 1;
		int linesPerFile = Math.max(60, (targetLines - workspace.lines) / journeyFiles);
		for (int file = 0; file < journeyFiles; file++) {
			workspace.add(String.format("journeys/team%03d.journey", file), journeyFile(file, linesPerFile));
		}
		return workspace;
	}

	/** File path (relative, '/'-separated) to text, the library first. */
	public Map<String, String> files() {
		return files;
	}

	public int lines() {
		return lines;
	}

	public long bytes() {
		return files.values().stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
	}

	/** Writes the files below {@code root}, creating folders as needed. */
	public void writeTo(Path root) throws IOException {
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = root.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
		}
	}

	private void add(String path, String text) {
		files.put(path, text);
		lines += (int) text.chars().filter(c -> c == '\n').count();
	}

	private static String library() {
		StringBuilder text = new StringBuilder();
		text.append("// The definitions every team shares: segments and evidence sources.\n");
		text.append("package bench.shared\n\n");
		String[] shares = { "40%", "20%", "25%", "10%" };
		for (int i = 0; i < SEGMENTS.length; i++) {
			text.append("segment ").append(SEGMENTS[i]).append(" \"").append(SEGMENTS[i].replaceAll("([a-z])([A-Z])", "$1 $2"))
					.append("\" {\n");
			text.append("    description \"Customers of type ").append(i).append(", as the 2026 survey describes them\"\n");
			text.append("    share ").append(shares[i]).append('\n');
			text.append("    needs \"Inspiration\", \"Fair prices\", \"Delivery by a date\"\n");
			text.append("    triggers \"Moving house\", \"A round birthday\"\n");
			text.append("}\n\n");
		}
		text.append("source WebAnalytics \"GA4, all sites, rolling 12 months\" { kind analytics }\n");
		text.append("source Interviews \"Customer interviews, spring 2026\" {\n    kind interviews\n    description \"24 customers\"\n}\n");
		return text.toString();
	}

	private static String journeyFile(int file, int targetLines) {
		String team = String.format("team%03d", file);
		StringBuilder text = new StringBuilder(targetLines * 40);
		text.append("// Journey of team ").append(file).append(", generated for benchmarks.\n");
		text.append("package bench.").append(team).append("\n\n");
		text.append("import bench.shared.*\n\n");
		// the KPIs read the first phases' events: linking a formula crosses the file
		text.append("kpi Conversion \"Visit-to-purchase conversion\" {\n");
		text.append("    unit percent\n    baseline 1.2\n    target 2.0 by 2027-06-30\n");
		text.append("    formula count(").append(event(file, 1, 0)).append(") / count(").append(event(file, 0, 0)).append(")\n");
		text.append("    source WebAnalytics\n    owner \"Growth\"\n}\n\n");
		text.append("kpi OrderValue \"Average order value\" {\n    unit currency\n    baseline 800\n    target 900\n");
		text.append("    formula avg(").append(event(file, 1, 1)).append(".value)\n}\n\n");
		// a conversion between two events: from an event to itself would be a mistake validation reports
		text.append("kpi Repeat \"Buys again within 90 days of a visit\" {\n    unit percent\n    baseline 10\n    target 20\n");
		text.append("    formula conversion(").append(event(file, 0, 0)).append(" -> ").append(event(file, 1, 0))
				.append(" within 90 days)\n}\n\n");
		text.append("goal MoreSales \"Increase sales\" {\n    kind new-sales\n    kpis Conversion, OrderValue, Repeat\n}\n\n");
		text.append("journey Journey").append(file).append(" \"Buying online, team ").append(file).append("\" {\n");
		text.append("    for ").append(String.join(", ", SEGMENTS)).append("\n    pursues MoreSales\n\n");

		StringBuilder initiatives = new StringBuilder();
		int phase = 0;
		// a phase takes 14 lines and 7 per touchpoint, its initiative 7; stop before the next phase
		// would overshoot, but keep the two phases the KPIs read from
		int header = count(text);
		int perPhase = 14 + TOUCHPOINTS_PER_PHASE * 7 + 7;
		do {
			phase(text, file, phase);
			initiative(initiatives, phase);
			phase++;
		} while (phase < 2 || header + (phase + 1) * perPhase + 1 <= targetLines);
		text.append("}\n");
		text.append(initiatives);
		return text.toString();
	}

	private static void phase(StringBuilder text, int file, int phase) {
		text.append("    phase Phase").append(phase).append(" \"Step ").append(phase + 1).append("\" {\n");
		text.append("        customer-goal \"Get step ").append(phase + 1).append(" done without surprises\"\n");
		text.append("        doing \"Compares offers on the phone\"\n");
		text.append("        thinking 'Is this the right choice?'\n");
		text.append("        feeling ").append(phase % 5 - 2).append(" \"").append(phase % 2 == 0 ? "Curious" : "Unsure").append("\"\n");
		// a funnel narrows: volumes never grow from one phase to the next
		text.append("        volume ").append(1_000_000_000L - phase * 1_000L).append('\n');
		text.append("        kpis Conversion\n");
		for (int touchpoint = 0; touchpoint < TOUCHPOINTS_PER_PHASE; touchpoint++) {
			text.append("        touchpoint Touchpoint").append(phase).append('_').append(touchpoint)
					.append(" \"Touchpoint ").append(touchpoint).append(" of step ").append(phase + 1).append("\" {\n");
			text.append("            channel ").append(CHANNELS[(phase + touchpoint) % CHANNELS.length]).append('\n');
			text.append("            owner \"").append(OWNERS[touchpoint % OWNERS.length]).append("\"\n");
			text.append("            serves ").append(SEGMENTS[touchpoint % SEGMENTS.length]).append('\n');
			text.append("            experience ").append((phase + touchpoint) % 5 - 2).append('\n');
			text.append("            event ").append(event(file, phase, touchpoint))
					.append(" { order_id: string required \"The order\", value: number, first_time: boolean }\n");
			text.append("        }\n");
		}
		text.append("        pain Pain").append(phase).append(" \"Prices are hard to compare at step ").append(phase + 1)
				.append("\" { severity high evidence Interviews }\n");
		text.append("        opportunity Opportunity").append(phase).append(" \"Show prices side by side\" {\n");
		text.append("            value high\n            effort low\n            fixes Pain").append(phase).append('\n');
		text.append("        }\n");
		text.append("    }\n");
	}

	private static void initiative(StringBuilder text, int phase) {
		text.append("\ninitiative Initiative").append(phase).append(" \"Price comparison at step ").append(phase + 1).append("\" {\n");
		text.append("    realizes Opportunity").append(phase).append('\n');
		text.append("    owner \"E-commerce\"\n");
		text.append("    due 2027-01-31\n");
		text.append("    milestone \"Comparison live\" by 2026-12-15 moves Conversion to 1.5\n");
		text.append("}\n");
	}

	/** Events are one namespace across files: the file and position make them unique. */
	private static String event(int file, int phase, int touchpoint) {
		return "f" + file + "_p" + phase + "_t" + touchpoint + "_clicked";
	}

	private static int count(CharSequence text) {
		return (int) text.chars().filter(c -> c == '\n').count();
	}
}
