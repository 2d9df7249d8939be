package org.journey.dsl.ui.wizard;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.PhaseModels;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.starter.StarterFiles;

/**
 * What both "New Journey" wizards ask, as {@code journey new} does: the journey's name, one of
 * the four standard phase models and the report language.
 */
final class JourneyChoices {

	private final List<PhaseModel> models = PhaseModels.all();
	private final Composite control;
	private final Text name;
	private final Combo model;
	private final Combo language;

	JourneyChoices(Composite parent, String initialName) {
		Composite group = new Composite(parent, SWT.NONE);
		control = group;
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(group, SWT.NONE).setText("&Journey name:");
		name = new Text(group, SWT.BORDER);
		name.setText(initialName);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(group, SWT.NONE).setText("&Phase model:");
		model = new Combo(group, SWT.READ_ONLY);
		models.forEach(m -> model.add(StarterFiles.choiceLabel(m)));
		model.select(0);
		new Label(group, SWT.NONE).setText("&Report language:");
		language = new Combo(group, SWT.READ_ONLY);
		for (ReportLanguage l : ReportLanguage.values()) {
			language.add(StarterFiles.choiceLabel(l));
		}
		language.select(0);
	}

	Composite control() {
		return control;
	}

	Text nameField() {
		return name;
	}

	String journeyName() {
		return name.getText().isBlank() ? "My journey" : name.getText().trim();
	}

	PhaseModel phaseModel() {
		return models.get(Math.max(0, model.getSelectionIndex()));
	}

	ReportLanguage reportLanguage() {
		return ReportLanguage.values()[Math.max(0, language.getSelectionIndex())];
	}
}
