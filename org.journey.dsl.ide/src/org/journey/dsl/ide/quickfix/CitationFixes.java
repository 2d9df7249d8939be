package org.journey.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.journey.dsl.journey.Goal;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Pain;
import org.journey.dsl.model.ElementNames;
import org.journey.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * What a goal is measured by (KPIs), a KPI measured with and a pain backed by (sources): one fix
 * per element in reach, or, without any, a stub the modeller completes (its own warnings say with
 * what).
 */
public class CitationFixes {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	@Inject
	private IScopeProvider scopeProvider;

	/**
	 * A goal measured by a KPI it can name, one fix per KPI: those of its file first (those no
	 * goal names yet before the others), then those of imported files.
	 */
	@QuickFix(IssueCodes.GOAL_WITHOUT_KPI)
	public void measureGoal(IssueToFix issue, FixAcceptor fixes) {
		issue.containerOf(Goal.class).ifPresent(goal -> {
			String text = issue.text();
			Set<EObject> namedByGoals = new HashSet<>();
			EcoreUtil2.getAllContentsOfType(EcoreUtil2.getRootContainer(goal), Goal.class)
					.forEach(other -> namedByGoals.addAll(other.getKpis()));
			List<String> kpis = namesInReach(goal, P.getGoal_Kpis(), namedByGoals);
			for (String kpi : kpis) {
				fixes.accept("Measure goal " + goal.getName() + " with KPI " + kpi, TextEdits.appendToBody(goal, "kpis " + kpi, text));
			}
			if (kpis.isEmpty()) {
				String name = ElementNames.freshName(goal, goal.getName() + "Kpi");
				fixes.accept("Measure goal " + goal.getName() + " with a new KPI " + name + " (a stub: give it a target and a measure)",
						TextEdits.declareBefore(goal, "kpi " + name + " \"...\"", text), TextEdits.appendToBody(goal, "kpis " + name, text));
			}
		});
	}

	@QuickFix(IssueCodes.KPI_NOT_MEASURED)
	public void measureKpi(IssueToFix issue, FixAcceptor fixes) {
		issue.containerOf(Kpi.class).ifPresent(kpi -> citeSource(issue, fixes, kpi, P.getKpi_Sources(), "source",
				"Measure KPI " + kpi.getName() + " with %s", kpi.getName() + "Source"));
	}

	@QuickFix(IssueCodes.PAIN_WITHOUT_EVIDENCE)
	public void citeEvidence(IssueToFix issue, FixAcceptor fixes) {
		issue.containerOf(Pain.class).ifPresent(pain -> citeSource(issue, fixes, pain, P.getPain_Evidence(), "evidence",
				"Cite %s as evidence of pain " + pain.getName(), pain.getName() + "Evidence"));
	}

	/**
	 * A source the owner can name ({@code keyword} names it in the body, {@code reference} is that
	 * list), one fix per source, those of its file first; without any, a new source to describe.
	 */
	private void citeSource(IssueToFix issue, FixAcceptor fixes, EObject owner, EReference reference, String keyword,
			String labelFormat, String stubName) {
		String text = issue.text();
		List<String> sources = namesInReach(owner, reference, Set.of());
		for (String source : sources) {
			fixes.accept(String.format(labelFormat, "source " + source), TextEdits.appendToBody(owner, keyword + " " + source, text));
		}
		if (sources.isEmpty()) {
			String name = ElementNames.freshName(owner, stubName);
			fixes.accept(String.format(labelFormat, "a new source " + name + " (a stub: describe it)"),
					TextEdits.declareBefore(TextEdits.topLevelOf(owner), "source " + name + " \"...\"", text),
					TextEdits.appendToBody(owner, keyword + " " + name, text));
		}
	}

	/**
	 * What {@code reference} of {@code context} can name, each by its shortest name in scope, at
	 * most {@link FixAcceptor#MAX_CHOICES}: the elements of the file first, those in {@code later} after the
	 * others of the file, then those of other files in the scope's order.
	 */
	private List<String> namesInReach(EObject context, EReference reference, Set<EObject> later) {
		Map<URI, String> shortest = new LinkedHashMap<>();
		for (IEObjectDescription description : scopeProvider.getScope(context, reference).getAllElements()) {
			shortest.merge(description.getEObjectURI(), description.getName().toString(),
					(one, other) -> other.length() < one.length() ? other : one);
		}
		Resource resource = context.eResource();
		Set<URI> laterUris = new HashSet<>();
		later.forEach(object -> laterUris.add(EcoreUtil.getURI(object)));
		List<URI> ordered = new ArrayList<>(shortest.keySet());
		ordered.sort(Comparator.comparingInt(uri -> !uri.trimFragment().equals(resource.getURI()) ? 2 : laterUris.contains(uri) ? 1 : 0));
		return ordered.stream().limit(FixAcceptor.MAX_CHOICES).map(shortest::get).toList();
	}
}
