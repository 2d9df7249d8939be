package org.journey.tests.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.Guice;

/**
 * Latency of the language server on a generated model of about 5,000 lines: diagnostics after an
 * edit, completion and hover, each repeated, printed as median and 95th percentile. Not a test
 * (timings depend on the machine and its load) and not run by the build. How to run it: README,
 * section Language server.
 */
public final class LspBenchmark {

	private static final int WARM_UP = 30;
	private static final int RUNS = 100;
	private static final int JOURNEYS = 37;
	private static final int TOUCHPOINTS_PER_PHASE = 5;
	private static final String[] FUNNEL = { "Attract", "Interest", "Convert", "Close", "Delight" };

	private LspBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String model = generatedModel();
		Path root = Files.createTempDirectory("journey-benchmark");
		Path file = root.resolve("big.journey");
		Files.writeString(file, model);
		String uri = file.toUri().toString();

		AtomicReference<CompletableFuture<Void>> diagnosticsArrived = new AtomicReference<>(new CompletableFuture<>());
		LanguageServerImpl server = Guice.createInjector(new ServerModule()).getInstance(LanguageServerImpl.class);
		server.connect(new DiagnosticsListener(uri, diagnosticsArrived));
		InitializeParams initialize = new InitializeParams();
		initialize.setRootUri(root.toUri().toString());
		server.initialize(initialize).get();
		server.initialized(new InitializedParams());
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "journey", 1, model)));
		diagnosticsArrived.get().get(60, TimeUnit.SECONDS);

		System.out.printf(Locale.ROOT, "Model: %,d lines, %,d characters%n", model.lines().count(), model.length());
		// an edit a modeller makes: a phase's volume in a journey in the middle of the file
		Position volume = LspTestBase.positionOf(model, "volume 1" + (JOURNEYS / 2) + "000", "volume ".length());
		int[] version = { 1 };
		report("diagnostics after an edit", () -> {
			CompletableFuture<Void> next = new CompletableFuture<>();
			diagnosticsArrived.set(next);
			version[0]++;
			Range digit = new Range(volume, new Position(volume.getLine(), volume.getCharacter() + 1));
			TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(digit, version[0] % 2 == 0 ? "2" : "1");
			server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
					new VersionedTextDocumentIdentifier(uri, version[0]), List.of(change)));
			next.get(60, TimeUnit.SECONDS);
		});
		// restores the model as generated, so completion and hover positions hold
		if (version[0] % 2 == 0) {
			version[0]++;
			diagnosticsArrived.set(new CompletableFuture<>());
			server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri,
					version[0]), List.of(new TextDocumentContentChangeEvent(model))));
			diagnosticsArrived.get().get(60, TimeUnit.SECONDS);
		}
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		Position segmentReference = LspTestBase.positionOf(model, "journey Journey" + (JOURNEYS / 2) + " {\n    for ",
				("journey Journey" + (JOURNEYS / 2) + " {\n    for ").length());
		// measures nothing if the positions miss: check each request answers before timing it
		if (server.getTextDocumentService().completion(new CompletionParams(document, segmentReference)).get().getRight()
				.getItems().stream().noneMatch(item -> item.getLabel().equals("Segment0"))) {
			throw new IllegalStateException("no segment proposed at " + segmentReference);
		}
		report("completion (segments after 'for')", () -> server.getTextDocumentService()
				.completion(new CompletionParams(document, segmentReference)).get());
		// between two journeys: no element's braces around the cursor
		Position betweenJourneys = LspTestBase.positionOf(model, "\n\njourney Journey" + (JOURNEYS / 2 + 1) + " {", 1);
		if (server.getTextDocumentService().completion(new CompletionParams(document, betweenJourneys)).get().getRight()
				.getItems().stream().noneMatch(item -> item.getLabel().equals("segment"))) {
			throw new IllegalStateException("no keyword 'segment' proposed at " + betweenJourneys);
		}
		report("completion (a new element)", () -> server.getTextDocumentService()
				.completion(new CompletionParams(document, betweenJourneys)).get());
		Position kpiReference = LspTestBase.positionOf(model, "kpis Kpi" + (JOURNEYS / 2), "kpis ".length());
		if (!server.getTextDocumentService().hover(new HoverParams(document, kpiReference)).get().getContents().getRight()
				.getValue().contains("Kpi" + (JOURNEYS / 2))) {
			throw new IllegalStateException("no KPI hover at " + kpiReference);
		}
		report("hover (a KPI reference)", () -> server.getTextDocumentService()
				.hover(new HoverParams(document, kpiReference)).get());
		server.shutdown().get();
		System.exit(0);
	}

	/** Segments, sources, KPIs and goals, then funnel journeys of phases with touchpoints and events. */
	static String generatedModel() {
		StringBuilder text = new StringBuilder("package bench\n\n");
		for (int s = 0; s < 10; s++) {
			text.append("segment Segment").append(s).append(" \"Segment ").append(s).append("\" { share 5% }\n");
		}
		text.append("source Analytics \"Web analytics\" { kind analytics }\n\n");
		for (int k = 0; k < JOURNEYS; k++) {
			text.append("kpi Kpi").append(k).append(" \"KPI ").append(k).append("\" {\n    unit percent\n    baseline 1.")
					.append(k).append("\n    target 2.0 by 2027-06-30\n    formula count(bought_").append(k)
					.append("_3_0) / count(viewed_").append(k).append("_0_0)\n}\n");
			text.append("goal Goal").append(k).append(" \"Goal ").append(k).append("\" { kind new-sales kpis Kpi").append(k)
					.append(" }\n\n");
		}
		for (int j = 0; j < JOURNEYS; j++) {
			text.append("journey Journey").append(j).append(" {\n    for Segment").append(j % 10).append("\n    pursues Goal")
					.append(j).append("\n    model funnel\n");
			for (int p = 0; p < FUNNEL.length; p++) {
				text.append("    phase ").append(FUNNEL[p]).append(" {\n        customer-goal \"Goal of ").append(FUNNEL[p])
						.append("\"\n        volume ").append(p == 0 ? "1" + j + "000" : String.valueOf(900 - p * 150)).append('\n');
				if (p == 3) {
					text.append("        kpis Kpi").append(j).append('\n');
				}
				for (int t = 0; t < TOUCHPOINTS_PER_PHASE; t++) {
					String event = (p == 3 ? "bought_" : "viewed_") + j + "_" + p + "_" + t;
					text.append("        touchpoint Touchpoint").append(p).append('_').append(t).append(" {\n")
							.append("            channel web\n            event ").append(event)
							.append(" { item_id: string required }\n        }\n");
				}
				text.append("    }\n");
			}
			text.append("}\n\n");
		}
		return text.toString();
	}

	private interface Step {
		void run() throws Exception;
	}

	private static void report(String what, Step step) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			step.run();
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			step.run();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		System.out.printf(Locale.ROOT, "%-36s median %7.1f ms   95th percentile %7.1f ms   (%d runs)%n", what,
				millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1), RUNS);
	}

	/** Completes the pending future when the server publishes the diagnostics of the benchmark's file. */
	private record DiagnosticsListener(String uri, AtomicReference<CompletableFuture<Void>> arrived) implements LanguageClient {

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			if (uri.equals(diagnostics.getUri())) {
				arrived.get().complete(null);
			}
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
