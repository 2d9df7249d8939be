package org.journey.dsl.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Pain;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.journey.Source;

import com.google.inject.Inject;

/**
 * Pains backed by evidence, and library elements (segments, KPIs, sources) that something uses.
 * Uses count across every file of the workspace, so a shared library is judged by its importers.
 */
public class UsageValidator extends AbstractJourneyCheck {

	private static final String REFERENCED_KEY = UsageValidator.class.getName() + ".referenced";

	@Inject
	private ResourceDescriptionsProvider resourceDescriptionsProvider;


	@Check
	public void checkPainHasEvidence(Pain pain) {
		if (pain.getEvidence().isEmpty()) {
			info("Pain '" + pain.getName() + "' is not backed by data. Name the source that shows it: evidence <Source>.",
					JourneyPackage.Literals.PAIN__NAME, IssueCodes.PAIN_WITHOUT_EVIDENCE, pain.getName());
		}
	}

	@Check
	public void checkSegmentUsed(Segment segment) {
		if (!isReferenced(segment)) {
			warning("Segment '" + segment.getName() + "' is not used: no journey is for it and no touchpoint serves it."
					+ " Use it or remove it.",
					JourneyPackage.Literals.ELEMENT__NAME, IssueCodes.UNUSED_SEGMENT, segment.getName());
		}
	}

	@Check
	public void checkKpiUsed(Kpi kpi) {
		if (!isReferenced(kpi)) {
			warning("KPI '" + kpi.getName() + "' is not used: no goal, phase or milestone names it. Use it or remove it.",
					JourneyPackage.Literals.ELEMENT__NAME, IssueCodes.UNUSED_KPI, kpi.getName());
		}
	}

	@Check
	public void checkSourceUsed(Source source) {
		if (!isReferenced(source)) {
			warning("Source '" + source.getName() + "' is not used: no KPI is measured with it and no pain cites it as"
					+ " evidence. Use it or remove it.",
					JourneyPackage.Literals.ELEMENT__NAME, IssueCodes.UNUSED_SOURCE, source.getName());
		}
	}

	private boolean isReferenced(EObject element) {
		Uses uses = uses(element.eResource());
		for (Set<EObject> targets : uses.loadedFilesTargets()) {
			if (targets.contains(element)) {
				return true;
			}
		}
		if (!uses.otherFilesTargets().isEmpty()) {
			URI uri = EcoreUtil.getURI(element);
			if (uses.otherFilesTargets().stream().anyMatch(targets -> targets.contains(uri))) {
				return true;
			}
		}
		// uses in other files that the index cannot list count as uses: a false "unused" warning
		// is worse than a missed one
		return !uses.complete();
	}

	/**
	 * The targets of the workspace's references: of this file and of the other loaded files, as
	 * they are now; of files that are not loaded, where the index lists them. Not complete where it
	 * cannot: the incremental builder's index (language server, Eclipse) keeps only what a file
	 * exports, so there the command line's validate is exact.
	 */
	private record Uses(List<Set<EObject>> loadedFilesTargets, List<Set<URI>> otherFilesTargets, boolean complete) {
	}

	/**
	 * The targets of each other file's references, by its description. A description stands for one
	 * state of its file (a changed file gets a new one), so its targets are collected once, not once
	 * for every file validated: that made validating a workspace quadratic in its number of files.
	 */
	private static final Map<IResourceDescription, Set<URI>> TARGETS_BY_DESCRIPTION = Collections
			.synchronizedMap(new WeakHashMap<>());

	@Inject
	private IResourceScopeCache cache;

	/** Computed once per validation run of a resource. */
	private Uses uses(Resource resource) {
		if (getContext() == null) {
			return computeUses(resource);
		}
		return (Uses) getContext().computeIfAbsent(REFERENCED_KEY, key -> computeUses(resource));
	}

	private Uses computeUses(Resource resource) {
		List<Set<EObject>> loadedFilesTargets = new ArrayList<>();
		// this file as it is now (the index may hold an older state of it)
		loadedFilesTargets.add(targetsOf(resource));
		List<Set<URI>> otherFilesTargets = new ArrayList<>();
		boolean complete = true;
		for (IResourceDescription description : resourceDescriptionsProvider.getResourceDescriptions(resource)
				.getAllResourceDescriptions()) {
			if (description.getURI().equals(resource.getURI())) {
				continue;
			}
			if (description instanceof ResolvedResourceDescription) {
				complete = false;
				continue;
			}
			Resource loaded = resource.getResourceSet() == null ? null
					: resource.getResourceSet().getResource(description.getURI(), false);
			if (loaded != null && loaded.isLoaded()) {
				// compared by identity: the index's reference descriptions compute a URI per reference
				loadedFilesTargets.add(targetsOf(loaded));
			} else {
				otherFilesTargets.add(TARGETS_BY_DESCRIPTION.computeIfAbsent(description, UsageValidator::targets));
			}
		}
		return new Uses(loadedFilesTargets, otherFilesTargets, complete);
	}

	/**
	 * What the file's references point to, kept until the file changes: every file of a workspace
	 * asks for every other's. Files are validated on several threads, so one computes it at a time.
	 */
	private Set<EObject> targetsOf(Resource resource) {
		synchronized (resource) {
			return cache.get(UsageValidator.class, resource, () -> {
				Set<EObject> targets = new HashSet<>();
				resource.getAllContents().forEachRemaining(object -> {
					for (EReference reference : object.eClass().getEAllReferences()) {
						if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()) {
							addTargets(targets, object.eGet(reference, true));
						}
					}
				});
				return Collections.unmodifiableSet(targets);
			});
		}
	}

	private static Set<URI> targets(IResourceDescription description) {
		Set<URI> targets = new HashSet<>();
		for (IReferenceDescription reference : description.getReferenceDescriptions()) {
			targets.add(reference.getTargetEObjectUri());
		}
		return targets;
	}

	private static void addTargets(Set<EObject> referenced, Object value) {
		if (value instanceof Iterable<?> values) {
			for (Object each : values) {
				addTargets(referenced, each);
			}
		} else if (value instanceof EObject target && !target.eIsProxy()) {
			referenced.add(target);
		}
	}
}
