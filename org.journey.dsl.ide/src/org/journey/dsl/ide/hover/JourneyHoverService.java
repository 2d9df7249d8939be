package org.journey.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;

import com.google.inject.Inject;

/** Language-server hovers: Journey's own summaries, else Xtext's (the element's doc comment). */
public class JourneyHoverService extends HoverService {

	@Inject
	private JourneyHoverText hoverText;

	@Override
	public String getContents(EObject element) {
		String markdown = hoverText.markdown(element);
		return markdown != null ? markdown : super.getContents(element);
	}
}
