package org.journey.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The Journey language server on a stream pair, as {@code journey lsp} runs it for an editor:
 * Xtext's server (which finds the language through the ide module's
 * META-INF/services/org.eclipse.xtext.ISetup) with what makes it survive bad input: a message
 * reader that skips bad frames ({@link TolerantMessageProducer}), short error answers
 * ({@link ShortErrorAnswers}) and a workspace scan that lists regular files only
 * ({@link RegularFileScanner}).
 */
public final class JourneyLanguageServer {

	private JourneyLanguageServer() {
	}

	/** Starts a server reading requests from {@code in} and writing to {@code out}; the future completes when {@code in} ends. */
	public static Future<Void> start(InputStream in, OutputStream out) {
		Injector injector = Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
			binder.bind(LanguageServerImpl.class).to(EditorTolerantServer.class);
			binder.bind(IFileSystemScanner.class).to(RegularFileScanner.class);
		}));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = new TolerantBuilder()
				.setLocalService(server)
				.setRemoteInterface(LanguageClient.class)
				.setExceptionHandler(new ShortErrorAnswers())
				.setInput(in)
				.setOutput(out)
				.create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	/** lsp4j's wiring with {@link TolerantMessageProducer} in place of its StreamMessageProducer. */
	private static final class TolerantBuilder extends Launcher.Builder<LanguageClient> {

		private MessageJsonHandler jsonHandler;
		private RemoteEndpoint remoteEndpoint;
		private MessageConsumer outgoing;

		/** As lsp4j's, keeping the outgoing stream, on which the reader answers parse errors. */
		@Override
		protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
			jsonHandler = handler;
			outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, handler));
			remoteEndpoint = new RemoteEndpoint(outgoing, ServiceEndpoints.toEndpoint(localServices), exceptionHandler);
			handler.setMethodProvider(remoteEndpoint);
			remoteEndpoint.setJsonHandler(handler);
			return remoteEndpoint;
		}

		@Override
		protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer,
				LanguageClient remoteProxy) {
			return new ConcurrentMessageProcessor(
					new TolerantMessageProducer(input, jsonHandler, remoteEndpoint, outgoing), consumer);
		}
	}
}
