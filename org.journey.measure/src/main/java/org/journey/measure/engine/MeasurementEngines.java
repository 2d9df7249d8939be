package org.journey.measure.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** The engines on the class path, by name. */
public final class MeasurementEngines {

	public static final String DEFAULT = "duckdb";
	public static final String SPARK = "spark";

	private MeasurementEngines() {
	}

	public static MeasurementEngine open(String name, EngineSettings settings) throws EngineUnavailableException {
		String wanted = name.toLowerCase(Locale.ROOT);
		List<MeasurementEngineProvider> providers = providers();
		for (MeasurementEngineProvider provider : providers) {
			if (provider.name().equals(wanted)) {
				return provider.open(settings);
			}
		}
		if (wanted.equals(SPARK)) {
			throw new EngineUnavailableException("the spark engine is not on the class path: journey.jar holds only the "
					+ "embedded DuckDB engine. Build it once (mvn -B -DskipTests package -pl org.journey.cli,org.journey.measure.spark "
					+ "-am) and run ./journey-spark measure ... instead of ./journey, or submit the module's jar with spark-submit "
					+ "(README, section \"Measuring on Apache Spark\").");
		}
		TreeSet<String> names = new TreeSet<>(List.of(DEFAULT, SPARK));
		providers.forEach(provider -> names.add(provider.name()));
		throw new EngineUnavailableException("unknown engine '" + name + "': use " + String.join(" or ", names) + ".");
	}

	/**
	 * The providers that load. One whose classes are missing (the Spark module without Spark's jars)
	 * is left out, so asking for it gets the message that says how to run it, not a class error.
	 */
	private static List<MeasurementEngineProvider> providers() {
		List<MeasurementEngineProvider> providers = new ArrayList<>();
		Iterator<MeasurementEngineProvider> found = ServiceLoader
				.load(MeasurementEngineProvider.class, MeasurementEngines.class.getClassLoader()).iterator();
		while (true) {
			try {
				if (!found.hasNext()) {
					return providers;
				}
				providers.add(found.next());
			} catch (ServiceConfigurationError | LinkageError e) {
				// skipped: see above
			}
		}
	}
}
