/**
 * Synthetic event logs that follow a journey model (issue 16, {@code journey simulate}): test data
 * for {@code journey measure}, whose answers are known from the model. Customers enter the first
 * phase, move on with the modelled conversions and emit the events of the touchpoints they use,
 * with typed property values, written as a plain event table (JSON lines, CSV, Parquet) or in the
 * shape of the GA4 BigQuery export (JSON lines, Parquet).
 */
package org.journey.measure.simulate;
