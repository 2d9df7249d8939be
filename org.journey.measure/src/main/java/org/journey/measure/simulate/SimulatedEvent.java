package org.journey.measure.simulate;

import java.util.List;

/**
 * One event of a simulated customer. Property values are String (string), Double (number), Long
 * (integer) or Boolean (boolean), as the model types the property.
 */
public record SimulatedEvent(String name, String userId, String pseudoId, long epochMillis, List<Property> properties) {

	public record Property(String name, Object value) {
	}
}
