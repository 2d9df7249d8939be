package org.journey.diagram.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.sirius.tools.api.ui.IExternalJavaAction;
import org.eclipse.sirius.viewpoint.DSemanticDecorator;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The diagram's double-click: opens the element's {@code .journey} file in its editor (the Journey
 * text editor) and selects the element's name there. The odesign passes the clicked semantic
 * element as the parameter {@code element}.
 */
public class OpenInTextEditorAction implements IExternalJavaAction {

	public static final String ID = "org.journey.diagram.openInTextEditor";

	static final String ELEMENT_PARAMETER = "element";

	@Override
	public boolean canExecute(Collection<? extends EObject> selections) {
		return true;
	}

	@Override
	public void execute(Collection<? extends EObject> selections, Map<String, Object> parameters) {
		EObject element = semanticElement(parameters.get(ELEMENT_PARAMETER), selections);
		if (element == null || element.eResource() == null) {
			return;
		}
		URI uri = element.eResource().getURI();
		if (!uri.isPlatformResource()) {
			return;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		try {
			IWorkbenchPage page = window.getActivePage();
			IEditorPart editor = IDE.openEditor(page, file, true);
			INode node = nameNode(element);
			if (editor instanceof ITextEditor text && node != null) {
				text.selectAndReveal(node.getOffset(), node.getLength());
			}
		} catch (PartInitException e) {
			JourneyDiagramPlugin plugin = JourneyDiagramPlugin.getDefault();
			if (plugin != null) {
				plugin.getLog().log(new Status(IStatus.ERROR, JourneyDiagramPlugin.PLUGIN_ID,
						"Cannot open " + file.getFullPath() + " in the text editor", e));
			}
		}
	}

	private static EObject semanticElement(Object parameter, Collection<? extends EObject> selections) {
		Object candidate = parameter != null ? parameter : selections.stream().findFirst().orElse(null);
		if (candidate instanceof DSemanticDecorator view) {
			return view.getTarget();
		}
		return candidate instanceof EObject object ? object : null;
	}

	/** The node of the element's name, else of the whole element. */
	private static INode nameNode(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, name);
			if (!nodes.isEmpty()) {
				return nodes.get(0);
			}
		}
		return NodeModelUtils.findActualNodeFor(element);
	}
}
