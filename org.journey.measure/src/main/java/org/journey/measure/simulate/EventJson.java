package org.journey.measure.simulate;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.journey.measure.simulate.SimulatedEvent.Property;

import com.fasterxml.jackson.core.JsonGenerator;

/** The pieces of an event both the JSON lines and the CSV table write the same way. */
final class EventJson {

	/** ISO-8601 in UTC with milliseconds and Z, whatever the machine's locale and zone. */
	static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	private EventJson() {
	}

	static String timestamp(long epochMillis) {
		return TIMESTAMP.format(Instant.ofEpochMilli(epochMillis));
	}

	/** The properties as one JSON object, values typed as the model types them. */
	static void writeProperties(JsonGenerator json, SimulatedEvent event) throws IOException {
		json.writeStartObject();
		for (Property property : event.properties()) {
			json.writeFieldName(property.name());
			Object value = property.value();
			if (value instanceof Double number) {
				json.writeNumber(number);
			} else if (value instanceof Long integer) {
				json.writeNumber(integer);
			} else if (value instanceof Boolean bool) {
				json.writeBoolean(bool);
			} else {
				json.writeString(String.valueOf(value));
			}
		}
		json.writeEndObject();
	}

	/**
	 * GA4's event_params: strings in string_value, integers and booleans (as 0/1, as GA4 sends
	 * them) in int_value, decimals in double_value; the other fields null, as in the export.
	 */
	static void writeGa4Params(JsonGenerator json, SimulatedEvent event) throws IOException {
		json.writeStartArray();
		for (Property property : event.properties()) {
			Object value = property.value();
			json.writeStartObject();
			json.writeStringField("key", property.name());
			json.writeObjectFieldStart("value");
			if (value instanceof String text) {
				json.writeStringField("string_value", text);
			} else {
				json.writeNullField("string_value");
			}
			if (value instanceof Long integer) {
				json.writeNumberField("int_value", integer);
			} else if (value instanceof Boolean bool) {
				json.writeNumberField("int_value", bool ? 1 : 0);
			} else {
				json.writeNullField("int_value");
			}
			json.writeNullField("float_value");
			if (value instanceof Double number) {
				json.writeNumberField("double_value", number);
			} else {
				json.writeNullField("double_value");
			}
			json.writeEndObject();
			json.writeEndObject();
		}
		json.writeEndArray();
	}
}
