package org.journey.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ExceptionAcceptor;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole .journey file into its canonical layout, as the command line's {@code format}
 * and tests need it. A file with syntax errors is not formatted: its meaning is not known.
 */
public class JourneyDocumentFormatter {

	@Inject
	private Provider<IFormatter2> formatter;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	/** The canonical text of the resource; throws IllegalStateException if it has syntax errors. */
	public String format(XtextResource resource) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			throw new IllegalStateException("A file with syntax errors cannot be formatted: " + resource.getURI());
		}
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setExceptionHandler(ExceptionAcceptor.THROWING);
		request.setTextRegionAccess(regions);
		List<ITextReplacement> replacements = formatter.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
