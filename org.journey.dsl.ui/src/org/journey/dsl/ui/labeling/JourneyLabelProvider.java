package org.journey.dsl.ui.labeling;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.xtext.ui.label.DefaultEObjectLabelProvider;
import org.journey.dsl.ide.labels.JourneyLabels;

import com.google.inject.Inject;

/**
 * Labels and icons of model elements (outline, content assist, hyperlinks), as JourneyLabels
 * computes them; icons are files in the plugin's icons/ folder.
 */
public class JourneyLabelProvider extends DefaultEObjectLabelProvider {

	@Inject
	public JourneyLabelProvider(AdapterFactoryLabelProvider delegate) {
		super(delegate);
	}

	String text(EObject element) {
		String text = JourneyLabels.text(element);
		return text != null ? text : element.eClass().getName();
	}

	String image(EObject element) {
		return JourneyLabels.icon(element);
	}
}
