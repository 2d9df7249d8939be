package org.journey.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ExceptionAcceptor;
import org.journey.dsl.resource.JourneyResource;

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

	/**
	 * Why the resource cannot be formatted, as the end of a sentence ("not formatted: ..."), or
	 * null when it can: a file that was not read (too large, nested too deep) has no text to lay
	 * out, and one with syntax errors has no known meaning.
	 */
	public String refusal(XtextResource resource) {
		if (resource instanceof JourneyResource journey && journey.isUnreadable()) {
			return resource.getErrors().get(0).getMessage();
		}
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return "it has syntax errors";
		}
		return null;
	}

	/** The canonical text of the resource; throws IllegalStateException, saying why, if it cannot be formatted (see {@link #refusal}). */
	public String format(XtextResource resource) {
		String refusal = refusal(resource);
		if (refusal != null) {
			throw new IllegalStateException(resource.getURI().lastSegment() + " is not formatted: " + refusal);
		}
		if (resource.getContents().isEmpty()) {
			// nothing but whitespace and comments: Xtext's region builder fails on a file without a model
			return resource.getParseResult().getRootNode().getText();
		}
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setExceptionHandler(ExceptionAcceptor.THROWING);
		request.setTextRegionAccess(regions);
		List<ITextReplacement> replacements = formatter.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
