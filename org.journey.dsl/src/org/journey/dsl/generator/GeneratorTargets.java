package org.journey.dsl.generator;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The generator's targets and which of them run. All run unless a caller (the command line, a
 * preference page) selects some by name.
 */
@Singleton
public class GeneratorTargets {

	private final List<ReportTarget> all;
	private Set<String> selected;

	@Inject
	public GeneratorTargets(Set<ReportTarget> targets) {
		this.all = targets.stream().sorted(Comparator.comparing(ReportTarget::name)).toList();
	}

	public List<ReportTarget> all() {
		return all;
	}

	public List<String> names() {
		return all.stream().map(ReportTarget::name).toList();
	}

	/** Runs only the named targets; unknown names are rejected with the list of known ones. */
	public void select(Collection<String> names) {
		Set<String> unknown = names.stream().filter(n -> !names().contains(n)).collect(Collectors.toCollection(LinkedHashSet::new));
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Unknown target(s) " + String.join(", ", unknown) + "; known targets: "
					+ String.join(", ", names()));
		}
		this.selected = new LinkedHashSet<>(names);
	}

	public void selectAll() {
		this.selected = null;
	}

	public List<ReportTarget> selected() {
		return selected == null ? all : all.stream().filter(t -> selected.contains(t.name())).toList();
	}
}
