package org.journey.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.ui.XtextProjectHelper;
import org.journey.dsl.starter.NewJourneyProject;

/**
 * File > New > Journey Project: a project with the Xtext builder (validation and generation on
 * save) and a sample journey with the starter content of {@code journey new}.
 */
public class NewJourneyProjectWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private WizardNewProjectCreationPage projectPage;
	private ChoicesPage choicesPage;

	private static final class ChoicesPage extends WizardPage {
		private JourneyChoices choices;

		ChoicesPage() {
			super("journeyChoices");
			setTitle("Sample journey");
			setDescription("The project's first journey: its name, phase model and report language.");
		}

		@Override
		public void createControl(Composite parent) {
			choices = new JourneyChoices(parent, "My journey");
			setControl(choices.control());
		}
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle("New Journey Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		projectPage = new WizardNewProjectCreationPage("journeyProject");
		projectPage.setTitle("Journey Project");
		projectPage.setDescription("A project for .journey files; reports and tracking configurations are generated on save.");
		addPage(projectPage);
		choicesPage = new ChoicesPage();
		addPage(choicesPage);
	}

	/**
	 * Reads the pages here, on the UI thread, and creates the project in the container's forked
	 * thread, where SWT allows no widget to be read: only the {@link NewJourneyProject} crosses.
	 */
	@Override
	public boolean performFinish() {
		NewJourneyProject request;
		try {
			request = NewJourneyProject.of(projectPage.getProjectName(), projectPage.useDefaults(), projectPage.getLocationURI(),
					choicesPage.choices.journeyName(), choicesPage.choices.phaseModel(), choicesPage.choices.reportLanguage());
		} catch (IllegalArgumentException e) {
			projectPage.setErrorMessage(e.getMessage());
			return false;
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(request.name());
		try {
			getContainer().run(true, false, monitor -> {
				try {
					IWorkspaceRunnable create = m -> createProject(project, request, m);
					ResourcesPlugin.getWorkspace().run(create, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			projectPage.setErrorMessage("Could not create the project: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), project.getFile(request.sampleJourney()));
		} catch (PartInitException e) {
			// the project exists; the modeller opens the sample from the Project Explorer
		}
		return true;
	}

	private static void createProject(IProject project, NewJourneyProject request, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		request.location().ifPresent(description::setLocationURI);
		description.setNatureIds(new String[] { XtextProjectHelper.NATURE_ID });
		ICommand builder = description.newCommand();
		builder.setBuilderName(XtextProjectHelper.BUILDER_ID);
		description.setBuildSpec(new ICommand[] { builder });
		project.create(description, monitor);
		project.open(monitor);
		for (Map.Entry<String, String> entry : request.files().entrySet()) {
			IFile file = project.getFile(entry.getKey());
			if (file.getParent() instanceof IFolder folder && !folder.exists()) {
				folder.create(IResource.NONE, true, monitor);
			}
			file.create(new ByteArrayInputStream(entry.getValue().getBytes(StandardCharsets.UTF_8)), IResource.NONE, monitor);
			file.setCharset(StandardCharsets.UTF_8.name(), monitor);
		}
	}
}
