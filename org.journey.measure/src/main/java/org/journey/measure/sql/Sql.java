package org.journey.measure.sql;

import java.util.List;

/** A query's text with {@code ?} placeholders, and the values bound to them, in order. */
public record Sql(String text, List<Object> parameters) {

	public Sql {
		parameters = List.copyOf(parameters);
	}

	@Override
	public String toString() {
		return text + " " + parameters;
	}
}
