package org.journey.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.journey.dsl.ide.server.JourneyLanguageServer;

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

	/** Starts a language server reading requests from {@code in} and writing to {@code out}; see JourneyLanguageServer. */
	public static Future<Void> start(InputStream in, OutputStream out) {
		return JourneyLanguageServer.start(in, out);
	}
}
