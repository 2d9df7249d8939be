package org.journey.dsl.ide.server;

import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * What the server answers when a request fails. lsp4j's default puts the exception's stack trace
 * in the answer's data, and Xtext's messages for a position outside the document quote the whole
 * document: an editor shows both to the user, and a log collecting answers keeps the modeller's
 * text. Here the answer is one short sentence; the trace goes to the server's log (stderr).
 */
final class ShortErrorAnswers implements Function<Throwable, ResponseError> {

	private static final Logger LOG = Logger.getLogger(ShortErrorAnswers.class.getName());

	@Override
	public ResponseError apply(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof ResponseErrorException answer) {
				return answer.getResponseError();
			}
		}
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof IndexOutOfBoundsException) {
				LOG.warning("A request named a position outside its document: " + cause.getClass().getSimpleName());
				return new ResponseError(ResponseErrorCode.InvalidParams,
						"A position in the request is outside the document.", null);
			}
		}
		LOG.log(Level.SEVERE, "A request failed", thrown);
		return new ResponseError(ResponseErrorCode.InternalError,
				"Internal error in the Journey language server; the details are in its log.", null);
	}
}
