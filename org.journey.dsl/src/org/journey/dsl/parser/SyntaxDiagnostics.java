package org.journey.dsl.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.resource.XtextSyntaxDiagnosticWithRange;
import org.eclipse.xtext.util.LineAndColumn;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.validation.IssueCodes;

/**
 * The syntax errors of a parsed file, one per mistake:
 * <ul>
 * <li>the parser's errors, less the follow-ups of its recovery: after the first error inside a
 * top-level element (a journey, a KPI...) the parser resumes with a wrong idea of where it is,
 * and its further errors in that element, or at the top level after it, are about its guess,
 * not the text. Errors in a later element are kept: the parser has found its footing again at
 * that element's keyword. The errors of values (a decimal comma, a missing quote) are exact and
 * always kept;</li>
 * <li>a misspelt element keyword, which {@link KeywordTypoTokenSource} let the parser read as
 * the keyword: an error with the keyword as the suggestion;</li>
 * <li>a missing comma between two event properties, which the grammar tolerates for the same
 * reason.</li>
 * </ul>
 */
public final class SyntaxDiagnostics {

	/** The codes of syntax errors: what a file with syntax errors still reports (see JourneyResourceValidator). */
	public static final Set<String> CODES = Set.of(IssueCodes.SYNTAX_ERROR, IssueCodes.INVALID_VALUE,
			IssueCodes.NESTING_TOO_DEEP, IssueCodes.FILE_TOO_LARGE, IssueCodes.XTEXT_RANGED_SYNTAX_ERROR,
			IssueCodes.INVALID_KEYWORD_VALUE, IssueCodes.KEYWORD_TYPO, IssueCodes.DECIMAL_COMMA, IssueCodes.MISSING_QUOTE,
			IssueCodes.MISSING_COMMA, IssueCodes.MISSING_OPENING_BRACE, "org.eclipse.xtext.diagnostics.Diagnostic.Syntax");

	/** Errors of a value (reported by a value converter): exact, never a follow-up of recovery. */
	private static final Set<String> VALUE_CODES = Set.of(IssueCodes.INVALID_VALUE, IssueCodes.XTEXT_RANGED_SYNTAX_ERROR,
			IssueCodes.DECIMAL_COMMA, IssueCodes.MISSING_QUOTE);

	private SyntaxDiagnostics() {
	}

	public static boolean isSyntaxDiagnostic(Resource.Diagnostic diagnostic) {
		return diagnostic instanceof XtextSyntaxDiagnostic || diagnostic instanceof SlipDiagnostic;
	}

	/** The diagnostics to report for the parse result. */
	public static List<Resource.Diagnostic> of(IParseResult parseResult) {
		List<Resource.Diagnostic> diagnostics = new ArrayList<>();
		INode firstErrorElement = null;
		boolean errorBefore = false;
		for (INode error : parseResult.getSyntaxErrors()) {
			SyntaxErrorMessage message = error.getSyntaxErrorMessage();
			boolean valueError = VALUE_CODES.contains(message.getIssueCode());
			if (!valueError) {
				INode element = topLevelElement(error);
				boolean followUp = errorBefore && (element == null || element == firstErrorElement);
				if (followUp) {
					continue;
				}
				errorBefore = true;
				firstErrorElement = element;
			}
			diagnostics.add(diagnostic(error, message));
		}
		ICompositeNode root = parseResult.getRootNode();
		if (root != null) {
			addKeywordTypos(root, diagnostics);
		}
		if (parseResult.getRootASTElement() != null) {
			List<Integer> errorOffsets = new ArrayList<>();
			parseResult.getSyntaxErrors().forEach(error -> errorOffsets.add(error.getOffset()));
			addMissingCommas(parseResult.getRootASTElement(), errorOffsets, diagnostics);
		}
		return diagnostics;
	}

	private static Resource.Diagnostic diagnostic(INode error, SyntaxErrorMessage message) {
		String[] data = message.getIssueData();
		if (data != null && data.length > 0 && data[0] != null
				&& data[0].startsWith(JourneySyntaxErrorMessageProvider.RANGE_PREFIX)) {
			String[] range = data[0].substring(JourneySyntaxErrorMessageProvider.RANGE_PREFIX.length()).split(":");
			return new SlipDiagnostic(error, message.getIssueCode(), message.getMessage(), Integer.parseInt(range[0]),
					Integer.parseInt(range[1]), Arrays.copyOfRange(data, 1, data.length));
		}
		if (IssueCodes.XTEXT_RANGED_SYNTAX_ERROR.equals(message.getIssueCode()) && data != null && data.length == 1) {
			String[] range = data[0].split(":");
			return new XtextSyntaxDiagnosticWithRange(error, Integer.parseInt(range[0]), Integer.parseInt(range[1]), null);
		}
		// as Xtext's own syntax diagnostic, but with positions that hold at the end of a file ending in a lone CR
		return new SlipDiagnostic(error, message.getIssueCode(), message.getMessage(), error.getOffset(), error.getLength(), data);
	}

	/** The node of the top-level element the error is in, or null if it is between elements. */
	private static INode topLevelElement(INode error) {
		INode node = error;
		while (node.getParent() != null && node.getParent().getParent() != null) {
			node = node.getParent();
		}
		// node is now a child of the Model's node: an element's node, or the error leaf itself
		return node == error || node.getSemanticElement() == null ? null : node;
	}

	private static void addKeywordTypos(ICompositeNode root, List<Resource.Diagnostic> diagnostics) {
		// compared in place: a file has a keyword every few words, and each leaf's text is a new string
		String text = root.getText();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword keyword
					&& !(leaf.getLength() == keyword.getValue().length()
							&& text.regionMatches(leaf.getOffset(), keyword.getValue(), 0, leaf.getLength()))) {
				diagnostics.add(new SlipDiagnostic(leaf, IssueCodes.KEYWORD_TYPO,
						"'" + leaf.getText() + "' is not a keyword. Did you mean '" + keyword.getValue() + "'?",
						leaf.getOffset(), leaf.getLength(), new String[] { leaf.getText(), keyword.getValue() }));
			}
		}
	}

	/**
	 * Events whose properties follow each other without a comma. Not in an event with a syntax
	 * error of its own: there the properties may be pieces the parser's recovery made up
	 * ({@code id: text required} read as the properties 'text' and 'required').
	 */
	private static void addMissingCommas(EObject model, List<Integer> errorOffsets, List<Resource.Diagnostic> diagnostics) {
		model.eAllContents().forEachRemaining(object -> {
			if (!(object instanceof Event event)) {
				return;
			}
			INode eventNode = NodeModelUtils.getNode(event);
			if (eventNode == null || errorOffsets.stream()
					.anyMatch(offset -> offset >= eventNode.getTotalOffset() && offset <= eventNode.getTotalEndOffset())) {
				return;
			}
			List<EventProperty> properties = event.getProperties();
			for (int i = 1; i < properties.size(); i++) {
				INode node = NodeModelUtils.getNode(properties.get(i));
				ILeafNode before = node == null ? null : JourneySyntaxErrorMessageProvider.visibleLeafBefore(node);
				if (before != null && !",".equals(before.getText())) {
					diagnostics.add(new SlipDiagnostic(before, IssueCodes.MISSING_COMMA,
							"A ',' is missing between the properties '" + properties.get(i - 1).getName() + "' and '"
									+ properties.get(i).getName() + "' of event '" + event.getName()
									+ "': separate an event's properties with commas.",
							before.getOffset(), before.getLength(), new String[] { before.getText(), before.getText() + "," }));
				}
			}
		});
	}

	/** A syntax error at a range of its own (not necessarily its node's), with the project's code and data. */
	static final class SlipDiagnostic extends AbstractDiagnostic {

		private final INode node;
		private final String code;
		private final String message;
		private final int offset;
		private final int length;
		private final String[] data;

		SlipDiagnostic(INode node, String code, String message, int offset, int length, String[] data) {
			this.node = node;
			this.code = code;
			this.message = message;
			this.offset = offset;
			this.length = length;
			this.data = data;
		}

		@Override
		protected INode getNode() {
			return node;
		}

		@Override
		public String getCode() {
			return code;
		}

		@Override
		public String[] getData() {
			return data;
		}

		@Override
		public String getMessage() {
			return message;
		}

		@Override
		public int getOffset() {
			return offset;
		}

		@Override
		public int getLength() {
			return length;
		}

		@Override
		public int getLine() {
			return position(offset).getLine();
		}

		@Override
		public int getColumn() {
			return position(offset).getColumn();
		}

		@Override
		public int getLineEnd() {
			return position(offset + length).getLine();
		}

		@Override
		public int getColumnEnd() {
			return position(offset + length).getColumn();
		}

		/**
		 * The line and column of an offset. Xtext's own computation reads past the text for the end of
		 * a text that ends in a lone CR (a StringIndexOutOfBoundsException, after which the validator
		 * drops the diagnostic and the file passes as clean): there, the end is the start of the line
		 * after the CR.
		 */
		private LineAndColumn position(int at) {
			String text = node.getRootNode().getText();
			if (at >= text.length() && text.endsWith("\r")) {
				LineAndColumn beforeCr = NodeModelUtils.getLineAndColumn(node.getRootNode(), text.length() - 1);
				return LineAndColumn.from(beforeCr.getLine() + 1, 1);
			}
			return NodeModelUtils.getLineAndColumn(node.getRootNode(), Math.min(at, text.length()));
		}
	}
}
