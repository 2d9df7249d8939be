package org.journey.dsl.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * "Generate reports and tracking configs" on files, folders and projects: marks their .journey
 * files changed and builds, so the builder regenerates them exactly as on save (the targets and
 * output folder of the preferences).
 */
public class GenerateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<IResource> selected = SelectedResources.of(event);
		if (selected.isEmpty()) {
			return null;
		}
		WorkspaceJob job = new WorkspaceJob("Generate reports and tracking configs") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				List<IFile> files = new ArrayList<>();
				for (IResource resource : selected) {
					resource.accept(proxy -> {
						if (proxy.getType() == IResource.FILE && SelectedResources.JOURNEY_EXTENSION.equals(
								proxy.requestFullPath().getFileExtension())) {
							files.add((IFile) proxy.requestResource());
						}
						return true;
					}, IResource.NONE);
				}
				for (IFile file : files) {
					file.touch(monitor);
				}
				ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, monitor);
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
		job.setUser(true);
		job.schedule();
		return null;
	}
}
