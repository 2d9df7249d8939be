package org.journey.dsl.generator;

import java.util.Collection;
import java.util.List;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.util.CancelIndicator;

/** A generator run that names the targets it wants; without names every target runs. */
public class JourneyGeneratorContext extends GeneratorContext {

	private final List<String> targetNames;

	/** @param targetNames the targets to run, or null for all of them */
	public JourneyGeneratorContext(Collection<String> targetNames, CancelIndicator cancelIndicator) {
		this.targetNames = targetNames == null ? null : List.copyOf(targetNames);
		setCancelIndicator(cancelIndicator == null ? CancelIndicator.NullImpl : cancelIndicator);
	}

	/** The selected targets' names, or null for all. */
	public List<String> targetNames() {
		return targetNames;
	}
}
