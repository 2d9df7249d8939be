package org.journey.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import picocli.CommandLine.Command;

/**
 * journey lsp: the language server (Language Server Protocol over stdin and stdout) that gives
 * VS Code, Eclipse LSP4E, IntelliJ, Neovim and other LSP clients the Journey editor services.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = "Runs the Journey language server on stdin/stdout (Language Server Protocol), for any LSP editor. An editor starts it; it runs until the editor closes the connection.",
		footer = { "", "Example (what an editor runs):", "  journey lsp" })
public final class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() throws InterruptedException, ExecutionException {
		// stdout carries the protocol: anything else printed there (a library's log line, a stray
		// println) would corrupt the message stream, so System.out goes to stderr from here on.
		OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
		start(System.in, protocolOut).get();
		return JourneyCli.OK;
	}

	/**
	 * Starts a language server reading requests from {@code in} and writing to {@code out}. The
	 * future completes when {@code in} ends. Xtext's ServerModule finds the language through the
	 * ide module's META-INF/services/org.eclipse.xtext.ISetup (JourneyIdeSetup).
	 */
	public static Future<Void> start(InputStream in, OutputStream out) {
		Injector injector = Guice.createInjector(Modules.override(new ServerModule())
				.with(binder -> binder.bind(LanguageServerImpl.class).to(SingleFolderTolerantServer.class)));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>()
				.setLocalService(server)
				.setRemoteInterface(LanguageClient.class)
				.setInput(in)
				.setOutput(out)
				.create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	/**
	 * Xtext's workspace needs a root folder; an editor that opens a single file announces none
	 * (no rootUri, no workspace folders), and Xtext would fail on initialize. Such a session
	 * works in the folder the server was started from.
	 */
	static final class SingleFolderTolerantServer extends LanguageServerImpl {

		@Override
		public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
			boolean noFolders = params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty();
			if (noFolders && params.getRootUri() == null && params.getRootPath() == null) {
				params.setRootUri(Path.of("").toAbsolutePath().toUri().toString());
			}
			return super.initialize(params);
		}
	}
}
