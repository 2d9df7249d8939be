package org.journey.dsl.generator.tracking;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.xtext.generator.IFileSystemAccess2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the tracking targets write their files, so that every file is byte-identical on every
 * machine: JSON from Jackson trees (keys in the order the target adds them), two-space indents and
 * "\n" line ends whatever the platform, numbers as written in the model; all files as UTF-8 bytes,
 * whatever encoding the file system access or the JVM would default to.
 */
public final class TrackingOutput {

	/** The UTF-8 byte order mark: spreadsheet programs (Excel) read a CSV as UTF-8 only with it. */
	public static final String BYTE_ORDER_MARK = "\uFEFF";

	/** Keeps decimals as the model writes them: 2.0 stays 2.0 (Jackson 2.15+ no longer strips zeros). */
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Plain decimals: a baseline of 2400 must never come out as 2.4E+3. */
	private static final ObjectMapper MAPPER = JsonMapper.builder().nodeFactory(NODES)
			.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

	private static final byte[] LINE_END = { '\n' };

	private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

	private TrackingOutput() {
	}

	public static ObjectNode object() {
		return NODES.objectNode();
	}

	public static ArrayNode array() {
		return NODES.arrayNode();
	}

	/** The JSON text of {@code node}, ending with a line break like any text file. */
	public static String json(JsonNode node) {
		try {
			return WRITER.writeValueAsString(node) + "\n";
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write a JSON tree; this is a bug in the tracking target", e);
		}
	}

	/** {@link #json} written as UTF-8 bytes straight away: tracking files run to megabytes, each copy counts. */
	public static void writeJson(IFileSystemAccess2 files, String path, JsonNode node) {
		byte[] text;
		try {
			text = WRITER.writeValueAsBytes(node);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write a JSON tree; this is a bug in the tracking target", e);
		}
		files.generateFile(path, new SequenceInputStream(new ByteArrayInputStream(text), new ByteArrayInputStream(LINE_END)));
	}

	public static void writeText(IFileSystemAccess2 files, String path, String text) {
		files.generateFile(path, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** "key": value, and no blank inside empty arrays and objects, as most JSON in the wild. */
	private static DefaultPrettyPrinter prettyPrinter() {
		DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
		Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Spacing.AFTER)
				.withObjectEmptySeparator("").withArrayEmptySeparator("");
		return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
	}
}
