package org.journey.dsl.linking;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.model.ConceptNames;
import org.journey.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * Says what a reference looked for and did not find, and how to fix it: the closest visible name
 * when the reference looks misspelled, an import when the target lives in another package.
 */
public class JourneyLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	/** Scanning a huge scope for a suggestion is not worth slowing down an error message. */
	private static final int MAX_CANDIDATES = 20_000;

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String linkText = context.getLinkText();
		Optional<String> suggestion = closestName(context, linkText);
		String didYouMean = suggestion.map(s -> " Did you mean '" + s + "'?").orElse("");
		if (type == JourneyPackage.Literals.EVENT) {
			return new DiagnosticMessage("No touchpoint emits an event named '" + linkText + "'." + didYouMean
					+ " Declare it in a touchpoint (event " + linkText + " { ... }) or correct the name.",
					Severity.ERROR, IssueCodes.UNKNOWN_EVENT, linkText, suggestion.orElse(""));
		}
		String concept = ConceptNames.of(type);
		String hint = type == JourneyPackage.Literals.EVENT_PROPERTY
				? " The event declares no such property."
				: " Check the spelling, or if it is declared in another file, import its package (e.g. import shared.*).";
		return new DiagnosticMessage("No " + concept + " named '" + linkText + "' is visible here." + didYouMean + hint,
				Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE, linkText, type.getName(), suggestion.orElse(""));
	}

	private Optional<String> closestName(ILinkingDiagnosticContext context, String linkText) {
		try {
			IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
			String wanted = linkText.toLowerCase();
			int allowed = Math.max(1, wanted.length() / 3);
			return StreamSupport.stream(scope.getAllElements().spliterator(), false)
					.limit(MAX_CANDIDATES)
					.map(IEObjectDescription::getName)
					.map(QualifiedName::toString)
					.distinct()
					.map(name -> new Candidate(name, editDistance(wanted, name.toLowerCase())))
					.filter(c -> c.distance() <= allowed)
					.min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
					.map(Candidate::name);
		} catch (RuntimeException e) {
			// a suggestion is a courtesy; the error itself must still be reported
			return Optional.empty();
		}
	}

	private record Candidate(String name, int distance) {
	}

	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
