package org.journey.dsl.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/** The resources a command runs on: those selected in a view, or the file of the active editor. */
final class SelectedResources {

	static final String JOURNEY_EXTENSION = "journey";

	private SelectedResources() {
	}

	static List<IResource> of(ExecutionEvent event) {
		List<IResource> resources = new ArrayList<>();
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null) {
					resources.add(resource);
				}
			}
		}
		if (resources.isEmpty()) {
			IEditorInput input = HandlerUtil.getActiveEditorInput(event);
			IResource file = input == null ? null : Adapters.adapt(input, IResource.class);
			if (file != null) {
				resources.add(file);
			}
		}
		return resources;
	}
}
