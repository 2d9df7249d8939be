package org.journey.dsl.ide.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/** Xtext's language server, serving editors that do less or more than Xtext expects. */
class EditorTolerantServer extends LanguageServerImpl {

	/** The commands announced to the editor; before initialize, none. */
	private volatile List<String> offeredCommands = List.of();

	/**
	 * Xtext's workspace needs a root folder; an editor that opens a single file announces none
	 * (no rootUri, no workspace folders), and Xtext would fail on initialize. Such a session
	 * works in the folder the server was started from.
	 */
	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		boolean noFolders = params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty();
		if (noFolders && params.getRootUri() == null && params.getRootPath() == null) {
			params.setRootUri(Path.of("").toAbsolutePath().toUri().toString());
		}
		return super.initialize(params);
	}

	/**
	 * A method neither LSP nor a Journey extension defines is answered "method not found", as
	 * JSON-RPC says; Xtext throws, which made it an internal error.
	 */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		try {
			return super.request(method, parameter);
		} catch (UnsupportedOperationException e) {
			return CompletableFuture.failedFuture(new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Unknown method: " + method, null)));
		}
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		if (capabilities.getExecuteCommandProvider() != null && capabilities.getExecuteCommandProvider().getCommands() != null) {
			offeredCommands = List.copyOf(capabilities.getExecuteCommandProvider().getCommands());
		}
		return capabilities;
	}

	/**
	 * A command the server does not offer is a mistake in the request. Xtext failed with a
	 * NullPointerException when the editor had not announced that it executes commands.
	 */
	@Override
	public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
		if (params == null || !offeredCommands.contains(params.getCommand())) {
			return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
					ResponseErrorCode.InvalidParams, "Unknown command: " + (params == null ? null : params.getCommand()), null)));
		}
		return super.executeCommand(params);
	}
}
