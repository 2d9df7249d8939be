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
 * A wizard page built on the platform's file or folder creation page keeps the linked resource
 * group that createAdvancedControls builds, or replaces everything that uses it, and sets its
 * file name only once the group is built: the New Journey wizard once replaced the section
 * without super (issue 22), then set its file name before super, and each time threw a
 * NullPointerException as it opened. Read from the sources, which the default build cannot compile.
 */
class WizardLinkedResourceTest {

	@Test
	void everyFileOrFolderPageOfOurBundlesKeepsOrReplacesTheLinkedResourceGroup() {
		List<String> checked = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			for (Map.Entry<String, CompilationUnit> source : UiSourceRules.sources(bundle).entrySet()) {
				Report report = UiSourceRules.linkedResourcePages(source.getValue());
				report.checked().forEach(page -> checked.add(bundle + ": " + page));
				report.problems().forEach(problem -> problems.add(source.getKey() + ": " + problem));
			}
		}
		assertEquals(List.of(), problems);
		assertEquals(List.of("org.journey.dsl.ui: NewJourneyFileWizard.Page"), checked);
	}

	@Test
	void aPageReplacingTheAdvancedSectionWithoutSuperIsFound() {
		// given the page as it was before issue 22
		CompilationUnit unit = UiSourceRules.parse("""
				class NewJourneyFileWizard {
					private static final class Page extends WizardNewFileCreationPage {
						@Override
						protected void createAdvancedControls(Composite parent) {
							choices = new JourneyChoices(parent, "My journey");
							setFileName(StarterFiles.fileName(choices.journeyName()));
						}
					}
				}
				""", "old page");

		// when
		Report report = UiSourceRules.linkedResourcePages(unit);

		// then
		assertEquals(List.of("NewJourneyFileWizard.Page (line 3) overrides createAdvancedControls without calling"
				+ " super.createAdvancedControls, so the platform's linked resource group stays null and validateLinkedResource()"
				+ " and createLinkTarget() throw NullPointerException: call super, or override both"), report.problems());
	}

	@Test
	void aPageSettingItsFileNameBeforeSuperIsFound() {
		// given the page as issue 22's fix left it, seen failing in a running Eclipse: setFileName
		// fires validatePage before super has built the linked resource group
		CompilationUnit unit = UiSourceRules.parse("""
				class NewJourneyFileWizard {
					private static final class Page extends WizardNewFileCreationPage {
						@Override
						protected void createAdvancedControls(Composite parent) {
							choices = new JourneyChoices(parent, "My journey");
							setFileName(StarterFiles.fileName(choices.journeyName()));
							choices.nameField().addModifyListener(event -> setFileName(StarterFiles.fileName(choices.journeyName())));
							super.createAdvancedControls(parent);
						}
					}
				}
				""", "page of issue 22's fix");

		// when
		Report report = UiSourceRules.linkedResourcePages(unit);

		// then the listener's setFileName runs later, on the modeller's typing, and is not reported
		assertEquals(List.of("NewJourneyFileWizard.Page (line 6) calls setFileName in createAdvancedControls before"
				+ " super.createAdvancedControls (line 8): it reaches validatePage, whose validateLinkedResource() throws"
				+ " NullPointerException while the linked resource group is not built yet; call it after super"), report.problems());
	}

	@Test
	void aPageSettingItsFileNameAfterSuperIsAccepted() {
		// given the page as it is now
		CompilationUnit unit = UiSourceRules.parse("""
				class NewJourneyFileWizard {
					private static final class Page extends WizardNewFileCreationPage {
						@Override
						protected void createAdvancedControls(Composite parent) {
							choices = new JourneyChoices(parent, "My journey");
							super.createAdvancedControls(parent);
							setFileName(StarterFiles.fileName(choices.journeyName()));
							this.validatePage();
						}
					}
				}
				""", "page");

		// when
		Report report = UiSourceRules.linkedResourcePages(unit);

		// then
		assertEquals(List.of(), report.problems());
		assertEquals(List.of("NewJourneyFileWizard.Page"), report.checked());
	}

	@Test
	void aPageCallingSuperOrReplacingBothUsesOfTheGroupIsAccepted() {
		// given one folder page calling super, one file page replacing both methods that use the group
		CompilationUnit unit = UiSourceRules.parse("""
				class Pages {
					class WithSuper extends org.eclipse.ui.dialogs.WizardNewFolderMainPage {
						protected void createAdvancedControls(Composite parent) {
							new Label(parent, SWT.NONE);
							super.createAdvancedControls(parent);
						}
					}
					class WithoutLinks extends WizardNewFileCreationPage {
						protected void createAdvancedControls(Composite parent) {
						}
						protected IStatus validateLinkedResource() {
							return Status.OK_STATUS;
						}
						protected void createLinkTarget() {
						}
					}
				}
				""", "pages");

		// when
		Report report = UiSourceRules.linkedResourcePages(unit);

		// then
		assertEquals(List.of(), report.problems());
		assertEquals(List.of("Pages.WithSuper", "Pages.WithoutLinks"), report.checked());
	}
}
