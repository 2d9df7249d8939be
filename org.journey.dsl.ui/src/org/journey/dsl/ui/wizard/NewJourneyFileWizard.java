package org.journey.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.journey.dsl.starter.StarterFiles;
import org.journey.dsl.starter.StarterModel;

/** File > New > Journey: a .journey file with the starter content of {@code journey new}. */
public class NewJourneyFileWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private Page page;

	private static final class Page extends WizardNewFileCreationPage {
		private JourneyChoices choices;

		Page(IStructuredSelection selection) {
			super("newJourneyFile", selection);
			setTitle("New Journey");
			setDescription("A .journey file with the phases of a standard model, typical touchpoints and comments that teach the language.");
			setFileExtension("journey");
		}

		/**
		 * The journey's choices, then the platform's advanced (linked file) section: super builds
		 * the linked resource group that validatePage() and createNewFile() use unchecked, so
		 * without it the page throws a NullPointerException as it opens. The file name is set
		 * only after super: setFileName fires the page's validatePage, which needs that group
		 * (set before, the page threw the same NullPointerException and opened with Finish
		 * disabled, seen in a running Eclipse).
		 */
		@Override
		protected void createAdvancedControls(Composite parent) {
			choices = new JourneyChoices(parent, "My journey");
			super.createAdvancedControls(parent);
			setFileName(StarterFiles.fileName(choices.journeyName()));
			choices.nameField().addModifyListener(event -> setFileName(StarterFiles.fileName(choices.journeyName())));
		}

		@Override
		protected InputStream getInitialContents() {
			String content = StarterModel.create(choices.journeyName(), choices.phaseModel(), choices.reportLanguage());
			return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		}
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Journey");
	}

	@Override
	public void addPages() {
		page = new Page(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			page.setErrorMessage("Created " + file.getFullPath() + " but could not open it: " + e.getMessage());
		}
		return true;
	}
}
