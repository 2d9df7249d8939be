package org.journey.measure.simulate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;

/** The plain event table as CSV with a header row; properties are one JSON text per row. */
final class CsvSink implements EventSink {

	static final String[] HEADER = { "event_name", "user_id", "timestamp", "properties" };

	private final CSVPrinter csv;
	private final JsonFactory jsonFactory = new JsonFactory();
	private final BufferRecycler recycler = new BufferRecycler();

	CsvSink(OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		this.csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get());
	}

	@Override
	public void write(SimulatedEvent event) throws IOException {
		SegmentedStringWriter properties = new SegmentedStringWriter(recycler);
		try (JsonGenerator json = jsonFactory.createGenerator(properties)) {
			EventJson.writeProperties(json, event);
		}
		csv.printRecord(event.name(), event.userId(), EventJson.timestamp(event.epochMillis()), properties.getAndClear());
	}

	@Override
	public void close() throws IOException {
		csv.close(true);
	}
}
