package org.journey.dsl.map;

import org.journey.dsl.journey.Aggregate;
import org.journey.dsl.journey.Conversion;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.Formula;
import org.journey.dsl.journey.Ratio;

/** A KPI formula as a modeller writes it, e.g. {@code count(purchase) / count(product_viewed)}. */
public final class FormulaPrinter {

	private FormulaPrinter() {
	}

	public static String print(Formula formula) {
		if (formula == null) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		print(formula, out, false);
		return out.toString();
	}

	private static void print(Formula formula, StringBuilder out, boolean asDenominator) {
		if (formula instanceof Ratio ratio) {
			if (asDenominator) {
				out.append('(');
			}
			print(ratio.getNumerator(), out, false);
			out.append(" / ");
			print(ratio.getDenominator(), out, true);
			for (Formula further : ratio.getFurtherDenominators()) {
				out.append(" / ");
				print(further, out, true);
			}
			if (asDenominator) {
				out.append(')');
			}
		} else if (formula instanceof Aggregate aggregate) {
			out.append(aggregate.getFunction().getLiteral()).append('(').append(name(aggregate.getEvent()));
			if (aggregate.getProperty() != null) {
				out.append('.').append(name(aggregate.getProperty()));
			}
			out.append(')');
		} else if (formula instanceof Conversion conversion) {
			out.append("conversion(").append(name(conversion.getFrom())).append(" -> ").append(name(conversion.getTo()))
					.append(" within ").append(conversion.getWindow()).append(' ')
					.append(conversion.getWindowUnit().getLiteral()).append(')');
		}
	}

	private static String name(Event event) {
		return event == null || event.eIsProxy() ? "?" : event.getName();
	}

	private static String name(EventProperty property) {
		return property == null || property.eIsProxy() ? "?" : property.getName();
	}
}
