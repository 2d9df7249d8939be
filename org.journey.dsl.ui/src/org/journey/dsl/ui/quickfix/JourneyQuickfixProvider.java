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
import org.journey.dsl.ide.quickfix.FixableIssueCodes;
import org.journey.dsl.ide.quickfix.JourneyFixes;
import org.journey.dsl.ide.quickfix.JourneyFixes.Edit;
import org.journey.dsl.ide.quickfix.JourneyFixes.Fix;

import com.google.inject.Inject;

/**
 * Quick fixes for the issue codes the language server fixes, with the same edits: JourneyFixes
 * computes them on the document's current model; this class only applies them to the document.
 */
public class JourneyQuickfixProvider extends DefaultQuickfixProvider {

	@Inject
	private JourneyFixes fixes;

	@Override
	public boolean hasResolutionFor(String issueCode) {
		return FixableIssueCodes.isFixable(issueCode) || super.hasResolutionFor(issueCode);
	}

	@Override
	public List<IssueResolution> getResolutions(Issue issue) {
		List<IssueResolution> resolutions = new ArrayList<>(super.getResolutions(issue));
		if (FixableIssueCodes.isFixable(issue.getCode()) && issue.getOffset() != null) {
			IssueResolutionAcceptor acceptor = getIssueResolutionAcceptorProvider().get();
			// the edits are computed when the fix is applied, on the model as it is then
			acceptor.accept(issue, FixableIssueCodes.label(issue.getCode()), issue.getMessage(), null,
					(IModification) context -> apply(context.getXtextDocument(), issue));
			resolutions.addAll(acceptor.getIssueResolutions());
		}
		return resolutions;
	}

	private void apply(IXtextDocument document, Issue issue) throws Exception {
		Optional<Fix> fix = document.readOnly((XtextResource resource) -> fixes.fixFor(resource, issue.getCode(),
				issue.getOffset(), issue.getData() == null ? List.of() : Arrays.asList(issue.getData())));
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
