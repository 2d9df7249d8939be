package org.journey.dsl.generator.tracking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;

/**
 * {@code datalayer.ts}: for developers, one typed TypeScript function per event that pushes the
 * event to {@code window.dataLayer}, with an interface of its parameters (required ones required,
 * the others optional), so that the compiler checks what the GTM container's variables read.
 * GA4's recommended ecommerce events are pushed in GA4's ecommerce shape,
 * {@code {event, ...custom parameters, ecommerce: {currency, value, ..., items: [...]}}}, after
 * clearing the previous ecommerce object as Google's ecommerce guide asks; {@link Ga4Ecommerce}
 * says which property goes where.
 */
public final class DataLayerScript {

	private DataLayerScript() {
	}

	public static String of(TrackingPlan plan) {
		List<TrackedEvent> events = GtmContainerTarget.events(plan);
		StringBuilder out = new StringBuilder();
		out.append("// dataLayer pushes for journey ").append(plan.journey());
		if (plan.journeyTitle() != null) {
			out.append(" (").append(lineComment(plan.journeyTitle())).append(')');
		}
		out.append(".\n");
		out.append("// Generated from the journey model: change the .journey file, not this one.\n");
		out.append("//\n");
		out.append("// Each function pushes one event to window.dataLayer, where the container in gtm-container.json\n");
		out.append("// fires the event's GA4 tag and reads each parameter with a data layer variable.\n");
		boolean hasEcommerceEvents = events.stream().anyMatch(Ga4Ecommerce::isEcommerceEvent);
		if (hasEcommerceEvents) {
			out.append("// GA4's ecommerce events carry their ecommerce parameters and items in an 'ecommerce' object,\n");
			out.append("// which their GA4 tags send as ecommerce data.\n");
		}
		// only the helpers some function calls: an unused one fails a build with noUnusedLocals
		if (events.stream().anyMatch(e -> !Ga4Ecommerce.isEcommerceEvent(e))) {
			out.append("\n");
			out.append("function pushToDataLayer(event: string, parameters: object): void {\n");
			out.append("  // no global declaration of window.dataLayer: it would clash with other libraries' own\n");
			out.append("  const w = window as unknown as { dataLayer?: object[] };\n");
			out.append("  w.dataLayer = w.dataLayer || [];\n");
			out.append("  w.dataLayer.push({ event, ...parameters });\n");
			out.append("}\n");
		}
		if (hasEcommerceEvents) {
			out.append("\n");
			out.append("function pushEcommerceToDataLayer(event: string, parameters: object, ecommerce: object): void {\n");
			out.append("  const w = window as unknown as { dataLayer?: object[] };\n");
			out.append("  w.dataLayer = w.dataLayer || [];\n");
			out.append("  // GTM merges each push into what the data layer holds: clear the previous ecommerce object,\n");
			out.append("  // or its items and values would be sent again with this event\n");
			out.append("  w.dataLayer.push({ ecommerce: null });\n");
			out.append("  w.dataLayer.push({ event, ...parameters, ecommerce });\n");
			out.append("}\n");
		}

		Set<String> usedNames = new HashSet<>();
		for (TrackedEvent event : events) {
			String typeName = unique(pascalCase(event.name()), usedNames);
			out.append('\n');
			if (Ga4Ecommerce.isEcommerceEvent(event)) {
				appendEcommerceEvent(out, event, typeName);
			} else {
				appendEvent(out, event, typeName);
			}
		}
		return out.toString();
	}

	private static void appendEvent(StringBuilder out, TrackedEvent event, String typeName) {
		String interfaceName = typeName + "Parameters";
		String functionName = "push" + typeName;
		String description = description(event);
		if (event.properties().isEmpty()) {
			out.append("/**\n * ").append(event.name()).append(": ").append(description).append("\n */\n");
			out.append("export function ").append(functionName).append("(): void {\n");
			out.append("  pushToDataLayer(\"").append(event.name()).append("\", {});\n");
			out.append("}\n");
			return;
		}
		out.append("/** The parameters of event ").append(event.name()).append(". */\n");
		out.append("export interface ").append(interfaceName).append(" {\n");
		appendFields(out, event.properties());
		out.append("}\n\n");
		out.append("/**\n * ").append(event.name()).append(": ").append(description).append("\n */\n");
		out.append("export function ").append(functionName).append("(parameters: ").append(interfaceName)
				.append("): void {\n");
		List<String> optional = event.properties().stream().filter(p -> !p.required()).map(TrackedProperty::name)
				.toList();
		if (optional.isEmpty()) {
			out.append("  pushToDataLayer(\"").append(event.name()).append("\", parameters);\n");
		} else {
			// GTM's data layer keeps the last value pushed for a key: an optional parameter left out
			// would be sent with an earlier event's value, unless it is pushed as undefined
			String defaults = optional.stream().map(name -> name + ": undefined").collect(Collectors.joining(", "));
			out.append("  pushToDataLayer(\"").append(event.name()).append("\", { ").append(defaults)
					.append(", ...parameters });\n");
		}
		out.append("}\n");
	}

	/**
	 * An ecommerce event: its item parameters typed as one element of an {@code items} array, the
	 * other properties flat; the function puts each where GA4 reads it. Every key is written out,
	 * so that an optional parameter left out is pushed as undefined, not kept from an earlier push.
	 */
	private static void appendEcommerceEvent(StringBuilder out, TrackedEvent event, String typeName) {
		String interfaceName = typeName + "Parameters";
		String itemName = typeName + "Item";
		String functionName = "push" + typeName;
		Ga4Ecommerce.Shape shape = Ga4Ecommerce.shapeOf(event);
		boolean hasItems = !shape.itemLevel().isEmpty();
		boolean hasParameters = !event.properties().isEmpty();
		if (hasItems) {
			out.append("/** An item of event ").append(event.name()).append(", an element of GA4's items array. */\n");
			out.append("export interface ").append(itemName).append(" {\n");
			appendFields(out, shape.itemLevel());
			out.append("}\n\n");
		}
		if (hasParameters) {
			out.append("/** The parameters of event ").append(event.name()).append(". */\n");
			out.append("export interface ").append(interfaceName).append(" {\n");
			List<TrackedProperty> flat = event.properties().stream().filter(p -> !shape.itemLevel().contains(p)).toList();
			appendFields(out, flat);
			if (hasItems) {
				boolean itemsRequired = shape.itemLevel().stream().anyMatch(TrackedProperty::required);
				out.append("  /** The items of the event (GA4's items array). */\n");
				out.append("  ").append(Ga4Ecommerce.ITEMS_KEY).append(itemsRequired ? "" : "?").append(": ")
						.append(itemName).append("[];\n");
			}
			out.append("}\n\n");
		}
		out.append("/**\n * ").append(event.name()).append(": ").append(description(event))
				.append("\n * A GA4 ecommerce event: pushed with an ecommerce object, which its GA4 tag sends as ecommerce data.")
				.append("\n */\n");
		out.append("export function ").append(functionName).append("(")
				.append(hasParameters ? "parameters: " + interfaceName : "").append("): void {\n");
		List<String> ecommerce = new ArrayList<>(shape.eventLevel().stream().map(DataLayerScript::copied).toList());
		if (hasItems) {
			ecommerce.add(copied(Ga4Ecommerce.ITEMS_KEY));
		}
		out.append("  const eventParameters = ").append(objectLiteral(shape.custom().stream().map(DataLayerScript::copied).toList()))
				.append(";\n");
		out.append("  const ecommerce = ").append(objectLiteral(ecommerce)).append(";\n");
		out.append("  pushEcommerceToDataLayer(\"").append(event.name()).append("\", eventParameters, ecommerce);\n");
		out.append("}\n");
	}

	private static void appendFields(StringBuilder out, List<TrackedProperty> properties) {
		for (TrackedProperty property : properties) {
			String comment = propertyComment(property);
			if (comment != null) {
				out.append("  /** ").append(comment).append(" */\n");
			}
			out.append("  ").append(property.name()).append(property.required() ? "" : "?").append(": ")
					.append(typeScriptType(property.type())).append(";\n");
		}
	}

	private static String description(TrackedEvent event) {
		String description = blockComment(EventDescriptions.of(event));
		if (!event.kpis().isEmpty()) {
			description += "\n * Measures " + (event.kpis().size() == 1 ? "KPI " : "KPIs ") + String.join(", ", event.kpis())
					+ ".";
		}
		return description;
	}

	/** "name: parameters.name", the entry that copies one parameter into an object literal. */
	private static String copied(TrackedProperty property) {
		return copied(property.name());
	}

	private static String copied(String name) {
		return name + ": parameters." + name;
	}

	/** An object literal, one entry a line: "{}" when empty. */
	private static String objectLiteral(List<String> entries) {
		if (entries.isEmpty()) {
			return "{}";
		}
		return entries.stream().map(entry -> "    " + entry + ",\n").collect(Collectors.joining("", "{\n", "  }"));
	}

	private static String propertyComment(TrackedProperty property) {
		String description = property.description() == null || property.description().isBlank() ? null
				: blockComment(property.description());
		// TypeScript has no integer type: say so, for the developer filling it in
		if ("integer".equals(property.type())) {
			return description == null ? "An integer." : description + " (an integer)";
		}
		return description;
	}

	static String typeScriptType(String modelType) {
		return switch (modelType) {
		case "string" -> "string";
		case "number", "integer" -> "number";
		case "boolean" -> "boolean";
		default -> throw new IllegalArgumentException("Property type '" + modelType
				+ "' has no TypeScript type; the grammar's PropertyType and this mapping must agree");
		};
	}

	/** "add_to_cart" -> "AddToCart". */
	static String pascalCase(String name) {
		StringBuilder out = new StringBuilder();
		for (String part : name.split("_+")) {
			if (!part.isEmpty()) {
				out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
			}
		}
		return out.toString();
	}

	/** Event names distinct for GA4 may still meet in PascalCase (add_to_cart, addToCart). */
	private static String unique(String name, Set<String> used) {
		String candidate = name;
		for (int i = 2; !used.add(candidate); i++) {
			candidate = name + i;
		}
		return candidate;
	}

	private static String blockComment(String text) {
		return text.replace("*/", "*\\/").replaceAll("\\R", " ");
	}

	private static String lineComment(String text) {
		return text.replaceAll("\\R", " ");
	}
}
