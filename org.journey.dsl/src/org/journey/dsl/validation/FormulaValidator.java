package org.journey.dsl.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.Aggregate;
import org.journey.dsl.journey.AggregateFunction;
import org.journey.dsl.journey.Conversion;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.PropertyType;

/**
 * KPI formulas: each function gets the argument it can compute with. (An event no touchpoint
 * emits is reported by linking, code {@link IssueCodes#UNKNOWN_EVENT}.)
 */
public class FormulaValidator extends AbstractJourneyCheck {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;
	private static final Set<AggregateFunction> NEED_PROPERTY = EnumSet.of(AggregateFunction.SUM, AggregateFunction.AVG,
			AggregateFunction.DISTINCT);
	private static final Set<AggregateFunction> NEED_NUMBER = EnumSet.of(AggregateFunction.SUM, AggregateFunction.AVG);

	@Check
	public void checkAggregateHasProperty(Aggregate aggregate) {
		if (NEED_PROPERTY.contains(aggregate.getFunction()) && aggregate.getProperty() == null) {
			String function = aggregate.getFunction().getLiteral();
			error(function + "(...) needs an event property to work on: write " + function + "(event.property), e.g. "
					+ function + "(purchase_completed.value).",
					P.getAggregate_Event(), IssueCodes.FORMULA_PROPERTY_MISSING, function);
		}
	}

	@Check
	public void checkCountHasNoProperty(Aggregate aggregate) {
		if (aggregate.getFunction() == AggregateFunction.COUNT && aggregate.getProperty() != null) {
			warning("count(...) counts events; the property is ignored. Write count(" + eventName(aggregate)
					+ "), or distinct(" + eventName(aggregate) + "." + propertyName(aggregate.getProperty())
					+ ") to count its different values.",
					P.getAggregate_Property(), IssueCodes.FORMULA_PROPERTY_NOT_ALLOWED, propertyName(aggregate.getProperty()));
		}
	}

	@Check
	public void checkAggregatedPropertyIsNumeric(Aggregate aggregate) {
		EventProperty property = aggregate.getProperty();
		if (NEED_NUMBER.contains(aggregate.getFunction()) && property != null && !property.eIsProxy()
				&& property.getType() != PropertyType.NUMBER && property.getType() != PropertyType.INTEGER) {
			error(aggregate.getFunction().getLiteral() + "(...) adds up numbers, but property '" + property.getName()
					+ "' is a " + property.getType().getLiteral() + ". Use a number or integer property, or count/distinct.",
					P.getAggregate_Property(), IssueCodes.FORMULA_PROPERTY_NOT_NUMERIC, property.getName(),
					property.getType().getLiteral());
		}
	}

	@Check
	public void checkConversionWindow(Conversion conversion) {
		if (conversion.getWindow() <= 0 && !hasSyntaxError(conversion, P.getConversion_Window())) {
			error("A conversion window of " + conversion.getWindow() + " " + conversion.getWindowUnit().getLiteral()
					+ " can never convert: give it a window of at least 1, e.g. within 7 days.",
					P.getConversion_Window(), IssueCodes.CONVERSION_WINDOW_EMPTY, String.valueOf(conversion.getWindow()));
		}
	}

	/**
	 * conversion(x -> x ...) asks how many x are followed by an x. Every x is followed by itself,
	 * so most tools report 100 % (dbt's MetricFlow joins each x to itself as its own conversion).
	 * For repeat purchases, convert from an event that follows the first purchase instead.
	 */
	@Check
	public void checkConversionToAnotherEvent(Conversion conversion) {
		String from = writtenName(conversion, P.getConversion_From());
		if (from != null && from.equals(writtenName(conversion, P.getConversion_To()))) {
			warning("conversion(" + from + " -> " + from + " ...) converts an event to itself: every " + from
					+ " counts as its own conversion, so the rate reads 100 % in most tools (dbt among them). Convert from the"
					+ " event that comes before it, e.g. conversion(add_to_cart -> purchase within 7 days); for repeat purchases,"
					+ " from an event that follows the first one, e.g. conversion(order_confirmation_opened -> purchase within 365 days).",
					P.getConversion_To(), IssueCodes.CONVERSION_TO_SAME_EVENT, from);
		}
	}

	/** The event name as the formula spells it, resolved or not (events are one namespace, by simple name). */
	private static String writtenName(Conversion conversion, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(conversion, feature);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** A value that failed to convert is already reported; its default 0 is no second mistake. */
	private static boolean hasSyntaxError(EObject object, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(object, feature).stream().anyMatch(node -> node.getSyntaxErrorMessage() != null
				|| node.getLeafNodes().iterator().hasNext() && node.getLeafNodes().iterator().next().getSyntaxErrorMessage() != null);
	}

	private static String eventName(Aggregate aggregate) {
		return aggregate.getEvent() == null || aggregate.getEvent().eIsProxy() ? "event" : aggregate.getEvent().getName();
	}

	private static String propertyName(EventProperty property) {
		return property.eIsProxy() ? "property" : property.getName();
	}
}
