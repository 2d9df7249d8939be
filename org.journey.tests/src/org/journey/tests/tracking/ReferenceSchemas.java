package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.journey.tests.support.Repository;

/**
 * The tools' own schemas that generated Snowplow and dbt files must satisfy. They are read from
 * {@code ../shared/reference-schemas} next to the repository (system property
 * {@code journey.repository.root}, set by surefire), so these tests need the shared folder checked
 * out beside the repository. The JSON Schema meta-schemas come from the validator library, offline.
 */
final class ReferenceSchemas {

	static final ObjectMapper JSON = new ObjectMapper();
	static final YAMLMapper YAML = new YAMLMapper();

	private static final String IGLU_SELF_DESC = "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0";

	/**
	 * Draft-04 validation, and Iglu's self-describing meta-schema known under its own URI as a
	 * draft-04 dialect, so that neither it nor a generated schema that names it is fetched online.
	 */
	private static final JsonSchemaFactory DRAFT_04 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
			builder -> builder.metaSchema(JsonMetaSchema.builder(IGLU_SELF_DESC + "#", JsonMetaSchema.getV4()).build())
					.metaSchema(JsonMetaSchema.builder(IGLU_SELF_DESC, JsonMetaSchema.getV4()).build()));
	private static final JsonSchemaFactory DRAFT_07 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

	private static JsonSchema igluMetaSchema;
	private static JsonSchema draft04MetaSchema;
	private static JsonSchema dbtYmlFiles;

	private ReferenceSchemas() {
	}

	static Path repository() {
		return Repository.root();
	}

	static Path referenceSchema(String relative) {
		Path file = repository().resolve("../shared/reference-schemas").resolve(relative).normalize();
		assertTrue(Files.isRegularFile(file), "Missing " + file + ": these tests need ../shared beside the repository");
		return file;
	}

	static synchronized JsonSchema igluMetaSchema() {
		if (igluMetaSchema == null) {
			igluMetaSchema = DRAFT_04.getSchema(read(referenceSchema("snowplow/self-desc-schema-1-0-0.json")));
		}
		return igluMetaSchema;
	}

	static synchronized JsonSchema draft04MetaSchema() {
		if (draft04MetaSchema == null) {
			draft04MetaSchema = DRAFT_04.getSchema(SchemaLocation.of("http://json-schema.org/draft-04/schema#"));
		}
		return draft04MetaSchema;
	}

	static synchronized JsonSchema dbtYmlFiles() {
		if (dbtYmlFiles == null) {
			dbtYmlFiles = DRAFT_07.getSchema(read(referenceSchema("dbt/dbt_yml_files-latest.json")));
		}
		return dbtYmlFiles;
	}

	/** A generated Iglu schema as a schema, to validate events with. */
	static JsonSchema eventSchema(JsonNode igluSchema) {
		return DRAFT_04.getSchema(igluSchema);
	}

	/** The validation messages, one per line, empty if the instance is valid. */
	static String problems(JsonSchema schema, JsonNode instance) {
		Set<ValidationMessage> messages = schema.validate(instance);
		return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
	}

	private static JsonNode read(Path file) {
		try {
			return JSON.readTree(file.toFile());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
