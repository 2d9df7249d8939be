package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.journey.tests.eclipse.EclipseArtifacts.Bundle;
import org.journey.tests.eclipse.UiSourceRules.Report;
import org.junit.jupiter.api.Test;

import com.github.javaparser.ast.CompilationUnit;

/**
 * What a wizard runs with {@code getContainer().run(true, ...)} runs on another thread, where SWT
 * refuses every widget read ("Invalid thread access"): the New Journey Project wizard once read
 * its location page there and could never create a project (issue 22). Read from the sources,
 * which the default build cannot compile.
 */
class ForkedRunnablesTest {

	@Test
	void noRunnableOfOurBundlesReadsAWidgetOffTheUiThread() {
		List<String> checked = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			for (Map.Entry<String, CompilationUnit> source : UiSourceRules.sources(bundle).entrySet()) {
				Report report = UiSourceRules.forkedRunnables(source.getValue());
				report.checked().forEach(run -> checked.add(bundle + ": " + run));
				report.problems().forEach(problem -> problems.add(source.getKey() + ": " + problem));
			}
		}
		assertEquals(List.of(), problems);
		assertEquals(List.of("org.journey.dsl.ui: NewJourneyProjectWizard.performFinish"), checked);
	}

	@Test
	void aPageReadInAMethodTheForkedRunnableCallsIsFound() {
		// given the wizard as it was before issue 22: the reads are in a method the runnable calls
		CompilationUnit unit = UiSourceRules.parse("""
				class NewJourneyProjectWizard extends Wizard {
					private WizardNewProjectCreationPage projectPage;

					public boolean performFinish() {
						IProject project = projectPage.getProjectHandle();
						getContainer().run(true, false, monitor -> {
							IWorkspaceRunnable create = m -> createProject(project, m);
							ResourcesPlugin.getWorkspace().run(create, monitor);
						});
						return true;
					}

					private void createProject(IProject project, IProgressMonitor monitor) {
						IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
						if (!projectPage.useDefaults()) {
							description.setLocationURI(projectPage.getLocationURI());
						}
						project.create(description, monitor);
					}
				}
				""", "old wizard");

		// when
		Report report = UiSourceRules.forkedRunnables(unit);

		// then
		String where = "NewJourneyProjectWizard.performFinish (line 6) runs off the UI thread what reads a widget: ";
		String fix = " (SWT: Invalid thread access); read it before run(...) and pass the value";
		assertEquals(List.of(where + "projectPage.useDefaults() (line 15)" + fix, where + "projectPage.getLocationURI() (line 16)" + fix),
				report.problems());
	}

	@Test
	void aRunnableInALocalVariableReadingAFieldOfAPageIsFound() {
		// given an anonymous runnable in a local variable, reading a field of a page
		CompilationUnit unit = UiSourceRules.parse("""
				class ExportWizard extends Wizard {
					private ChoicesPage choicesPage;

					public boolean performFinish() {
						IRunnableWithProgress export = new IRunnableWithProgress() {
							public void run(IProgressMonitor monitor) {
								write(choicesPage.choices.journeyName());
							}
						};
						getContainer().run(true, true, export);
						return true;
					}
				}
				""", "export wizard");

		// when
		Report report = UiSourceRules.forkedRunnables(unit);

		// then
		assertEquals(List.of("ExportWizard.performFinish (line 10) runs off the UI thread what reads a widget:"
				+ " choicesPage.choices.journeyName() (line 7) (SWT: Invalid thread access); read it before run(...) and pass the value"),
				report.problems());
	}

	@Test
	void valuesReadBeforeTheRunAndReadsHandedBackToTheUiThreadAreAccepted() {
		// given the reads before run(...), and one error shown through syncExec
		CompilationUnit unit = UiSourceRules.parse("""
				import org.eclipse.swt.widgets.Text;

				class ProjectWizard extends Wizard {
					private WizardNewProjectCreationPage projectPage;
					private Text name;

					public boolean performFinish() {
						URI location = projectPage.useDefaults() ? null : projectPage.getLocationURI();
						String journey = name.getText();
						getContainer().run(true, false, monitor -> create(location, journey, monitor));
						return true;
					}

					private void create(URI location, String journey, IProgressMonitor monitor) {
						if (location == null) {
							Display.getDefault().syncExec(() -> projectPage.setErrorMessage(name.getText()));
						}
					}
				}
				""", "fixed wizard");

		// when
		Report report = UiSourceRules.forkedRunnables(unit);

		// then
		assertEquals(List.of(), report.problems());
		assertEquals(List.of("ProjectWizard.performFinish"), report.checked());
	}
}
