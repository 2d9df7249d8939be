package org.journey.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.journey.dsl.resource.JourneyResource;
import org.journey.dsl.validation.IssueCodes;

/**
 * Whether a file's bytes are UTF-8. The parser reads bytes that are not as U+FFFD, so a Latin-1
 * 'ø' inside a string would pass validation and be written as '\uFFFD' everywhere: the file is
 * reported instead, at the first bad byte, so the author saves it as UTF-8.
 */
final class Utf8Check {

	static final String ISSUE_CODE = IssueCodes.INVALID_UTF8;

	record Position(int line, int column, String message) {
	}

	private Utf8Check() {
	}

	static Optional<Position> firstMalformed(Path file) throws IOException {
		if (Files.size(file) > JourneyResource.MAX_FILE_BYTES) {
			return Optional.empty(); // not read at all; the resource says so
		}
		return firstMalformed(Files.readAllBytes(file));
	}

	static Optional<Position> firstMalformed(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			return Optional.empty();
		}
		// the characters before the bad byte give its line and column, as an editor counts them
		out.flip();
		int line = 1;
		int column = 1;
		// a byte order mark is not content: the parser drops it, and so columns do not count it
		for (int i = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0; i < out.length(); i++) {
			char c = out.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == out.length() || out.charAt(i + 1) != '\n')) {
				line++;
				column = 1;
			} else if (c != '\r' && !Character.isLowSurrogate(c)) {
				column++;
			}
		}
		StringBuilder hex = new StringBuilder();
		for (int i = 0; i < result.length(); i++) {
			hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes[in.position() + i] & 0xFF));
		}
		return Optional.of(new Position(line, column, "This file is not UTF-8: byte " + hex + " at byte offset "
				+ in.position() + " is not a UTF-8 character (a file saved as Latin-1 or Windows-1252?). Save the file as UTF-8."));
	}
}
