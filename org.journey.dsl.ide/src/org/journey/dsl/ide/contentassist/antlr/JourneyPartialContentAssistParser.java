package org.journey.dsl.ide.contentassist.antlr;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.ide.editor.contentassist.antlr.AbstractPartialContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;

import com.google.inject.Inject;

/**
 * The generated content assist parser, able to start at the grammar element that encloses the
 * cursor instead of at the top of the file: completion then parses the element being edited,
 * not the thousands of lines above it (Xtext's "partial parsing", which the generator was not
 * asked for). In the generated parser's package because its parser factory and rule names are
 * protected there.
 */
public class JourneyPartialContentAssistParser extends AbstractPartialContentAssistParser {

	@Inject
	private JourneyParser generated;

	@Override
	protected AbstractInternalContentAssistParser createParser() {
		return generated.createParser();
	}

	@Override
	protected String getRuleName(AbstractElement element) {
		return generated.getRuleName(element);
	}

	@Override
	protected String[] getInitialHiddenTokens() {
		return generated.getInitialHiddenTokens();
	}
}
