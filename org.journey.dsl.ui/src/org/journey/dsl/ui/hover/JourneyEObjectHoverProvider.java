package org.journey.dsl.ui.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ui.editor.hover.html.DefaultEObjectHoverProvider;
import org.journey.dsl.ide.hover.HoverHtml;
import org.journey.dsl.ide.hover.JourneyHoverText;

import com.google.inject.Inject;

/** The hover of the language server (JourneyHoverText), as HTML; Xtext's default for the rest. */
public class JourneyEObjectHoverProvider extends DefaultEObjectHoverProvider {

	@Inject
	private JourneyHoverText hoverText;

	@Override
	protected String getHoverInfoAsHtml(EObject element) {
		String html = HoverHtml.fromMarkdown(hoverText.markdown(element));
		return html != null ? html : super.getHoverInfoAsHtml(element);
	}
}
