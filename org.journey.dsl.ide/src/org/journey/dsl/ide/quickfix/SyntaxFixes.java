package org.journey.dsl.ide.quickfix;

import org.journey.dsl.validation.IssueCodes;

/**
 * Fixes of syntax errors: each error's data is the word as written and its correction (a keyword
 * value, a keyword, the number with a point, the text closed, the token with the comma or brace
 * after it). They need no model element: the model of a file with syntax errors may lack the part
 * the error is in.
 */
public class SyntaxFixes {

	@QuickFix({ IssueCodes.INVALID_KEYWORD_VALUE, IssueCodes.KEYWORD_TYPO })
	public void changeToSuggestedWord(IssueToFix issue, FixAcceptor fixes) {
		issue.suggestion(1).ifPresent(word -> fixes.accept("Change to '" + word + "'", issue.replaceWritten(word)));
	}

	@QuickFix(IssueCodes.DECIMAL_COMMA)
	public void writeDecimalPoint(IssueToFix issue, FixAcceptor fixes) {
		issue.suggestion(1).ifPresent(number -> fixes.accept("Write " + number, issue.replaceWritten(number)));
	}

	@QuickFix(IssueCodes.MISSING_QUOTE)
	public void closeText(IssueToFix issue, FixAcceptor fixes) {
		issue.suggestion(1).ifPresent(closed -> fixes.accept("Add the closing quote", issue.replaceWritten(closed)));
	}

	@QuickFix(IssueCodes.MISSING_COMMA)
	public void addComma(IssueToFix issue, FixAcceptor fixes) {
		issue.suggestion(1).ifPresent(withComma -> fixes.accept("Add the missing ','", issue.replaceWritten(withComma)));
	}

	@QuickFix(IssueCodes.MISSING_OPENING_BRACE)
	public void addOpeningBrace(IssueToFix issue, FixAcceptor fixes) {
		issue.suggestion(1).ifPresent(withBrace -> fixes.accept("Add the missing '{'", issue.replaceWritten(withBrace)));
	}
}
