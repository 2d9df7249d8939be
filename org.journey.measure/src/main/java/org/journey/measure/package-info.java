/**
 * Planned vs actual (issue 16): a journey measured on the events actually collected. The engine
 * is embedded DuckDB; nothing here needs a server.
 */
package org.journey.measure;
