package org.journey.measure.engine;

import java.util.List;
import java.util.Optional;

import org.journey.measure.events.EventFile;
import org.journey.measure.events.EventFormat;
import org.journey.measure.events.EventInputException;
import org.journey.measure.events.LoadedFile;
import org.journey.measure.sql.QueryRunner;

/**
 * An engine that measures: it reads event files into {@code journey_rows} (see
 * {@link org.journey.measure.sql.MeasureQueries}) and runs the measurement's queries on them. The
 * queries are the same for every engine; only reading the files and the {@link
 * org.journey.measure.sql.SqlDialect} differ.
 */
public interface MeasurementEngine extends QueryRunner, AutoCloseable {

	/**
	 * Reads the files into {@code journey_rows}, each in its own format (detected from its columns
	 * unless {@code format} names one). Returns what was read from each file.
	 */
	List<LoadedFile> load(List<EventFile> files, Optional<EventFormat> format) throws EventInputException;

	@Override
	void close();
}
