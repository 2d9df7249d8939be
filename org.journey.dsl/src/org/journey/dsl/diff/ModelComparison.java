package org.journey.dsl.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journey.dsl.diff.ModelDiff.ChangeKind;
import org.journey.dsl.diff.ModelDiff.ElementChange;
import org.journey.dsl.diff.ModelDiff.EventChange;
import org.journey.dsl.diff.ModelDiff.PropertyChange;
import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlanBuilder;
import org.journey.dsl.generator.tracking.TrackingSettings;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.Formula;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Milestone;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Tracking;
import org.journey.dsl.model.ElementNames;
import org.journey.dsl.map.FormulaPrinter;

/**
 * Compares two sets of models (each the resources of one resource set, linked) by meaning.
 * Elements are matched by qualified name ({@code package.Element}; inside a journey
 * {@code package.Journey.Phase}, and touchpoints, pains and opportunities by
 * {@code package.Journey.Name} whatever their phase, so a touchpoint that changes phase is moved, not
 * removed and added; events by their touchpoint, properties by their event). Every feature of an
 * element's EClass but its name and its named children is compared as the language writes the
 * value, so comments, layout, quotes, {@code 2.0} against {@code 2.00} and the order of properties in
 * a body give nothing. An element removed and one added of the same kind in the same place, with
 * the same content (title, properties and children, names included) is "probably renamed", when
 * that pairing is the only one possible; elements with no content at all are never paired.
 */
public final class ModelComparison {

	private static final JourneyPackage J = JourneyPackage.eINSTANCE;

	/** Containment features whose elements are matched on their own rather than compared as values. */
	private static final Set<EStructuralFeature> CHILDREN = Set.of(J.getModel_Elements(), J.getModel_Tracking(),
			J.getJourney_Phases(), J.getPhase_Touchpoints(), J.getPhase_Pains(), J.getPhase_Opportunities(),
			J.getTouchpoint_Events(), J.getEvent_Properties());

	/** Features that are no property: the name, the package and imports (what they resolve shows in references). */
	private static final Set<EStructuralFeature> IGNORED = Set.of(J.getModel_Name(), J.getModel_Imports());

	private ModelComparison() {
	}

	/** The changes from {@code old} to {@code now}; both are linked resources free of errors. */
	public static ModelDiff compare(Collection<? extends Resource> old, Collection<? extends Resource> now) {
		return new Run(Side.of(old), Side.of(now)).compare();
	}

	/** A named element of one side. {@code key} identifies it; {@code display} is its qualified name to print. */
	private record Node(String key, String parentKey, int depth, EObject object, String type, String name,
			String display, String phase, int order) {

		String matchKey() {
			return type + ":" + key;
		}
	}

	/** The named elements of one side, in document order, and which node each object is. */
	private record Side(List<Node> nodes, Map<EObject, Node> byObject, List<Journey> journeys) {

		static Side of(Collection<? extends Resource> resources) {
			Side side = new Side(new ArrayList<>(), new IdentityHashMap<>(), new ArrayList<>());
			Map<String, Integer> used = new HashMap<>();
			for (Resource resource : resources) {
				for (EObject root : resource.getContents()) {
					if (root instanceof Model model) {
						String prefix = model.getName() == null ? "" : model.getName();
						for (EObject element : model.getElements()) {
							side.add(element, prefix, prefix, null, 1, used);
						}
						for (Tracking tracking : model.getTracking()) {
							side.add(tracking, prefix, prefix, null, 1, used);
						}
					}
				}
			}
			return side;
		}

		private void add(EObject object, String parentKey, String parentDisplay, String phase, int depth,
				Map<String, Integer> used) {
			String name = nameOf(object);
			if (name == null) {
				return;
			}
			String type = typeOf(object);
			String key = join(parentKey, name);
			int n = used.merge(type + ":" + key, 1, Integer::sum);
			if (n > 1) {
				key = key + "#" + n; // a duplicate name: an error the caller has refused; keep both apart
			}
			String display = join(phase == null ? parentDisplay : join(parentDisplay, phase), name);
			Node node = new Node(key, parentKey, depth, object, type, name, display, phase, nodes.size());
			nodes.add(node);
			byObject.put(object, node);
			if (object instanceof Journey journey) {
				journeys.add(journey);
				for (Phase p : journey.getPhases()) {
					add(p, key, display, null, depth + 1, used);
					for (EObject child : p.getTouchpoints()) {
						add(child, key, display, p.getName(), depth + 1, used);
					}
					for (EObject child : p.getPains()) {
						add(child, key, display, p.getName(), depth + 1, used);
					}
					for (EObject child : p.getOpportunities()) {
						add(child, key, display, p.getName(), depth + 1, used);
					}
				}
			} else if (object instanceof org.journey.dsl.journey.Touchpoint touchpoint) {
				for (Event event : touchpoint.getEvents()) {
					add(event, key, display, null, depth + 1, used);
				}
			} else if (object instanceof Event event) {
				for (EventProperty property : event.getProperties()) {
					add(property, key, display, null, depth + 1, used);
				}
			}
		}
	}

	private static String join(String prefix, String name) {
		return prefix == null || prefix.isEmpty() ? name : prefix + "." + name;
	}

	private static String nameOf(EObject object) {
		if (object instanceof Tracking) {
			return "tracking";
		}
		return ElementNames.nameOf(object);
	}

	/** The element's keyword: segment, kpi, touchpoint, property (of an event)... */
	static String typeOf(EObject object) {
		if (object instanceof EventProperty) {
			return "property";
		}
		return object.eClass().getName().toLowerCase(Locale.ROOT);
	}

	private static final class Run {
		private final Side old;
		private final Side now;
		/** Old node to new node, for every element on both sides. */
		private final Map<Node, Node> matches = new IdentityHashMap<>();
		/** Old key to new key, for elements renamed (and those below them). */
		private final Map<String, String> renamedKeys = new HashMap<>();
		private final Set<Node> renamed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

		Run(Side old, Side now) {
			this.old = old;
			this.now = now;
		}

		ModelDiff compare() {
			match();
			List<ElementChange> elements = new ArrayList<>();
			Set<Node> matchedNew = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
			matchedNew.addAll(matches.values());
			for (Node node : now.nodes()) {
				if (!matchedNew.contains(node) && !parentAdded(node, matchedNew)) {
					elements.add(new ElementChange(ChangeKind.ADDED, node.type(), node.display(), null, null, null, List.of()));
				}
			}
			for (Node node : old.nodes()) {
				Node match = matches.get(node);
				if (match == null) {
					if (parentMatched(node)) {
						elements.add(new ElementChange(ChangeKind.REMOVED, node.type(), node.display(), null, null, null,
								List.of()));
					}
				} else if (renamed.contains(node)) {
					elements.add(new ElementChange(ChangeKind.RENAMED, node.type(), match.display(), node.display(), null,
							null, List.of()));
				} else {
					List<PropertyChange> properties = properties(node.object(), match.object());
					if (!Objects.equals(node.phase(), match.phase())) {
						elements.add(new ElementChange(ChangeKind.MOVED, node.type(), match.display(), null, node.phase(),
								match.phase(), properties));
					} else if (!properties.isEmpty()) {
						elements.add(new ElementChange(ChangeKind.CHANGED, node.type(), match.display(), null, null, null,
								properties));
					}
				}
			}
			elements.sort(Comparator.comparing(ElementChange::name).thenComparing(ElementChange::type)
					.thenComparing(ElementChange::kind));
			return new ModelDiff(List.copyOf(elements), tracking());
		}

		/** Whether the node's parent element is new too: then only the parent is reported. */
		private boolean parentAdded(Node node, Set<Node> matchedNew) {
			Node parent = parentOf(now, node);
			return parent != null && !matchedNew.contains(parent);
		}

		private boolean parentMatched(Node node) {
			Node parent = parentOf(old, node);
			return parent == null || matches.containsKey(parent);
		}

		private static Node parentOf(Side side, Node node) {
			if (node.depth() == 1) {
				return null;
			}
			EObject container = node.object().eContainer();
			while (container != null && (!side.byObject().containsKey(container) || container instanceof Phase
					&& !(node.object() instanceof Phase))) {
				container = container.eContainer();
			}
			return container == null ? null : side.byObject().get(container);
		}

		/** Matches by key, depth by depth, pairing the rest as renames where the content shows it. */
		private void match() {
			int depth = 1;
			while (true) {
				final int d = depth;
				List<Node> olds = old.nodes().stream().filter(n -> n.depth() == d).toList();
				List<Node> news = now.nodes().stream().filter(n -> n.depth() == d).toList();
				if (olds.isEmpty() && news.isEmpty()) {
					return;
				}
				Map<String, Node> byKey = new LinkedHashMap<>();
				news.forEach(n -> byKey.put(n.matchKey(), n));
				List<Node> unmatchedOld = new ArrayList<>();
				Set<Node> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
				for (Node node : olds) {
					String key = translatedKey(node);
					Node match = byKey.get(node.type() + ":" + key);
					if (match != null) {
						matches.put(node, match);
						taken.add(match);
						if (!key.equals(node.key())) {
							renamedKeys.put(node.key(), key);
						}
					} else {
						unmatchedOld.add(node);
					}
				}
				List<Node> unmatchedNew = news.stream().filter(n -> !taken.contains(n)).toList();
				pairRenames(unmatchedOld, unmatchedNew);
				depth++;
			}
		}

		private String translatedKey(Node node) {
			String parent = renamedKeys.getOrDefault(node.parentKey(), node.parentKey());
			String suffix = node.key().substring(node.parentKey().isEmpty() ? 0 : node.parentKey().length() + 1);
			return join(parent, suffix);
		}

		private void pairRenames(List<Node> olds, List<Node> news) {
			Map<String, List<Node>> oldBySignature = new TreeMap<>();
			Map<String, List<Node>> newBySignature = new TreeMap<>();
			for (Node node : olds) {
				String signature = signature(node, old, true);
				if (signature != null) {
					oldBySignature.computeIfAbsent(signature, s -> new ArrayList<>()).add(node);
				}
			}
			for (Node node : news) {
				String signature = signature(node, now, false);
				if (signature != null) {
					newBySignature.computeIfAbsent(signature, s -> new ArrayList<>()).add(node);
				}
			}
			oldBySignature.forEach((signature, candidates) -> {
				List<Node> others = newBySignature.get(signature);
				if (candidates.size() == 1 && others != null && others.size() == 1) {
					Node from = candidates.get(0);
					Node to = others.get(0);
					matches.put(from, to);
					renamed.add(from);
					renamedKeys.put(from.key(), to.key());
				}
			});
		}

		/**
		 * What the element is without its name: kind, place (parent and phase), properties and the
		 * signatures of its children, names included; null for an element with no content at all.
		 */
		private String signature(Node node, Side side, boolean oldSide) {
			String content = content(node.object(), oldSide);
			List<String> children = side.nodes().stream().filter(n -> n.depth() == node.depth() + 1
					&& n.parentKey().equals(node.key())).map(n -> n.type() + " " + n.name() + " " + content(n.object(), oldSide))
					.sorted().toList();
			if (content.isEmpty() && children.isEmpty()) {
				return null;
			}
			String parent = oldSide ? renamedKeys.getOrDefault(node.parentKey(), node.parentKey()) : node.parentKey();
			return node.type() + "|" + parent + "|" + node.phase() + "|" + content + "|" + children;
		}

		private String content(EObject object, boolean oldSide) {
			Map<String, String> values = values(object, oldSide);
			values.values().removeIf(value -> value == null || "false".equals(value));
			return values.isEmpty() ? "" : values.toString();
		}

		private List<PropertyChange> properties(EObject before, EObject after) {
			Map<String, String> a = values(before, true);
			Map<String, String> b = values(after, false);
			List<PropertyChange> changes = new ArrayList<>();
			for (Map.Entry<String, String> entry : b.entrySet()) {
				String previous = a.get(entry.getKey());
				if (!Objects.equals(previous, entry.getValue())) {
					changes.add(new PropertyChange(entry.getKey(), previous, entry.getValue()));
				}
			}
			if (before instanceof Journey oldJourney && after instanceof Journey newJourney) {
				phaseOrder(oldJourney, newJourney, changes);
			}
			return changes;
		}

		/** The order of the phases both versions have, when it changed. */
		private void phaseOrder(Journey before, Journey after, List<PropertyChange> changes) {
			List<String> oldOrder = new ArrayList<>();
			for (Phase phase : before.getPhases()) {
				Node match = matches.get(old.byObject().get(phase));
				if (match != null) {
					oldOrder.add(match.name());
				}
			}
			Set<String> common = Set.copyOf(oldOrder);
			List<String> newOrder = after.getPhases().stream().map(Phase::getName).filter(common::contains).toList();
			if (!oldOrder.equals(newOrder)) {
				changes.add(new PropertyChange("phase order", String.join(", ", oldOrder), String.join(", ", newOrder)));
			}
		}

		/** The element's properties by label, written as in a .journey file; null where absent. */
		private Map<String, String> values(EObject object, boolean oldSide) {
			Map<String, String> values = new LinkedHashMap<>();
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (CHILDREN.contains(feature) || IGNORED.contains(feature) || "name".equals(feature.getName())
						|| feature.isDerived() || feature.isTransient()) {
					continue;
				}
				values.put(label(object, feature), value(object, feature, oldSide));
			}
			return values;
		}

		private String value(EObject object, EStructuralFeature feature, boolean oldSide) {
			Object value = object.eGet(feature, true);
			if (feature.isMany()) {
				List<?> list = (List<?>) value;
				if (list.isEmpty()) {
					return null;
				}
				String separator = feature == J.getInitiative_Milestones() ? "; " : ", ";
				return list.stream().map(v -> single(v, feature, oldSide)).collect(Collectors.joining(separator));
			}
			return single(value, feature, oldSide);
		}

		private String single(Object value, EStructuralFeature feature, boolean oldSide) {
			if (value == null) {
				return null;
			}
			if (value instanceof String text) {
				return feature instanceof EAttribute && isText(feature) ? quote(text) : text;
			}
			if (value instanceof BigDecimal decimal) {
				return decimal.compareTo(BigDecimal.ZERO) == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
			}
			if (value instanceof Enumerator enumerator) {
				return "unspecified".equals(enumerator.getLiteral()) ? null : enumerator.getLiteral();
			}
			if (value instanceof Formula formula) {
				return FormulaPrinter.print(formula);
			}
			if (value instanceof Milestone milestone) {
				return milestone(milestone, oldSide);
			}
			if (value instanceof EObject target && feature instanceof EReference reference && !reference.isContainment()) {
				return reference(target, oldSide);
			}
			return String.valueOf(value);
		}

		private String milestone(Milestone milestone, boolean oldSide) {
			StringBuilder text = new StringBuilder(quote(milestone.getTitle() == null ? "" : milestone.getTitle()));
			if (milestone.getDate() != null) {
				text.append(" by ").append(milestone.getDate());
			}
			if (milestone.getKpi() != null) {
				text.append(" moves ").append(reference(milestone.getKpi(), oldSide)).append(" to ")
						.append(single(milestone.getValue(), J.getMilestone_Value(), oldSide));
			}
			return text.toString();
		}

		/** A referenced element by its qualified name; on the old side by its new name if it was renamed. */
		private String reference(EObject target, boolean oldSide) {
			if (target.eIsProxy()) {
				return EcoreUtil.getURI(target).fragment();
			}
			Node node = (oldSide ? old : now).byObject().get(target);
			if (node == null) {
				String name = nameOf(target);
				return name == null ? "?" : name;
			}
			if (oldSide) {
				Node match = matches.get(node);
				return match != null ? match.key() : node.key();
			}
			return node.key();
		}

		private List<EventChange> tracking() {
			Map<Journey, Journey> pairs = new LinkedHashMap<>();
			List<Journey> removed = new ArrayList<>();
			for (Journey journey : old.journeys()) {
				Node match = matches.get(old.byObject().get(journey));
				if (match == null) {
					removed.add(journey);
				} else {
					pairs.put((Journey) match.object(), journey);
				}
			}
			List<EventChange> changes = new ArrayList<>();
			for (Journey journey : now.journeys()) {
				Journey before = pairs.get(journey);
				changes.addAll(TrackingComparison.compare(now.byObject().get(journey).key(), plan(before), plan(journey)));
			}
			for (Journey journey : removed) {
				changes.addAll(TrackingComparison.compare(old.byObject().get(journey).key(), plan(journey), null));
			}
			return List.copyOf(changes);
		}

		private static TrackingPlan plan(Journey journey) {
			return journey == null ? null : TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
		}
	}

	private static boolean isText(EStructuralFeature feature) {
		return feature != J.getKpi_TargetDate() && feature != J.getKpi_Currency() && feature != J.getInitiative_Due()
				&& feature != J.getMilestone_Date() && feature != J.getJourney_PhaseModel()
				&& feature != J.getJourney_Language();
	}

	private static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
	}

	/** A feature as the language's keyword says it: customer-goal, for, serves, pursues, ga4-measurement-id... */
	private static String label(EObject object, EStructuralFeature feature) {
		if (feature == J.getJourney_Segments()) {
			return "for";
		} else if (feature == J.getJourney_Goals()) {
			return "pursues";
		} else if (feature == J.getJourney_PhaseModel()) {
			return "model";
		} else if (feature == J.getTouchpoint_Segments()) {
			return "serves";
		} else if (feature == J.getKpi_Sources()) {
			return "source";
		} else if (feature == J.getInitiative_Milestones()) {
			return "milestones";
		} else if (feature == J.getPhase_FeelingNote()) {
			return "feeling note";
		} else if (feature == J.getKpi_TargetDate()) {
			return "target date";
		} else if (feature == J.getKpi_DurationUnit()) {
			return "duration unit";
		} else if (object instanceof Tracking) {
			return switch (feature.getName()) {
			case "measurementId" -> "ga4-measurement-id";
			case "containerName" -> "gtm-container";
			case "vendor" -> "snowplow-vendor";
			case "eventsModel" -> "dbt-events-model";
			case "entity" -> "dbt-entity";
			case "timestamp" -> "dbt-timestamp";
			default -> feature.getName();
			};
		}
		return feature.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}
}
