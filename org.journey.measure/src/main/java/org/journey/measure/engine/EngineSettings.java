package org.journey.measure.engine;

import java.util.Optional;

/**
 * What the command line says about the engine: the cluster to run on ({@code --master}: local[*],
 * spark://HOST:7077, yarn), which only a distributed engine uses.
 */
public record EngineSettings(Optional<String> master) {

	public static final EngineSettings DEFAULT = new EngineSettings(Optional.empty());
}
