package org.journey.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.gson.JsonElement;
import com.google.inject.Inject;

/** Language-server quick fixes: a code action for each fix {@link QuickFixes} has for a diagnostic. */
public class JourneyCodeActionService implements ICodeActionService2 {

	@Inject
	private QuickFixes quickFixes;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getResource() != null && options.getDocument() != null) {
			return getCodeActions(options, options.getResource(), options.getDocument());
		}
		// Xtext's LanguageServerImpl passes neither resource nor document: read them as its
		// QuickFixCodeActionService does, under the workspace's read lock
		return options.getLanguageServerAccess().doSyncRead(options.getURI(),
				context -> getCodeActions(options, context.getResource(), context.getDocument()));
	}

	private List<Either<Command, CodeAction>> getCodeActions(Options options, Resource current, Document document) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		if (!(current instanceof XtextResource resource)) {
			return actions;
		}
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
			int offset = document.getOffSet(diagnostic.getRange().getStart());
			quickFixes.fixesFor(resource, code, offset, data(diagnostic.getData())).forEach(fix -> {
				CodeAction action = new CodeAction(fix.label());
				action.setKind(CodeActionKind.QuickFix);
				action.setDiagnostics(List.of(diagnostic));
				List<TextEdit> edits = fix.edits().stream()
						.map(edit -> new TextEdit(new Range(document.getPosition(edit.offset()),
								document.getPosition(edit.offset() + edit.length())), edit.text()))
						.toList();
				action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), edits)));
				actions.add(Either.forRight(action));
			});
		}
		return actions;
	}

	/**
	 * The issue data Xtext put on the diagnostic: the validator's String[] when the server runs
	 * in-process, a JSON array when it came back from a client.
	 */
	private static List<String> data(Object data) {
		if (data instanceof String[] strings) {
			return Arrays.asList(strings);
		}
		List<String> values = new ArrayList<>();
		if (data instanceof Iterable<?> iterable) {
			for (Object value : iterable) {
				values.add(value instanceof JsonElement json && json.isJsonPrimitive() ? json.getAsString() : String.valueOf(value));
			}
		}
		return values;
	}
}
