package org.journey.dsl.ui.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.eclipse.xtext.ui.IImageHelper;
import org.eclipse.xtext.ui.editor.outline.IOutlineNode;
import org.eclipse.xtext.ui.editor.outline.impl.DefaultOutlineTreeProvider;
import org.eclipse.xtext.ui.editor.outline.impl.EObjectNode;
import org.journey.dsl.ide.outline.JourneyOutline;
import org.journey.dsl.ide.outline.JourneyOutline.ElementEntry;
import org.journey.dsl.ide.outline.JourneyOutline.Entry;
import org.journey.dsl.ide.outline.JourneyOutline.GroupEntry;

import com.google.inject.Inject;

/**
 * The outline of a .journey file as JourneyOutline structures it: journey > phase > touchpoint,
 * with the file's KPIs and goals in groups of their own.
 */
public class JourneyOutlineTreeProvider extends DefaultOutlineTreeProvider {

	@Inject
	private IImageHelper images;

	/**
	 * A group row ("KPIs", "Goals") of the element it belongs to. Its members are looked up when
	 * it is opened, in the model as it is then.
	 */
	static class GroupNode extends EObjectNode {
		private final String label;

		GroupNode(GroupEntry group, IOutlineNode parent, Image image) {
			super(group.owner(), parent, image, group.label(), group.members().isEmpty());
			this.label = group.label();
		}
	}

	@Override
	protected void _createChildren(IOutlineNode parentNode, EObject element) {
		if (parentNode instanceof GroupNode groupNode) {
			for (Entry entry : JourneyOutline.children(element)) {
				if (entry instanceof GroupEntry group && group.label().equals(groupNode.label)) {
					group.members().forEach(member -> createNode(parentNode, member));
				}
			}
			return;
		}
		for (Entry entry : JourneyOutline.children(element)) {
			if (entry instanceof ElementEntry child) {
				createNode(parentNode, child.element());
			} else if (entry instanceof GroupEntry group) {
				new GroupNode(group, parentNode, images.getImage(group.icon()));
			}
		}
	}

	@Override
	protected boolean _isLeaf(EObject element) {
		return !JourneyOutline.hasChildren(element);
	}
}
