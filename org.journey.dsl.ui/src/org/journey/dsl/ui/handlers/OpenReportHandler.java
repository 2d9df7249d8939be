package org.journey.dsl.ui.handlers;

import java.net.MalformedURLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.builder.EclipseOutputConfigurationProvider;
import org.eclipse.xtext.builder.preferences.BuilderPreferenceAccess;
import org.eclipse.xtext.generator.IOutputConfigurationProvider;
import org.eclipse.xtext.generator.OutputConfiguration;
import org.eclipse.xtext.ui.editor.preferences.IPreferenceStoreAccess;
import org.eclipse.xtext.ui.resource.IResourceSetProvider;
import org.journey.dsl.generator.settings.ReportLocations;

import com.google.inject.Inject;

/**
 * "Open report": the journey-map page the generator wrote for each journey of the selected
 * file, in the IDE's browser. Where the page is comes from ReportLocations.
 */
public class OpenReportHandler extends AbstractHandler {

	@Inject
	private IResourceSetProvider resourceSets;

	@Inject
	private IPreferenceStoreAccess preferences;

	@Inject
	private IOutputConfigurationProvider outputs;

	@Override
	public Object execute(ExecutionEvent event) {
		List<String> missing = new ArrayList<>();
		List<String> unopened = new ArrayList<>();
		for (IResource resource : SelectedResources.of(event)) {
			if (resource instanceof IFile file && SelectedResources.JOURNEY_EXTENSION.equals(file.getFileExtension())) {
				for (String path : reportPaths(file)) {
					IFile report = file.getProject().getFile(path);
					if (!report.exists()) {
						missing.add(report.getFullPath().toString());
						continue;
					}
					try {
						open(report);
					} catch (PartInitException | MalformedURLException e) {
						unopened.add(report.getLocation() + "\n" + e.getMessage());
					}
				}
			}
		}
		if (!missing.isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Open report",
					"No report yet at " + String.join(", ", missing)
							+ ".\nSave the file without errors, or run \"Generate reports and tracking configs\", then try again.");
		}
		// The workbench only logs an exception a handler throws, so the modeller would see nothing.
		if (!unopened.isEmpty()) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), "Open report",
					"No web browser could show the report at " + String.join("\n\n", unopened)
							+ "\n\nOpen the file in a browser yourself, or configure one in Preferences > General > Web Browser.");
		}
		return null;
	}

	private List<String> reportPaths(IFile file) {
		Resource resource = resourceSets.get(file.getProject())
				.getResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true), true);
		OutputConfiguration output = outputs.getOutputConfigurations().iterator().next();
		String folder = preferences.getContextPreferenceStore(file.getProject())
				.getString(BuilderPreferenceAccess.getKey(output, EclipseOutputConfigurationProvider.OUTPUT_DIRECTORY));
		return ReportLocations.htmlReports(resource, folder);
	}

	private static void open(IFile report) throws PartInitException, MalformedURLException {
		PlatformUI.getWorkbench().getBrowserSupport()
				.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR, "org.journey.report." + report.getFullPath(),
						report.getParent().getName(), report.getFullPath().toString())
				.openURL(report.getLocationURI().toURL());
	}
}
