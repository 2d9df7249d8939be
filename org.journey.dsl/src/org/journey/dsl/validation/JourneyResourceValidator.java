package org.journey.dsl.validation;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.journey.dsl.parser.SyntaxDiagnostics;
import org.journey.dsl.resource.JourneyResource;

/**
 * Validates a file, reporting only what is true of the text as written.
 * <p>
 * A file with syntax errors reports only those. Its model holds what the parser's recovery kept,
 * and a recovery from one slip can drop a touchpoint or the rest of a journey: every check of
 * that model then reports what was lost (unknown events, missing phases, unresolved references,
 * an unmeasured KPI) at places far from the slip, two dozen errors for one missing comma. Which
 * checks survive a given recovery cannot be told apart from the model, so none run; once the
 * slip is fixed, they all do.
 * <p>
 * A file whose references reach a file with syntax errors (that file is loaded in the same
 * resource set) does not report what depends on the other files being complete: unresolved
 * references and unknown events (the definition may be in the lost part), and unused segments,
 * KPIs and sources (the use may be). The rest of its checks are about itself and stay.
 */
public class JourneyResourceValidator extends ResourceValidatorImpl {

	/** Checks whose verdict depends on what other files declare or use. */
	static final Set<String> DEPEND_ON_OTHER_FILES = Set.of(IssueCodes.UNRESOLVED_REFERENCE, IssueCodes.UNKNOWN_EVENT,
			IssueCodes.UNUSED_SEGMENT, IssueCodes.UNUSED_KPI, IssueCodes.UNUSED_SOURCE);

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancelIndicator) {
		List<Issue> issues = super.validate(resource, mode, cancelIndicator);
		if (hasSyntaxErrors(resource)) {
			return issues.stream().filter(issue -> SyntaxDiagnostics.CODES.contains(issue.getCode())).toList();
		}
		if (anotherFileHasSyntaxErrors(resource)) {
			return issues.stream().filter(issue -> !DEPEND_ON_OTHER_FILES.contains(issue.getCode())).toList();
		}
		return issues;
	}

	/** The semantic checks of a file with syntax errors would only report what recovery lost: they do not run. */
	@Override
	protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		if (!hasSyntaxErrors(resource)) {
			super.validate(resource, mode, monitor, acceptor);
		}
	}

	private static boolean hasSyntaxErrors(Resource resource) {
		return resource instanceof JourneyResource journeyResource && journeyResource.hasSyntaxErrors();
	}

	/**
	 * Whether a file loaded beside this one has syntax errors. The command line loads every file
	 * of the workspace into one resource set; the language server and Eclipse load those a
	 * build needs, which include the files this one's references were resolved into.
	 */
	private static boolean anotherFileHasSyntaxErrors(Resource resource) {
		if (resource.getResourceSet() == null) {
			return false;
		}
		for (Resource other : List.copyOf(resource.getResourceSet().getResources())) {
			if (other != resource && other.isLoaded() && hasSyntaxErrors(other)) {
				return true;
			}
		}
		return false;
	}
}
