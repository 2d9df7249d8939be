package org.journey.tests.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Future;

import org.journey.cli.LspCommand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An editor's end of {@code journey lsp}: raw bytes to the server's stdin, Content-Length framed
 * messages from its stdout. Tests send well-formed and broken frames through it.
 */
final class StdioClient implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final PipedOutputStream toServer = new PipedOutputStream();
	private final PipedInputStream fromServer;
	private final Future<Void> server;

	StdioClient() throws IOException {
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 20);
		PipedOutputStream serverOut = new PipedOutputStream();
		fromServer = new PipedInputStream(serverOut, 1 << 20);
		server = LspCommand.start(serverIn, serverOut);
	}

	/** Sends {@code initialize} for the folder and {@code initialized}; returns the answer. */
	JsonNode initialize(Path root) throws IOException {
		JsonNode answer = request(1, "initialize", "{\"processId\":null,\"rootUri\":\"" + root.toUri() + "\",\"capabilities\":{}}");
		notify("initialized", "{}");
		return answer;
	}

	/** Sends a request and returns the server's answer to it, skipping the notifications before it. */
	JsonNode request(int id, String method, String params) throws IOException {
		send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
		return answerTo(id);
	}

	void notify(String method, String params) throws IOException {
		send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
	}

	/** Opens a document (version 1) with the text. */
	void open(String uri, String text) throws IOException {
		notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"journey\",\"version\":1,\"text\":"
				+ JSON.writeValueAsString(text) + "}}");
	}

	/** A well-framed message. */
	void send(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		sendRaw("Content-Length: " + body.length + "\r\n\r\n");
		toServer.write(body);
		toServer.flush();
	}

	/** Bytes as they are, framed or not. */
	void sendRaw(String bytes) throws IOException {
		toServer.write(bytes.getBytes(StandardCharsets.UTF_8));
		toServer.flush();
	}

	/** The next answer with this id (null for the id of a parse error). */
	JsonNode answerTo(Integer id) throws IOException {
		while (true) {
			JsonNode message = receive();
			if (message.has("method")) {
				continue;
			}
			JsonNode messageId = message.get("id");
			boolean matches = id == null ? messageId == null || messageId.isNull() : messageId != null && messageId.asInt() == id;
			if (matches) {
				return message;
			}
		}
	}

	/** The next notification of this method from the server. */
	JsonNode notification(String method) throws IOException {
		while (true) {
			JsonNode message = receive();
			if (method.equals(message.path("method").asText())) {
				return message;
			}
		}
	}

	static ObjectNode object(String json) throws IOException {
		return (ObjectNode) JSON.readTree(json);
	}

	static String quoted(String text) throws IOException {
		return JSON.writeValueAsString(text);
	}

	private JsonNode receive() throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int next = fromServer.read();
			if (next < 0) {
				throw new IOException("the server closed its output; header so far: " + header);
			}
			header.write(next);
		}
		int length = 0;
		for (String line : header.toString(StandardCharsets.US_ASCII).split("\r\n")) {
			if (line.toLowerCase().startsWith("content-length:")) {
				length = Integer.parseInt(line.substring("content-length:".length()).trim());
			}
		}
		return JSON.readTree(new String(fromServer.readNBytes(length), StandardCharsets.UTF_8));
	}

	@Override
	public void close() throws IOException {
		toServer.close();
		server.cancel(true);
	}
}
