package org.journey.dsl.generator.tracking;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * dbt renders the values of its YAML files as Jinja: labels when it parses the project,
 * descriptions when it builds the docs. A title such as {@code {{ env_var('DB_PASSWORD') }}} would
 * run there, and {@code {% raw %}} would break the parse. The texts a model gives (titles,
 * descriptions) are written so that Jinja renders them back to themselves: each opening
 * delimiter becomes an expression printing it, {@code {{ '{{' }}}.
 */
final class DbtJinja {

	/** The keys whose values are the model's free text; a metric's filter is Jinja Journey writes itself. */
	private static final List<String> TEXT_KEYS = List.of("label", "description");

	private DbtJinja() {
	}

	/** The text as a Jinja template that renders to exactly the text. */
	static String literal(String text) {
		if (text.indexOf('{') < 0) {
			return text;
		}
		StringBuilder template = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
			if (c == '{' && (next == '{' || next == '%' || next == '#')) {
				template.append("{{ '{").append(next).append("' }}");
				i++;
			} else {
				template.append(c);
			}
		}
		return template.toString();
	}

	/** Every label and description in the tree, made literal for Jinja. */
	static JsonNode literalTexts(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (java.util.Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (TEXT_KEYS.contains(field.getKey()) && field.getValue().isTextual()) {
					field.setValue(object.textNode(literal(field.getValue().asText())));
				} else {
					literalTexts(field.getValue());
				}
			}
		} else if (node != null && node.isArray()) {
			node.forEach(DbtJinja::literalTexts);
		}
		return node;
	}
}
