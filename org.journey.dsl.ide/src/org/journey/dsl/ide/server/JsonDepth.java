package org.journey.dsl.ide.server;

/** How deep a JSON text nests arrays and objects, counted without parsing it (so without recursion). */
final class JsonDepth {

	private JsonDepth() {
	}

	/** The deepest nesting of {@code [} and {@code &#123;} outside strings; malformed text is counted as far as it goes. */
	static int of(CharSequence json) {
		int depth = 0;
		int deepest = 0;
		boolean inString = false;
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					inString = false;
				}
			} else if (c == '"') {
				inString = true;
			} else if (c == '[' || c == '{') {
				deepest = Math.max(deepest, ++depth);
			} else if (c == ']' || c == '}') {
				depth = Math.max(0, depth - 1);
			}
		}
		return deepest;
	}
}
