package org.journey.dsl.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
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
		return referencedUris(element.eResource()).contains(EcoreUtil.getURI(element));
	}

	/** Targets of all references in the workspace; computed once per validation run of a resource. */
	@SuppressWarnings("unchecked")
	private Set<URI> referencedUris(Resource resource) {
		if (getContext() == null) {
			return computeReferencedUris(resource);
		}
		return (Set<URI>) getContext().computeIfAbsent(REFERENCED_KEY, key -> computeReferencedUris(resource));
	}

	private Set<URI> computeReferencedUris(Resource resource) {
		Set<URI> referenced = new HashSet<>();
		// this file as it is now (the index may hold an older state of it)
		resource.getAllContents().forEachRemaining(object -> {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()) {
					addTargets(referenced, object.eGet(reference, true));
				}
			}
		});
		for (IResourceDescription description : resourceDescriptionsProvider.getResourceDescriptions(resource)
				.getAllResourceDescriptions()) {
			if (!description.getURI().equals(resource.getURI())) {
				for (IReferenceDescription reference : description.getReferenceDescriptions()) {
					referenced.add(reference.getTargetEObjectUri());
				}
			}
		}
		return referenced;
	}

	private static void addTargets(Set<URI> referenced, Object value) {
		if (value instanceof Iterable<?> values) {
			for (Object each : values) {
				addTargets(referenced, each);
			}
		} else if (value instanceof EObject target && !target.eIsProxy()) {
			referenced.add(EcoreUtil.getURI(target));
		}
	}
}
