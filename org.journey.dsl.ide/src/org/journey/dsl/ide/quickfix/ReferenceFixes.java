package org.journey.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Model;
import org.journey.dsl.validation.IssueCodes;

/** Names that resolve to nothing: the import that makes them visible, or the closest name. */
public class ReferenceFixes {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	/**
	 * A name declared in a package the file does not import: import that package (one fix per
	 * package that declares it). Otherwise the closest visible name, if one is close.
	 * Data: the name as written, its type, the closest visible name (empty if none), then the
	 * packages that declare the name.
	 */
	@QuickFix(IssueCodes.UNRESOLVED_REFERENCE)
	public void importOrRename(IssueToFix issue, FixAcceptor fixes) {
		if (issue.resource().getContents().get(0) instanceof Model model) {
			issue.data().stream().skip(3).limit(FixAcceptor.MAX_CHOICES).forEach(aPackage -> addImport(model, aPackage, issue.text(), fixes));
		}
		issue.suggestion(2).ifPresent(name -> fixes.accept("Change to '" + name + "'", issue.replaceWritten(name)));
	}

	/**
	 * An import line for {@code aPackage}: after the last import, or else after the package line
	 * (with a blank line between, as the formatter writes it), or else as the file's first line.
	 */
	private static void addImport(Model model, String aPackage, String text, FixAcceptor fixes) {
		String line = "import " + aPackage + ".*";
		String label = "Add '" + line + "'";
		if (!model.getImports().isEmpty()) {
			int end = NodeModelUtils.getNode(model.getImports().get(model.getImports().size() - 1)).getEndOffset();
			fixes.accept(label, new Edit(end, 0, "\n" + line));
			return;
		}
		List<INode> packageName = NodeModelUtils.findNodesForFeature(model, P.getModel_Name());
		if (!packageName.isEmpty()) {
			fixes.accept(label, new Edit(packageName.get(0).getEndOffset(), 0, "\n\n" + line));
			return;
		}
		fixes.accept(label, new Edit(0, 0, line + "\n\n"));
	}

	/** Data: the import as written, then the imports to write instead, likeliest first. */
	@QuickFix(IssueCodes.IMPORT_UNRESOLVED)
	public void changeImport(IssueToFix issue, FixAcceptor fixes) {
		issue.data().stream().skip(1).limit(FixAcceptor.MAX_CHOICES).forEach(replacement -> {
			if (!replacement.isEmpty() && issue.text().startsWith(issue.data().get(0), issue.offset())) {
				fixes.accept("Change to 'import " + replacement + "'", issue.replaceWritten(replacement));
			}
		});
	}

	/** An event a formula names that no touchpoint emits. Data: the name as written, the closest event name (empty if none). */
	@QuickFix(IssueCodes.UNKNOWN_EVENT)
	public void changeToClosestEvent(IssueToFix issue, FixAcceptor fixes) {
		issue.suggestion(1).ifPresent(event -> fixes.accept("Change to '" + event + "'", issue.replaceWritten(event)));
	}
}
