package org.journey.dsl.ide.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * Reads Content-Length framed JSON-RPC messages, as lsp4j's StreamMessageProducer does, but
 * survives a bad frame. lsp4j's reader stops for good on a negative or 20-digit length (an
 * exception ends its thread) and blocks or loses its place on a missing one, and Gson's recursive
 * parsing of a body nested thousands deep overflows the reader thread's stack: one bad message
 * from an editor plugin, a proxy or a hand-typed test left the server deaf, not even answering
 * {@code shutdown}.
 * <p>
 * Here a frame whose length is missing or unusable is skipped (logged on stderr, never answered:
 * it has no id that can be trusted), and reading resumes at the next {@code Content-Length}
 * header, wherever in the stream it starts. A body that is not JSON, or nests deeper than
 * {@link #MAX_JSON_DEPTH}, is answered with a JSON-RPC parse error (-32700, id null) before
 * anything recursive reads it.
 */
final class TolerantMessageProducer implements MessageProducer {

	/** Deeper than any LSP message (they nest a dozen levels at most), far below what overflows Gson. */
	static final int MAX_JSON_DEPTH = 256;

	/** A file at Journey's 16 MB limit, escaped as JSON text, fits several times over. */
	static final int MAX_BODY_BYTES = 256 << 20;

	/** A header line longer than this is garbage: only its end is kept, where a Content-Length may start. */
	private static final int MAX_LINE_BYTES = 1 << 16;

	private static final String CONTENT_LENGTH = "content-length:";

	private static final Logger LOG = Logger.getLogger(TolerantMessageProducer.class.getName());

	private final InputStream input;
	private final MessageJsonHandler jsonHandler;
	private final MessageIssueHandler issueHandler;
	private final MessageConsumer outgoing;
	private volatile boolean keepRunning;

	/**
	 * @param issueHandler answers a request that is JSON but not a valid request (as lsp4j does)
	 * @param outgoing where parse errors are answered
	 */
	TolerantMessageProducer(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler,
			MessageConsumer outgoing) {
		this.input = input;
		this.jsonHandler = jsonHandler;
		this.issueHandler = issueHandler;
		this.outgoing = outgoing;
	}

	/** One frame's headers as read so far. */
	private static final class Headers {
		boolean any;
		long contentLength = -1;
		String badLength;
		Charset charset = StandardCharsets.UTF_8;
		String badCharset;
	}

	@Override
	public void listen(MessageConsumer callback) {
		keepRunning = true;
		Headers headers = new Headers();
		try {
			String line;
			while (keepRunning && (line = readLine()) != null) {
				if (!line.isEmpty()) {
					headers = readHeader(line, headers);
				} else if (headers.any) {
					if (!readBody(headers, callback)) {
						return;
					}
					headers = new Headers();
				}
			}
		} catch (InterruptedIOException | ClosedChannelException e) {
			// the editor closed the connection or the server is stopping
		} catch (IOException e) {
			LOG.log(Level.WARNING, "The language server's input failed: " + e.getMessage());
		}
	}

	@Override
	public String toString() {
		return "TolerantMessageProducer";
	}

	void close() {
		keepRunning = false;
	}

	private Headers readHeader(String line, Headers headers) {
		int contentLength = line.toLowerCase(Locale.ROOT).lastIndexOf(CONTENT_LENGTH);
		if (contentLength > 0) {
			// the rest of a skipped or too-short body, run into the next message's first header
			LOG.warning("Skipped " + contentLength + " characters of input that were not part of a message.");
			line = line.substring(contentLength);
			headers = new Headers();
		}
		int colon = line.indexOf(':');
		if (colon <= 0 || !line.substring(0, colon).matches("[A-Za-z0-9-]+")) {
			LOG.warning("Skipped input that is not a message header (" + line.length() + " characters).");
			return new Headers();
		}
		String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
		String value = line.substring(colon + 1).trim();
		headers.any = true;
		if (name.equals("content-length")) {
			// at most 10 digits: longer ones overflow an int, lsp4j's reader thread died on them
			if (value.matches("[0-9]{1,10}")) {
				headers.contentLength = Long.parseLong(value);
				headers.badLength = null;
			} else {
				headers.badLength = value.length() > 40 ? value.substring(0, 40) + "..." : value;
			}
		} else if (name.equals("content-type")) {
			int charset = value.toLowerCase(Locale.ROOT).indexOf("charset=");
			if (charset >= 0) {
				String charsetName = value.substring(charset + "charset=".length()).trim();
				try {
					headers.charset = Charset.forName(charsetName.equalsIgnoreCase("utf8") ? "UTF-8" : charsetName);
				} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
					headers.badCharset = charsetName;
				}
			}
		}
		return headers;
	}

	/** @return false when the input ended inside the body */
	private boolean readBody(Headers headers, MessageConsumer callback) throws IOException {
		if (headers.badLength != null || headers.contentLength < 0) {
			LOG.warning(headers.badLength != null
					? "Skipped a message whose Content-Length is not a byte count: " + headers.badLength
					: "Skipped a message without a Content-Length header.");
			return true;
		}
		if (headers.contentLength > MAX_BODY_BYTES || headers.badCharset != null) {
			LOG.warning(headers.badCharset != null ? "Skipped a message in an unknown charset: " + headers.badCharset
					: "Skipped a message of " + headers.contentLength + " bytes, more than the " + MAX_BODY_BYTES + " accepted.");
			input.skipNBytes(headers.contentLength);
			return true;
		}
		byte[] body = input.readNBytes((int) headers.contentLength);
		if (body.length < headers.contentLength) {
			return false;
		}
		String content = new String(body, headers.charset);
		int depth = JsonDepth.of(content);
		if (depth > MAX_JSON_DEPTH) {
			answerParseError("Parse error: the message nests " + depth + " levels deep; at most " + MAX_JSON_DEPTH + " are read.");
			return true;
		}
		Message message;
		try {
			message = jsonHandler.parseMessage(content);
		} catch (MessageIssueException e) {
			// lsp4j reads a body cut short as far as it goes, and takes it for a response when the
			// method is missing: no one would answer it, so it is answered as what it is
			boolean notJson = e.getIssues().stream().anyMatch(issue -> issue.getIssueCode() == ResponseErrorCode.ParseError.getValue());
			if (notJson && !(e.getRpcMessage() instanceof RequestMessage)) {
				answerParseError("Parse error: the message is not JSON.");
			} else {
				issueHandler.handle(e.getRpcMessage(), e.getIssues());
			}
			return true;
		} catch (RuntimeException | StackOverflowError e) {
			LOG.warning("Could not read a message (" + body.length + " bytes): " + e.getClass().getSimpleName());
			answerParseError("Parse error: the message is not JSON.");
			return true;
		}
		callback.consume(message);
		return true;
	}

	private void answerParseError(String text) {
		LOG.warning(text);
		ResponseMessage response = new ResponseMessage();
		response.setRawId(null);
		response.setError(new ResponseError(ResponseErrorCode.ParseError, text, null));
		outgoing.consume(response);
	}

	/** The next line without its line break; null at the end of the input. A too-long line keeps its end. */
	private String readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int c;
		while ((c = input.read()) != '\n') {
			if (c == -1) {
				return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
			}
			if (c != '\r') {
				line.write(c);
			}
			if (line.size() > MAX_LINE_BYTES) {
				byte[] all = line.toByteArray();
				line.reset();
				line.write(all, all.length - 64, 64);
			}
		}
		return line.toString(StandardCharsets.UTF_8);
	}
}
