/**
 * The seam between the measurement and the engines that run it: {@link
 * org.journey.measure.engine.MeasurementEngine}, found by name through {@link
 * org.journey.measure.engine.MeasurementEngineProvider} services (DuckDB here, Spark in
 * org.journey.measure.spark).
 */
package org.journey.measure.engine;
