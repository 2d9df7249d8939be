package org.journey.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Machine-readable output of the command line, with sorted keys so it is stable. */
final class Json {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	private Json() {
	}

	static String write(Object value) {
		try {
			DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
			return MAPPER.writer(printer).writeValueAsString(value);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes the value as a JSON file, whole or not at all. */
	static void writeFile(Path file, Object value) throws IOException {
		AtomicFiles.write(file, (write(value) + "\n").getBytes(StandardCharsets.UTF_8));
	}
}
