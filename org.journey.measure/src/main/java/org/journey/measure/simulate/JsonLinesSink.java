package org.journey.measure.simulate;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

/**
 * One JSON object per line: the plain event table ({@code event_name, user_id, timestamp,
 * properties}) or a GA4 BigQuery export row ({@code event_name, event_timestamp} in microseconds,
 * {@code user_pseudo_id, user_id, event_params}).
 */
final class JsonLinesSink implements EventSink {

	private final JsonGenerator json;
	private final boolean ga4;

	JsonLinesSink(OutputStream out, boolean ga4) throws IOException {
		this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
		// a line break after each object, and nothing else: JSON lines
		this.json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
		this.ga4 = ga4;
	}

	@Override
	public void write(SimulatedEvent event) throws IOException {
		json.writeStartObject();
		json.writeStringField("event_name", event.name());
		if (ga4) {
			json.writeNumberField("event_timestamp", event.epochMillis() * 1000);
			json.writeStringField("user_pseudo_id", event.pseudoId());
			json.writeStringField("user_id", event.userId());
			json.writeFieldName("event_params");
			EventJson.writeGa4Params(json, event);
		} else {
			json.writeStringField("user_id", event.userId());
			json.writeStringField("timestamp", EventJson.timestamp(event.epochMillis()));
			json.writeFieldName("properties");
			EventJson.writeProperties(json, event);
		}
		json.writeEndObject();
	}

	@Override
	public void close() throws IOException {
		// the last line ends with a line break too
		json.writeRaw('\n');
		json.close();
	}
}
