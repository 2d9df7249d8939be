package org.journey.dsl.generator.tracking;

import java.io.UncheckedIOException;

import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Snowplow: one Iglu self-describing schema per event, in the directory layout an Iglu static
 * repository and {@code igluctl} expect: {@code tracking/snowplow/schemas/<vendor>/<event>/jsonschema/1-0-0}.
 */
public class SnowplowTarget implements ReportTarget {

	public static final String FOLDER = "tracking/snowplow/";

	/** Two-space indentation and "\n" whatever the platform: the same bytes on every machine. */
	private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter(
			Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
			.withObjectIndenter(new DefaultIndenter("  ", "\n")));

	@Override
	public String name() {
		return "snowplow";
	}

	@Override
	public boolean rendersEvents() {
		return true;
	}

	@Override
	public void generate(Journey journey, JourneyMap map, String folder, IFileSystemAccess2 files) {
		TrackingPlan plan = TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
		SnowplowSchemas.of(plan).forEach((path, schema) -> files.generateFile(folder + FOLDER + path, json(schema)));
	}

	static String json(ObjectNode node) {
		try {
			return WRITER.writeValueAsString(node) + "\n";
		} catch (JsonProcessingException e) {
			throw new UncheckedIOException(e);
		}
	}
}
