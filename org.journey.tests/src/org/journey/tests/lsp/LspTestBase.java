package org.journey.tests.lsp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;

/**
 * An in-process Journey language server (Xtext's ServerModule with the ide module's services)
 * and a workspace folder; tests open models in it and ask what an editor would ask.
 */
abstract class LspTestBase extends AbstractLanguageServerTest {

	/** A phase the test models share. */
	protected static final String INTEREST_PHASE = """
			    phase Interest {
			        customer-goal "Compare"
			        volume 500
			        touchpoint Search { channel search serves Buyers, Browsers }
			    }
			""";

	/** A phase the test models share. */
	protected static final String DELIGHT_PHASE = """
			    phase Delight {
			        customer-goal "Enjoy"
			        volume 60
			        touchpoint Newsletter { channel email }
			    }
			""";

	/** What the server answered to {@code initialize}: its capabilities. */
	InitializeResult initializeResult;

	LspTestBase() {
		super("journey");
	}

	/** Writes {@code model} to {@code fileName} in the workspace and opens it in the server; returns its URI. */
	String openModel(String fileName, String model) {
		return openModels(Map.of(fileName, model)).get(fileName);
	}

	/**
	 * Writes every model (file name to text) before the server starts, so that its workspace
	 * index knows them all as a real project's would, then opens them; returns file name to URI.
	 */
	Map<String, String> openModels(Map<String, String> models) {
		Map<String, String> uris = new LinkedHashMap<>();
		models.forEach((fileName, model) -> uris.put(fileName, writeFile(fileName, model)));
		initializeResult = initialize(params -> {
			// a custom initializer replaces Xtext's default one, which sets the workspace root
			params.setRootUri(root.toURI().toString());
			// what current clients (VS Code, LSP4E) announce: they show the outline as a tree
			DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
			symbols.setHierarchicalDocumentSymbolSupport(true);
			TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
			textDocument.setDocumentSymbol(symbols);
			// they check a rename is possible, and on what, before asking for the new name
			RenameCapabilities rename = new RenameCapabilities();
			rename.setPrepareSupport(true);
			textDocument.setRename(rename);
			ClientCapabilities capabilities = new ClientCapabilities();
			capabilities.setTextDocument(textDocument);
			params.setCapabilities(capabilities);
		});
		models.forEach((fileName, model) -> open(uris.get(fileName), model));
		return uris;
	}

	/** The position of the first occurrence of {@code marker} in {@code model}, plus {@code shift} characters. */
	static Position positionOf(String model, String marker, int shift) {
		int offset = model.indexOf(marker);
		if (offset < 0) {
			throw new IllegalArgumentException("The model does not contain: " + marker);
		}
		offset += shift;
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (model.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	List<Diagnostic> diagnosticsOf(String uri) {
		Map<String, List<Diagnostic>> diagnostics = getDiagnostics();
		return diagnostics.getOrDefault(uri, List.of());
	}
}
