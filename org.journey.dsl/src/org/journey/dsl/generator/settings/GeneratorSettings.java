package org.journey.dsl.generator.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The generator settings an IDE stores as preferences: which targets run on save (written as on
 * the command line's --target: "all" or names separated by commas) and where their files go.
 * This class reads and checks them so the preference page and the builder agree.
 */
public final class GeneratorSettings {

	/** The preference holding the selected targets: "all", or target names separated by commas. */
	public static final String TARGETS_KEY = "org.journey.dsl.generator.targets";
	public static final String ALL_TARGETS = "all";

	/** Where the generated files go, relative to the project (the command line's --out in the README). */
	public static final String DEFAULT_OUTPUT_FOLDER = "build/journeys";

	/** The targets a stored value selects, and the names in it no target has. */
	public record TargetSelection(boolean all, List<String> names, List<String> unknown) {
		public TargetSelection {
			names = List.copyOf(names);
			unknown = List.copyOf(unknown);
		}

		/** The targets to run, among {@code known}: all of them, or the named ones. */
		public List<String> selectedAmong(List<String> known) {
			return all ? List.copyOf(known) : known.stream().filter(names::contains).toList();
		}
	}

	private GeneratorSettings() {
	}

	/**
	 * Reads a stored target selection. Blank or "all" selects every target; names are trimmed and
	 * compared in lower case; names {@code known} lacks are reported, not selected.
	 */
	public static TargetSelection parseTargets(String value, Collection<String> known) {
		if (value == null || value.isBlank() || value.trim().equalsIgnoreCase(ALL_TARGETS)) {
			return new TargetSelection(true, List.of(), List.of());
		}
		Set<String> names = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String part : value.split(",")) {
			String name = part.trim().toLowerCase(Locale.ROOT);
			if (name.isEmpty()) {
				continue;
			}
			if (name.equals(ALL_TARGETS)) {
				return new TargetSelection(true, List.of(), unknown);
			}
			if (known.contains(name)) {
				names.add(name);
			} else {
				unknown.add(name);
			}
		}
		return new TargetSelection(false, new ArrayList<>(names), unknown);
	}

	/** Why {@code value} cannot be the target selection, or empty if it can: names no target has. */
	public static Optional<String> checkTargets(String value, Collection<String> known) {
		List<String> unknown = parseTargets(value, known).unknown();
		if (unknown.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("Unknown target(s) " + String.join(", ", unknown) + "; known targets: " + String.join(", ", known)
				+ ", or all");
	}

	/**
	 * Why {@code folder} cannot be the output folder, or empty if it can: it must be a relative
	 * path inside the project, so generating never writes outside it.
	 */
	public static Optional<String> checkOutputFolder(String folder) {
		if (folder == null || folder.isBlank()) {
			return Optional.of("Enter the output folder, e.g. " + DEFAULT_OUTPUT_FOLDER);
		}
		String path = folder.trim().replace('\\', '/');
		if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
			return Optional.of("The output folder must be relative to the project, e.g. " + DEFAULT_OUTPUT_FOLDER);
		}
		for (String segment : path.split("/")) {
			if (segment.equals("..")) {
				return Optional.of("The output folder must stay inside the project: remove '..'");
			}
		}
		return Optional.empty();
	}
}
