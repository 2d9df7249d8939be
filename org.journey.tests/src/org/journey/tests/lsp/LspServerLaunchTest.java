package org.journey.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Future;

import org.journey.cli.LspCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** journey lsp speaks the Language Server Protocol: Content-Length framed JSON-RPC on a stream pair. */
class LspServerLaunchTest {

	@Test
	@Timeout(60)
	void initializeIsAnsweredWithTheEditorFeaturesTheServerOffers() throws Exception {
		PipedOutputStream clientOut = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 16);
		Future<Void> server = LspCommand.start(serverIn, serverOut);
		String root = Files.createTempDirectory("journey-lsp").toUri().toString();

		send(clientOut, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
				+ "\"rootUri\":\"" + root + "\",\"capabilities\":{}}}");
		JsonNode response = new ObjectMapper().readTree(receive(clientIn));

		assertEquals(1, response.get("id").asInt());
		JsonNode capabilities = response.get("result").get("capabilities");
		assertTrue(capabilities.has("textDocumentSync"), capabilities.toString());
		assertTrue(capabilities.get("completionProvider").isObject(), capabilities.toString());
		assertTrue(capabilities.get("hoverProvider").asBoolean(), capabilities.toString());
		assertTrue(capabilities.get("documentSymbolProvider").asBoolean(), capabilities.toString());
		assertTrue(capabilities.has("codeActionProvider"), capabilities.toString());
		clientOut.close();
		server.cancel(true);
	}

	@Test
	@Timeout(60)
	void anEditorThatOpensASingleFileWithoutAFolderIsServedToo() throws Exception {
		PipedOutputStream clientOut = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 16);
		Future<Void> server = LspCommand.start(serverIn, serverOut);

		send(clientOut, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
				+ "\"rootUri\":null,\"capabilities\":{}}}");
		JsonNode response = new ObjectMapper().readTree(receive(clientIn));

		assertTrue(response.has("result"), response.toString());
		assertTrue(response.get("result").get("capabilities").get("hoverProvider").asBoolean(), response.toString());
		clientOut.close();
		server.cancel(true);
	}

	private static void send(PipedOutputStream out, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	/** The body of the next message; its header gives the body's length in bytes. */
	private static String receive(InputStream in) throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int next = in.read();
			if (next < 0) {
				throw new IOException("the server closed the stream; header so far: " + header);
			}
			header.write(next);
		}
		int length = 0;
		for (String line : header.toString(StandardCharsets.US_ASCII).split("\r\n")) {
			if (line.toLowerCase().startsWith("content-length:")) {
				length = Integer.parseInt(line.substring("content-length:".length()).trim());
			}
		}
		return new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}
}
