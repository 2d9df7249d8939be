package org.journey.dsl.generator;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.generator.IGeneratorContext;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The generator's targets, by name. Which of them run is not kept here: one injector serves the
 * Eclipse builder (a selection per project), the command line and the language server at once, so
 * a selection travels with each run, in its {@link JourneyGeneratorContext}.
 */
@Singleton
public class GeneratorTargets {

	private final List<ReportTarget> all;

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

	/** The named targets, in name order; unknown names are rejected with the list of known ones. */
	public List<ReportTarget> named(Collection<String> names) {
		Set<String> unknown = names.stream().filter(n -> !names().contains(n))
				.collect(Collectors.toCollection(LinkedHashSet::new));
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Unknown target(s) " + String.join(", ", unknown) + "; known targets: "
					+ String.join(", ", names()));
		}
		return all.stream().filter(t -> names.contains(t.name())).toList();
	}

	/** The targets a run selected: its context's selection, or every target. */
	public List<ReportTarget> selectedBy(IGeneratorContext context) {
		if (context instanceof JourneyGeneratorContext journeyContext && journeyContext.targetNames() != null) {
			return named(journeyContext.targetNames());
		}
		return all;
	}
}
