package org.journey.measure.spark;

import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.SparkConf;
import scala.Option;
import org.apache.spark.sql.SparkSession;
import org.journey.measure.engine.EngineSettings;
import org.journey.measure.engine.MeasurementEngine;
import org.journey.measure.engine.MeasurementEngineProvider;
import org.journey.measure.engine.MeasurementEngines;
import org.journey.measure.events.EventFormat;

/**
 * --engine spark. The master is --master, else the one spark-submit set (spark.master), else
 * local[*]. Under spark-submit the application's jar travels to the executors by itself; started
 * from ./journey-spark against a cluster, this module's jar is sent with spark.jars so executors can
 * parse event rows.
 */
public final class SparkEngineProvider implements MeasurementEngineProvider {

	@Override
	public String name() {
		return MeasurementEngines.SPARK;
	}

	@Override
	public MeasurementEngine open(EngineSettings settings) {
		// a Spark application already running in this JVM (a notebook, the tests) is used, not stopped
		Option<SparkSession> running = SparkSession.getDefaultSession();
		if (running.isDefined() && settings.master().map(running.get().sparkContext().master()::equals).orElse(true)) {
			return new SparkEngine(running.get().newSession(), false);
		}
		SparkConf conf = new SparkConf().setAppName("journey measure");
		String master = settings.master().orElse(conf.get("spark.master", "local[*]"));
		conf.setMaster(master);
		conf.set("spark.ui.enabled", "false");
		if (master.startsWith("local") && !conf.contains("spark.sql.shuffle.partitions")) {
			// the measurement's queries are many and small: 200 shuffle tasks each would be mostly overhead
			conf.set("spark.sql.shuffle.partitions", "8");
		}
		conf.set("spark.sql.session.timeZone", "UTC");
		if (!master.startsWith("local")) {
			// the executors need this module's and the measure module's classes (they parse the event rows)
			List<String> jars = Stream.of(SparkEngineProvider.class, EventFormat.class)
					.map(type -> type.getProtectionDomain().getCodeSource().getLocation().getPath())
					.filter(path -> path.endsWith(".jar")).distinct().toList();
			if (!jars.isEmpty() && !conf.contains("spark.jars")) {
				conf.set("spark.jars", String.join(",", jars));
			}
		}
		SparkSession session = SparkSession.builder().config(conf).getOrCreate();
		return new SparkEngine(session, true);
	}
}
