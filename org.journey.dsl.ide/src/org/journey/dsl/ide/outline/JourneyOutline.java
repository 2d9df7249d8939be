package org.journey.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.journey.dsl.ide.labels.JourneyLabels;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.Goal;
import org.journey.dsl.journey.Initiative;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Touchpoint;

/**
 * The structure of the Eclipse outline: package > segments, sources, a "KPIs" and a "Goals"
 * group, journeys > phases > touchpoints (> events > properties), pains and opportunities;
 * initiatives > milestones. KPIs and goals are grouped because a file defines many of them and
 * they are looked up rather than read in order.
 */
public final class JourneyOutline {

	public static final String KPI_GROUP = "KPIs";
	public static final String GOAL_GROUP = "Goals";

	/** One row of the outline: a model element, or a group of them under a label. */
	public sealed interface Entry permits ElementEntry, GroupEntry {
	}

	public record ElementEntry(EObject element) implements Entry {
	}

	/** A group of {@code members} of {@code owner}, shown as {@code label} with {@code icon}. */
	public record GroupEntry(String label, String icon, EObject owner, List<EObject> members) implements Entry {
		public GroupEntry {
			members = List.copyOf(members);
		}
	}

	private JourneyOutline() {
	}

	/** The rows below {@code element}, in the order of the file. */
	public static List<Entry> children(EObject element) {
		List<Entry> children = new ArrayList<>();
		if (element instanceof Model model) {
			List<EObject> kpis = new ArrayList<>(model.getElements().stream().filter(Kpi.class::isInstance).toList());
			List<EObject> goals = new ArrayList<>(model.getElements().stream().filter(Goal.class::isInstance).toList());
			for (EObject child : model.getElements()) {
				if (child instanceof Kpi) {
					if (child == kpis.get(0)) {
						children.add(new GroupEntry(KPI_GROUP, JourneyLabels.KPI, model, kpis));
					}
				} else if (child instanceof Goal) {
					if (child == goals.get(0)) {
						children.add(new GroupEntry(GOAL_GROUP, JourneyLabels.GOAL, model, goals));
					}
				} else {
					children.add(new ElementEntry(child));
				}
			}
			model.getTracking().forEach(tracking -> children.add(new ElementEntry(tracking)));
		} else if (element instanceof Journey journey) {
			journey.getPhases().forEach(phase -> children.add(new ElementEntry(phase)));
		} else if (element instanceof Phase phase) {
			phase.getTouchpoints().forEach(touchpoint -> children.add(new ElementEntry(touchpoint)));
			phase.getPains().forEach(pain -> children.add(new ElementEntry(pain)));
			phase.getOpportunities().forEach(opportunity -> children.add(new ElementEntry(opportunity)));
		} else if (element instanceof Touchpoint touchpoint) {
			touchpoint.getEvents().forEach(event -> children.add(new ElementEntry(event)));
		} else if (element instanceof Event event) {
			event.getProperties().forEach(property -> children.add(new ElementEntry(property)));
		} else if (element instanceof Initiative initiative) {
			initiative.getMilestones().forEach(milestone -> children.add(new ElementEntry(milestone)));
		}
		return children;
	}

	/** Whether the element's row can be expanded. */
	public static boolean hasChildren(EObject element) {
		return !children(element).isEmpty();
	}
}
