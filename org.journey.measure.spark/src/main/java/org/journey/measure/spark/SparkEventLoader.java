package org.journey.measure.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.journey.measure.events.EventFile;
import org.journey.measure.events.EventFormat;
import org.journey.measure.events.EventInputException;
import org.journey.measure.events.LoadedFile;
import org.journey.measure.sql.MeasureQueries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads event files into the view {@code journey_rows} with the rows the embedded engine makes of
 * them (see {@link EventRowParser}): JSON lines numbered by line, Parquet records by their row in
 * the file (Spark's {@code _metadata.row_index}) and written as JSON for the parser, so both kinds of
 * file follow one set of rules. CSV is not read on Spark (see {@link #load}).
 */
final class SparkEventLoader {

	static final StructType ROWS = new StructType().add("file", DataTypes.StringType).add("row", DataTypes.LongType)
			.add("event_name", DataTypes.StringType).add("user_id", DataTypes.StringType)
			.add("epoch_us", DataTypes.LongType).add("properties", DataTypes.StringType)
			.add("problem", DataTypes.StringType);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final SparkEngine engine;

	SparkEventLoader(SparkEngine engine) {
		this.engine = engine;
	}

	List<LoadedFile> load(List<EventFile> files, Optional<EventFormat> given) throws EventInputException {
		List<LoadedFile> loaded = new ArrayList<>();
		Dataset<Row> all = withSeq(engine.session().createDataFrame(Collections.emptyList(), ROWS), 0);
		for (int index = 0; index < files.size(); index++) {
			EventFile file = files.get(index);
			Parsed parsed = switch (file.type()) {
			case JSON_LINES -> jsonLines(file, given);
			case PARQUET -> parquet(file, given);
			case CSV -> throw new EventInputException("cannot read " + file.displayName()
					+ " with --engine spark: Spark reads JSON lines and Parquet. Measure CSV with the embedded engine "
					+ "(leave out --engine), or convert it to Parquet first.");
			};
			Dataset<Row> persisted = parsed.rows().cache();
			long count = persisted.count();
			loaded.add(new LoadedFile(file.displayName(), file.type(), parsed.format(), count));
			all = all.unionAll(withSeq(persisted, index));
		}
		engine.keep(MeasureQueries.ROWS, all);
		return loaded;
	}

	/** The rows as {@link MeasureQueries#ROWS} has them: the file and row become the seq. */
	private static Dataset<Row> withSeq(Dataset<Row> rows, int fileIndex) {
		return rows.withColumn("seq", functions.col("row").plus(functions.lit(MeasureQueries.firstSeq(fileIndex))))
				.select("seq", "event_name", "user_id", "epoch_us", "properties", "problem");
	}

	/** A file's rows and the format they were read in. */
	private record Parsed(Dataset<Row> rows, EventFormat format) {
	}

	// ------------------------------------------------------------------ JSON lines

	private Parsed jsonLines(EventFile file, Optional<EventFormat> given) throws EventInputException {
		JavaRDD<String> lines = engine.session().read().textFile(path(file)).javaRDD();
		Set<String> columns = firstObjectKeys(lines);
		EventFormat format = EventFormat.of(columns, given, file.displayName());
		EventRowParser parser = new EventRowParser(file.displayName(), format);
		JavaRDD<Row> rows = lines.zipWithIndex().flatMap(line -> {
			Row row = parser.parse(line._2() + 1, line._1());
			return row == null ? Collections.<Row>emptyIterator() : List.of(row).iterator();
		});
		return new Parsed(engine.session().createDataFrame(rows, ROWS), format);
	}

	/** The keys of the first line that is a JSON object; none if no line is. */
	private static Set<String> firstObjectKeys(JavaRDD<String> lines) {
		Iterator<String> iterator = lines.toLocalIterator();
		while (iterator.hasNext()) {
			String line = iterator.next();
			if (line.isBlank()) {
				continue;
			}
			try {
				JsonNode node = JSON.readTree(line);
				if (node != null && node.isObject()) {
					Set<String> keys = new LinkedHashSet<>();
					node.fieldNames().forEachRemaining(keys::add);
					return keys;
				}
			} catch (java.io.IOException e) {
				// not JSON: a malformed row, found again when the lines are parsed
			}
		}
		return Set.of();
	}

	// ------------------------------------------------------------------ Parquet

	private Parsed parquet(EventFile file, Optional<EventFormat> given) throws EventInputException {
		Dataset<Row> records;
		try {
			records = engine.session().read().parquet(path(file));
		} catch (RuntimeException e) {
			throw new EventInputException("cannot read " + file.displayName() + ": " + firstLine(e), e);
		}
		Set<String> columns = new LinkedHashSet<>(List.of(records.columns()));
		EventFormat format = EventFormat.of(columns, given, file.displayName());
		EventRowParser parser = new EventRowParser(file.displayName(), format);
		List<Column> all = new ArrayList<>();
		for (String column : records.columns()) {
			all.add(records.col('`' + column.replace("`", "``") + '`'));
		}
		// microseconds, as the Parquet timestamp holds them; null members left out, as the parser drops them anyway
		Dataset<Row> asJson = records.select(functions.col("_metadata.row_index").plus(1).as("row"),
				functions.to_json(functions.struct(all.toArray(Column[]::new)),
						Map.of("timestampFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX")).as("line"));
		JavaRDD<Row> rows = asJson.javaRDD().map(record -> parser.parse(record.getLong(0), record.getString(1)));
		return new Parsed(engine.session().createDataFrame(rows, ROWS), format);
	}

	// ------------------------------------------------------------------ shared

	private static String path(EventFile file) {
		return file.path().toString();
	}

	private static String firstLine(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
	}
}
