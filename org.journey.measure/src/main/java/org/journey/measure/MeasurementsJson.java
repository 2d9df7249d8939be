package org.journey.measure;

import java.time.Instant;
import java.util.List;

import org.journey.measure.Measurements.EventsRead;
import org.journey.measure.Measurements.KpiMeasurement;
import org.journey.measure.Measurements.PhaseMeasurement;
import org.journey.measure.Measurements.PropertyViolation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * measurements.json: one journey's {@link Measurements}, following docs/measurements.schema.json.
 * Every key is always present (null where there is no value), in a fixed order, so two runs on the
 * same data write the same bytes.
 */
public final class MeasurementsJson {

	public static final String FILE_NAME = "measurements.json";
	public static final String SCHEMA_ID = "https://www.journey.org/dsl/schema/measurements-1.schema.json";
	public static final String FORMAT_VERSION = "1.0";

	// decimals plain (0.000012, never 1.2E-5), as a reader of the file expects
	private static final ObjectMapper MAPPER = new ObjectMapper(
			JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build())
			.enable(SerializationFeature.INDENT_OUTPUT);

	private MeasurementsJson() {
	}

	public static String write(Measurements measurements) {
		try {
			return MAPPER.writeValueAsString(toJson(measurements)) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	public static ObjectNode toJson(Measurements m) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("$schema", SCHEMA_ID);
		root.put("formatVersion", FORMAT_VERSION);
		root.put("qualifiedName", m.qualifiedName());
		root.put("journey", m.journey());
		root.put("title", m.title());
		ObjectNode window = root.putObject("window");
		window.put("from", instant(m.window().from()));
		window.put("to", instant(m.window().to()));
		events(root.putObject("events"), m.events());
		ArrayNode phases = root.putArray("phases");
		m.phases().forEach(phase -> phase(phases.addObject(), phase));
		ArrayNode kpis = root.putArray("kpis");
		m.kpis().forEach(kpi -> kpi(kpis.addObject(), kpi));
		ObjectNode coverage = root.putObject("coverage");
		strings(coverage.putArray("modelledEventsNotSeen"), m.coverage().modelledEventsNotSeen());
		ArrayNode unmodelled = coverage.putArray("unmodelledEvents");
		m.coverage().unmodelledEvents().forEach(e -> unmodelled.addObject().put("name", e.name()).put("events", e.events()));
		coverage.put("unmodelledEventNames", m.coverage().unmodelledEventNames());
		ArrayNode violations = coverage.putArray("propertyViolations");
		m.coverage().propertyViolations().forEach(v -> violation(violations.addObject(), v));
		return root;
	}

	private static void events(ObjectNode node, EventsRead events) {
		ArrayNode files = node.putArray("files");
		events.files().forEach(file -> files.addObject().put("file", file.file()).put("type", file.type())
				.put("format", file.format()).put("rows", file.rows()));
		node.put("rowsRead", events.rowsRead());
		node.put("malformedRows", events.malformedRows());
		ArrayNode malformed = node.putArray("firstMalformedRows");
		events.firstMalformedRows().forEach(row -> malformed.addObject().put("file", row.file()).put("row", row.row())
				.put("problem", row.problem()));
		node.put("outsideWindow", events.outsideWindow());
		node.put("duplicates", events.duplicates());
		node.put("events", events.events());
		node.put("eventsWithoutUser", events.eventsWithoutUser());
		node.put("users", events.users());
	}

	private static void phase(ObjectNode node, PhaseMeasurement phase) {
		node.put("name", phase.name());
		node.put("title", phase.title());
		node.put("modelledVolume", phase.modelledVolume());
		node.put("users", phase.users());
		node.put("modelledConversion", phase.modelledConversion());
		node.put("conversion", phase.conversion());
		node.put("events", phase.events());
		ArrayNode touchpoints = node.putArray("touchpoints");
		phase.touchpoints().forEach(touchpoint -> {
			ObjectNode t = touchpoints.addObject();
			t.put("name", touchpoint.name());
			t.put("title", touchpoint.title());
			t.put("events", touchpoint.events());
			t.put("users", touchpoint.users());
			ArrayNode tracked = t.putArray("trackedEvents");
			touchpoint.trackedEvents().forEach(e -> tracked.addObject().put("name", e.name()).put("events", e.events())
					.put("users", e.users()));
		});
	}

	private static void kpi(ObjectNode node, KpiMeasurement kpi) {
		node.put("name", kpi.name());
		node.put("title", kpi.title());
		node.put("unit", kpi.unit());
		node.put("currency", kpi.currency());
		node.put("durationUnit", kpi.durationUnit());
		node.put("direction", kpi.direction());
		node.put("formula", kpi.formula());
		node.put("baseline", kpi.baseline());
		node.put("target", kpi.target());
		node.put("targetDate", kpi.targetDate());
		node.put("actual", kpi.actual());
		ArrayNode terms = node.putArray("terms");
		kpi.terms().forEach(term -> terms.addObject().put("expression", term.expression()).put("value", term.value()));
		node.put("progress", kpi.progress());
		node.put("status", kpi.status());
		node.put("onTrack", kpi.onTrack());
	}

	private static void violation(ObjectNode node, PropertyViolation violation) {
		node.put("event", violation.event());
		node.put("property", violation.property());
		node.put("kind", violation.kind());
		node.put("expectedType", violation.expectedType());
		node.put("events", violation.events());
		ObjectNode example = node.putObject("example");
		example.put("file", violation.example().file());
		example.put("row", violation.example().row());
		example.put("value", violation.example().value());
	}

	private static void strings(ArrayNode array, List<String> values) {
		values.forEach(array::add);
	}

	private static String instant(Instant instant) {
		return instant == null ? null : instant.toString();
	}
}
