package org.journey.dsl.parser;

import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.journey.dsl.validation.IssueCodes;

/**
 * Syntax errors with the project's issue codes, and in words a modeller understands where
 * ANTLR's wording is cryptic.
 */
public class JourneySyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final String TOP_LEVEL = "package, import, segment, source, kpi, goal, journey or initiative";

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String message = context.getDefaultMessage();
		Token token = context.getRecognitionException() == null ? null : context.getRecognitionException().token;
		if (token != null && token.getType() == Token.EOF) {
			int expecting = message.indexOf("expecting ");
			message = "The file ends too early" + (expecting < 0 ? "" : ", " + message.substring(expecting))
					+ ". Check for a missing '}' or an unfinished line.";
		} else if (message.endsWith("expecting EOF") || message.startsWith("missing EOF at ")) {
			String found = token == null ? "this" : "'" + token.getText() + "'";
			message = found + " is not allowed here: at the top level of a file only " + TOP_LEVEL
					+ " may follow. Is there a '}' too many above, or is this meant to be inside a journey or phase?";
		}
		return new SyntaxErrorMessage(message, IssueCodes.SYNTAX_ERROR);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		if (IssueCodes.XTEXT_RANGED_SYNTAX_ERROR.equals(message.getIssueCode())) {
			// Xtext reads the range from this code's data; keep it
			return message;
		}
		return new SyntaxErrorMessage(message.getMessage(), IssueCodes.INVALID_VALUE);
	}
}
