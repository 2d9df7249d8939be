package org.journey.dsl.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.journey.dsl.journey.Aggregate;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Model;
import org.journey.dsl.model.ConceptNames;
import org.journey.dsl.model.EditDistance;
import org.journey.dsl.scoping.PackageIndex;
import org.journey.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * Says what a reference looked for and did not find, and how to fix it: the package to import
 * when another file declares the name, the closest visible name when the reference looks
 * misspelled.
 * <p>
 * Issue data of {@link IssueCodes#UNRESOLVED_REFERENCE}: the name as written, the reference's
 * type, the closest visible name (empty if none), then the packages that declare the name (none,
 * one or several), which the quick fixes import.
 */
public class JourneyLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	/** Scanning a huge scope for a suggestion is not worth slowing down an error message. */
	private static final int MAX_CANDIDATES = 20_000;

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private PackageIndex packageIndex;

	@Inject
	private IQualifiedNameConverter qualifiedNameConverter;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String linkText = context.getLinkText();
		if (type == JourneyPackage.Literals.EVENT) {
			return unknownEvent(context, linkText);
		}
		if (type == JourneyPackage.Literals.EVENT_PROPERTY && context.getContext() instanceof Aggregate aggregate
				&& (aggregate.getEvent() == null || aggregate.getEvent().eIsProxy())) {
			// the event itself is unknown and reported: its properties are unknowable, not a second mistake
			return null;
		}
		if (type == JourneyPackage.Literals.EVENT_PROPERTY) {
			Optional<String> suggestion = closestName(context, linkText);
			return new DiagnosticMessage("No event property named '" + linkText + "' is visible here." + didYouMean(suggestion)
					+ " The event declares no such property.",
					Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE, linkText, type.getName(), suggestion.orElse(""));
		}
		String concept = ConceptNames.of(type);
		List<String> declaringPackages = declaringPackages(context, type, linkText);
		if (!declaringPackages.isEmpty()) {
			List<String> data = new ArrayList<>(List.of(linkText, type.getName(), ""));
			data.addAll(declaringPackages);
			return new DiagnosticMessage(capitalized(concept) + " '" + linkText + "' is declared in "
					+ packagesPhrase(declaringPackages) + ": add 'import " + declaringPackages.get(0) + ".*'"
					+ (declaringPackages.size() > 1 ? " (or of the package you mean)" : "")
					+ " below the package line to see it here.",
					Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE, data.toArray(String[]::new));
		}
		Optional<String> suggestion = closestName(context, linkText);
		return new DiagnosticMessage("No " + concept + " named '" + linkText + "' is visible here." + didYouMean(suggestion)
				+ " Check the spelling; if it is declared in another file, validate that file too and import its package.",
				Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE, linkText, type.getName(), suggestion.orElse(""));
	}

	/*
	 * An event that no touchpoint of the files checked emits. In a file with a journey that is a
	 * mistake (a misspelling, or a touchpoint not yet written): an error. A file without journeys
	 * is a shared library; its KPIs count the events of the journeys that import it, which live in
	 * other files and, when the library is validated alone (journey validate shared/library.journey),
	 * are not loaded. That is not a mistake in the library, so it is a warning there, and the
	 * message says to validate the library together with its journeys. (A misspelling in a library
	 * is then a warning too; the "did you mean" still points at it when the journeys are loaded.)
	 */
	private DiagnosticMessage unknownEvent(ILinkingDiagnosticContext context, String linkText) {
		Optional<String> suggestion = closestName(context, linkText);
		if (!declaresJourney(context.getContext().eResource())) {
			return new DiagnosticMessage("No touchpoint in the files checked emits an event named '" + linkText + "'."
					+ didYouMean(suggestion) + " A library's KPIs count the events of the journeys that use it:"
					+ " validate the library together with them (journey validate <folder>/), or correct the name.",
					Severity.WARNING, IssueCodes.UNKNOWN_EVENT, linkText, suggestion.orElse(""));
		}
		return new DiagnosticMessage("No touchpoint emits an event named '" + linkText + "'." + didYouMean(suggestion)
				+ " Declare it in a touchpoint (event " + linkText + " { ... }) or correct the name.",
				Severity.ERROR, IssueCodes.UNKNOWN_EVENT, linkText, suggestion.orElse(""));
	}

	private static boolean declaresJourney(Resource resource) {
		return resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model
				&& model.getElements().stream().anyMatch(Journey.class::isInstance);
	}

	/** The packages whose import would make {@code linkText} resolve, as dotted names. */
	private List<String> declaringPackages(ILinkingDiagnosticContext context, EClass type, String linkText) {
		EObject object = context.getContext();
		if (object.eResource() == null || linkText == null || linkText.isBlank()) {
			return List.of();
		}
		try {
			QualifiedName relativeName = qualifiedNameConverter.toQualifiedName(linkText.replaceAll("\\s+", ""));
			return packageIndex.packagesDeclaring(object.eResource(), type, relativeName).stream()
					.map(QualifiedName::toString).toList();
		} catch (RuntimeException e) {
			// a suggestion is a courtesy; the error itself must still be reported
			return List.of();
		}
	}

	private static String packagesPhrase(List<String> packages) {
		if (packages.size() == 1) {
			return "package '" + packages.get(0) + "'";
		}
		List<String> quoted = packages.stream().map(p -> "'" + p + "'").toList();
		return "packages " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
	}

	private static String capitalized(String concept) {
		return Character.toUpperCase(concept.charAt(0)) + concept.substring(1);
	}

	private static String didYouMean(Optional<String> suggestion) {
		return suggestion.map(s -> " Did you mean '" + s + "'?").orElse("");
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
					.map(name -> new Candidate(name, EditDistance.between(wanted, name.toLowerCase())))
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
}
