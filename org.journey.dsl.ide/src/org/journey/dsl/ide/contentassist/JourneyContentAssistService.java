package org.journey.dsl.ide.contentassist;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Singleton;

/**
 * Xtext's completion service, with the positions of the proposals' edits counted from the
 * cursor instead of from the top of the file for each proposal.
 */
@Singleton
public class JourneyContentAssistService extends ContentAssistService {

	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params,
			CancelIndicator cancelIndicator) {
		int caretOffset = document.getOffSet(params.getPosition());
		return super.createCompletionList(new CaretAnchoredDocument(document, caretOffset, params.getPosition()), resource,
				params, cancelIndicator);
	}
}
