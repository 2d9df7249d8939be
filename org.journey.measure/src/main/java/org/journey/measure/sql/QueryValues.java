package org.journey.measure.sql;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The values of a query's rows as {@link QueryRunner#rows} returns them, whatever the engine's driver made. */
public final class QueryValues {

	private QueryValues() {
	}

	/** A driver's many number types as Long (whole) or Double, so callers see two; anything else as it is. */
	public static Object normalize(Object value) {
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof BigInteger big) {
			return big.longValue();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.scale() <= 0 ? (Object) decimal.longValue() : (Object) decimal.doubleValue();
		}
		if (value instanceof Float f) {
			return f.doubleValue();
		}
		return value;
	}
}
