package org.journey.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * journey lsp, started as an editor starts it, given what a buggy plugin, a proxy or an attacker
 * sends: it keeps answering, and its answers carry short messages, never a Java stack trace or
 * the document's text.
 */
class LspBadInputTest {

	private static final String SHUTDOWN_BODY = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}";

	@TempDir
	Path workspace;

	static Stream<Arguments> misFramedMessages() {
		int length = SHUTDOWN_BODY.length();
		return Stream.of(
				Arguments.of("Content-Length too small", "Content-Length: " + (length - 20) + "\r\n\r\n" + SHUTDOWN_BODY),
				Arguments.of("Content-Length negative", "Content-Length: -5\r\n\r\n" + SHUTDOWN_BODY),
				Arguments.of("Content-Length not a number", "Content-Length: forty\r\n\r\n" + SHUTDOWN_BODY),
				Arguments.of("Content-Length of 20 digits", "Content-Length: 99999999999999999999\r\n\r\n" + SHUTDOWN_BODY),
				Arguments.of("Content-Length missing", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + SHUTDOWN_BODY),
				Arguments.of("no header at all", SHUTDOWN_BODY));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("misFramedMessages")
	@Timeout(60)
	void aMisFramedMessageIsSkippedAndTheNextRequestIsAnswered(String what, String frame) throws Exception {
		try (StdioClient client = new StdioClient()) {
			client.initialize(workspace);

			client.sendRaw(frame);
			JsonNode answer = client.request(3, "shutdown", "null");

			assertTrue(answer.has("result"), answer.toString());
			assertFalse(answer.has("error"), answer.toString());
		}
	}

	@Test
	@Timeout(60)
	void aBodyNestedTenThousandDeepIsAParseErrorAndTheServerGoesOn() throws Exception {
		try (StdioClient client = new StdioClient()) {
			client.initialize(workspace);
			int depth = 10_000;

			client.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"workspace/symbol\",\"params\":{\"query\":"
					+ "[".repeat(depth) + "]".repeat(depth) + "}}");
			JsonNode parseError = client.answerTo(null);
			JsonNode answer = client.request(3, "shutdown", "null");

			assertEquals(-32700, parseError.get("error").get("code").asInt(), parseError.toString());
			assertEquals("Parse error: the message nests 10002 levels deep; at most 256 are read.",
					parseError.get("error").get("message").asText());
			assertTrue(answer.has("result"), answer.toString());
		}
	}

	@Test
	@Timeout(60)
	void aBodyThatIsNotJsonIsAParseErrorAndTheServerGoesOn() throws Exception {
		try (StdioClient client = new StdioClient()) {
			client.initialize(workspace);

			client.send("{\"jsonrpc\":\"2.0\",\"id\":2,");
			JsonNode parseError = client.answerTo(null);
			JsonNode answer = client.request(3, "shutdown", "null");

			assertEquals(-32700, parseError.get("error").get("code").asInt(), parseError.toString());
			assertEquals("Parse error: the message is not JSON.", parseError.get("error").get("message").asText());
			assertTrue(answer.has("result"), answer.toString());
		}
	}

	@Test
	@Timeout(60)
	void initializeIsAnsweredWhenTheWorkspaceHoldsAFifoNamedLikeAModel() throws Exception {
		Files.writeString(workspace.resolve("good.journey"), "segment Buyers\n");
		Path fifo = workspace.resolve("pipe.journey");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor(), "mkfifo");

		try (StdioClient client = new StdioClient()) {
			JsonNode answer = client.initialize(workspace);

			assertTrue(answer.get("result").has("capabilities"), answer.toString());
		}
	}

	@Test
	@Timeout(60)
	void initializeIsAnsweredWhenTheWorkspaceHoldsSymbolicLinkLoops() throws Exception {
		Path models = Files.createDirectories(workspace.resolve("models"));
		Files.writeString(models.resolve("good.journey"), "segment Buyers\n");
		Files.createSymbolicLink(models.resolve("up"), workspace);
		Files.createSymbolicLink(workspace.resolve("a.journey"), workspace.resolve("b.journey"));
		Files.createSymbolicLink(workspace.resolve("b.journey"), workspace.resolve("a.journey"));

		try (StdioClient client = new StdioClient()) {
			JsonNode answer = client.initialize(workspace);
			JsonNode symbols = client.request(2, "workspace/symbol", "{\"query\":\"Buyers\"}");

			assertTrue(answer.get("result").has("capabilities"), answer.toString());
			assertEquals(1, symbols.get("result").size(), "the model is indexed once, not once per way to reach it: " + symbols);
		}
	}

	@Test
	@Timeout(60)
	void anUnknownMethodIsAnsweredWithoutAStackTrace() throws Exception {
		try (StdioClient client = new StdioClient()) {
			client.initialize(workspace);

			JsonNode answer = client.request(2, "journey/noSuchMethod", "{}");

			assertNoTrace(answer);
			assertEquals(-32601, answer.get("error").get("code").asInt(), answer.toString());
		}
	}

	@Test
	@Timeout(60)
	void aFailingCommandIsAnsweredWithoutAStackTrace() throws Exception {
		try (StdioClient client = new StdioClient()) {
			client.initialize(workspace);

			JsonNode answer = client.request(2, "workspace/executeCommand", "{\"command\":\"no.such.command\",\"arguments\":[42]}");

			assertNoTrace(answer);
			assertEquals(-32602, answer.get("error").get("code").asInt(), answer.toString());
			assertEquals("Unknown command: no.such.command", answer.get("error").get("message").asText());
		}
	}

	@Test
	@Timeout(60)
	void aPositionOutsideTheDocumentIsAnsweredWithoutTheDocument() throws Exception {
		String uri = workspace.resolve("m.journey").toUri().toString();
		try (StdioClient client = new StdioClient()) {
			client.initialize(workspace);
			client.open(uri, "segment SecretSegmentName\n");

			JsonNode answer = client.request(2, "textDocument/hover",
					"{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":999,\"character\":5}}");

			assertNoTrace(answer);
			assertFalse(answer.toString().contains("SecretSegmentName"), answer.toString());
			assertEquals(-32602, answer.get("error").get("code").asInt(), answer.toString());
			assertEquals("A position in the request is outside the document.", answer.get("error").get("message").asText());
		}
	}

	@Test
	@Timeout(60)
	void formattingADocumentTooDeepToReadSaysWhy() throws Exception {
		String uri = workspace.resolve("deep.journey").toUri().toString();
		int depth = 2_200;
		try (StdioClient client = new StdioClient()) {
			client.initialize(workspace);
			client.open(uri, "kpi K {\n    formula " + "(".repeat(depth) + "count(e)" + ")".repeat(depth) + "\n}\n");

			JsonNode answer = client.request(2, "textDocument/formatting",
					"{\"textDocument\":{\"uri\":\"" + uri + "\"},\"options\":{\"tabSize\":4,\"insertSpaces\":true}}");

			assertNoTrace(answer);
			assertEquals(-32803, answer.get("error").get("code").asInt(), answer.toString());
			assertEquals("Not formatted: Parentheses nest 2201 levels deep here; at most 200 are read. Simplify the formula:"
					+ " a KPI formula needs a few levels at most.", answer.get("error").get("message").asText());
		}
	}

	@Test
	@Timeout(60)
	void formattingADocumentWithoutAModelChangesNothing() throws Exception {
		String uri = workspace.resolve("empty.journey").toUri().toString();
		try (StdioClient client = new StdioClient()) {
			client.initialize(workspace);
			client.open(uri, "// nothing yet\n");

			JsonNode answer = client.request(2, "textDocument/formatting",
					"{\"textDocument\":{\"uri\":\"" + uri + "\"},\"options\":{\"tabSize\":4,\"insertSpaces\":true}}");

			assertEquals("[]", answer.get("result").toString(), answer.toString());
		}
	}

	@Test
	@Timeout(60)
	void aChangeOutsideTheDocumentIsRejectedWholeAndTheDocumentStaysAsItWas() throws Exception {
		// Decided: an edit whose range lies outside the text is not applied, not even in part, and
		// the server keeps the last text it could apply (the editor's next full sync resends it).
		String uri = workspace.resolve("m.journey").toUri().toString();
		try (StdioClient client = new StdioClient()) {
			client.initialize(workspace);
			client.open(uri, "segment Buyers\n");

			client.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":2},"
					+ "\"contentChanges\":[{\"range\":{\"start\":{\"line\":40,\"character\":0},\"end\":{\"line\":41,\"character\":3}},"
					+ "\"text\":\"segment Sellers\\n\"}]}");
			JsonNode symbols = client.request(2, "textDocument/documentSymbol", "{\"textDocument\":{\"uri\":\"" + uri + "\"}}");
			JsonNode answer = client.request(3, "shutdown", "null");

			assertEquals(1, symbols.get("result").size(), symbols.toString());
			assertEquals("Buyers", symbols.get("result").get(0).path("name").asText(symbols.toString()), symbols.toString());
			assertTrue(answer.has("result"), answer.toString());
		}
	}

	private static void assertNoTrace(JsonNode answer) {
		String text = answer.toString();
		assertTrue(answer.has("error") || answer.has("result"), text);
		assertFalse(text.contains("\\tat ") || text.contains("\\n\\tat") || text.contains("Exception"), text);
		assertTrue(answer.path("error").path("data").isMissingNode() || answer.path("error").path("data").isNull(), text);
	}
}
