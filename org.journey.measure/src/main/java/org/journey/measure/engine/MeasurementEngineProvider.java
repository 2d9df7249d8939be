package org.journey.measure.engine;

/**
 * Opens the engine {@code journey measure --engine NAME} names. Found with
 * {@link java.util.ServiceLoader} (META-INF/services), so the command line needs no engine but the
 * embedded one at compile time: Spark's provider is on the class path only when its module is.
 */
public interface MeasurementEngineProvider {

	/** The name --engine takes: duckdb, spark. */
	String name();

	MeasurementEngine open(EngineSettings settings);
}
