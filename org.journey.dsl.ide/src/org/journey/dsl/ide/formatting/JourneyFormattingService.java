package org.journey.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.journey.dsl.resource.JourneyResource;

/**
 * Formatting in the editor. A document the language did not read (too large, nested too deep)
 * has no node model, and Xtext's service failed on it with a NullPointerException, which the
 * editor showed as "Internal error". Here the editor is told why, as {@code journey format} says.
 * A document with nothing but whitespace and comments has no model, on which Xtext's service
 * failed too: it is left as it is.
 */
public class JourneyFormattingService extends FormattingService {

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentFormattingParams params,
			CancelIndicator cancelIndicator) {
		refuseUnreadable(resource);
		return resource.getContents().isEmpty() ? List.of() : super.format(document, resource, params, cancelIndicator);
	}

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentRangeFormattingParams params,
			CancelIndicator cancelIndicator) {
		refuseUnreadable(resource);
		return resource.getContents().isEmpty() ? List.of() : super.format(document, resource, params, cancelIndicator);
	}

	private static void refuseUnreadable(XtextResource resource) {
		if (resource instanceof JourneyResource journey && journey.isUnreadable() || resource.getParseResult() == null) {
			String reason = resource.getErrors().isEmpty() ? "the file could not be read."
					: resource.getErrors().get(0).getMessage();
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, "Not formatted: " + reason, null));
		}
	}
}
