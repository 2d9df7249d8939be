package org.journey.measure.duckdb;

import org.journey.measure.engine.EngineSettings;
import org.journey.measure.engine.MeasurementEngine;
import org.journey.measure.engine.MeasurementEngineProvider;
import org.journey.measure.engine.MeasurementEngines;

/** The embedded engine, the default: nothing to install, no cluster (--master is not used). */
public final class DuckDbEngineProvider implements MeasurementEngineProvider {

	@Override
	public String name() {
		return MeasurementEngines.DEFAULT;
	}

	@Override
	public MeasurementEngine open(EngineSettings settings) {
		return DuckDbEngine.open();
	}
}
