package org.journey.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.EntryPointFinder;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.journey.dsl.ide.codelens.JourneyCodeLensService;
import org.journey.dsl.ide.contentassist.JourneyContentAssistContextFactory;
import org.journey.dsl.ide.contentassist.JourneyContentAssistService;
import org.journey.dsl.ide.contentassist.JourneyEntryPointFinder;
import org.journey.dsl.ide.contentassist.JourneyIdeContentProposalProvider;
import org.journey.dsl.ide.contentassist.antlr.JourneyPartialContentAssistParser;
import org.journey.dsl.ide.formatting.JourneyFormattingService;
import org.journey.dsl.ide.highlighting.JourneySemanticHighlighting;
import org.journey.dsl.ide.hover.JourneyHoverService;
import org.journey.dsl.ide.quickfix.JourneyCodeActionService;
import org.journey.dsl.ide.symbols.JourneySymbolKinds;
import org.journey.dsl.ide.symbols.JourneySymbolNames;

/**
 * Use this class to register ide components.
 */
public class JourneyIdeModule extends AbstractJourneyIdeModule {

	public Class<? extends IHoverService> bindIHoverService() {
		return JourneyHoverService.class;
	}

	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return JourneySymbolKinds.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return JourneySymbolNames.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return JourneyIdeContentProposalProvider.class;
	}

	/** Completion parses from the element around the cursor, not from the top of the file. */
	@Override
	public Class<? extends IContentAssistParser> bindIContentAssistParser() {
		return JourneyPartialContentAssistParser.class;
	}

	public Class<? extends EntryPointFinder> bindEntryPointFinder() {
		return JourneyEntryPointFinder.class;
	}

	public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
		return JourneyContentAssistContextFactory.class;
	}

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return JourneyContentAssistService.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return JourneyCodeActionService.class;
	}

	public Class<? extends ICodeLensService> bindICodeLensService() {
		return JourneyCodeLensService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return JourneySemanticHighlighting.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return JourneyFormattingService.class;
	}
}
