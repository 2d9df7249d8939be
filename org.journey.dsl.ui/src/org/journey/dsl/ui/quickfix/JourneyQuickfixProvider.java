package org.journey.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.ui.editor.model.IXtextDocument;
import org.eclipse.xtext.ui.editor.model.edit.IModification;
import org.eclipse.xtext.ui.editor.quickfix.DefaultQuickfixProvider;
import org.eclipse.xtext.ui.editor.quickfix.IssueResolution;
import org.eclipse.xtext.ui.editor.quickfix.IssueResolutionAcceptor;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.ide.quickfix.Edit;
import org.journey.dsl.ide.quickfix.Fix;
import org.journey.dsl.ide.quickfix.QuickFixes;

import com.google.inject.Inject;

/**
 * The language server's quick fixes, every alternative with its own label, applied to the
 * document. The labels name what the fix does (which KPI, which package), so they are read from
 * the document's model when Eclipse asks for the resolutions, as Xtext's own fixes of unresolved
 * links do; the edits are computed again when one is chosen, on the model as it is then.
 */
public class JourneyQuickfixProvider extends DefaultQuickfixProvider {

	@Inject
	private QuickFixes quickFixes;

	@Override
	public boolean hasResolutionFor(String issueCode) {
		return quickFixes.isFixable(issueCode) || super.hasResolutionFor(issueCode);
	}

	@Override
	public List<IssueResolution> getResolutions(Issue issue) {
		List<IssueResolution> resolutions = new ArrayList<>(super.getResolutions(issue));
		if (!quickFixes.isFixable(issue.getCode()) || issue.getOffset() == null) {
			return resolutions;
		}
		IXtextDocument document = getModificationContextFactory().createModificationContext(issue).getXtextDocument();
		if (document == null) {
			return resolutions;
		}
		IssueResolutionAcceptor acceptor = getIssueResolutionAcceptorProvider().get();
		for (Fix fix : fixesFor(document, issue)) {
			String label = fix.label();
			acceptor.accept(issue, label, issue.getMessage(), null,
					(IModification) context -> apply(context.getXtextDocument(), issue, label));
		}
		resolutions.addAll(acceptor.getIssueResolutions());
		return resolutions;
	}

	private List<Fix> fixesFor(IXtextDocument document, Issue issue) {
		List<String> data = issue.getData() == null ? List.of() : Arrays.asList(issue.getData());
		return document.<List<Fix>>tryReadOnly(
				(XtextResource resource) -> quickFixes.fixesFor(resource, issue.getCode(), issue.getOffset(), data),
				() -> List.of());
	}

	private void apply(IXtextDocument document, Issue issue, String label) throws Exception {
		if (document == null) {
			return;
		}
		Optional<Fix> fix = fixesFor(document, issue).stream().filter(candidate -> candidate.label().equals(label)).findFirst();
		if (fix.isEmpty()) {
			return; // the model changed since the issue was reported: nothing safe to apply
		}
		// from the end of the document backwards, so each edit's offset is still where it was computed
		List<Edit> edits = new ArrayList<>(fix.get().edits());
		edits.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
		for (Edit edit : edits) {
			document.replace(edit.offset(), edit.length(), edit.text());
		}
	}
}
