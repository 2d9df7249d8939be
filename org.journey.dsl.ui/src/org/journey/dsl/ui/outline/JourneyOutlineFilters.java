package org.journey.dsl.ui.outline;

import org.eclipse.jface.action.Action;
import org.eclipse.xtext.ui.IImageHelper.IImageDescriptorHelper;
import org.eclipse.xtext.ui.editor.outline.IOutlineNode;
import org.eclipse.xtext.ui.editor.outline.actions.AbstractFilterOutlineContribution;
import org.eclipse.xtext.ui.editor.outline.impl.EObjectNode;
import org.journey.dsl.ide.outline.OutlineFilter;

import com.google.inject.Inject;

/** The outline's filter buttons; which kinds each hides is OutlineFilter's. */
public final class JourneyOutlineFilters {

	private JourneyOutlineFilters() {
	}

	abstract static class Filter extends AbstractFilterOutlineContribution {
		private final OutlineFilter filter;

		@Inject
		private IImageDescriptorHelper images;

		Filter(OutlineFilter filter) {
			this.filter = filter;
		}

		/** Keeps the nodes the filter does not hide. */
		@Override
		protected boolean apply(IOutlineNode node) {
			return !(node instanceof EObjectNode element) || !filter.hides(element.getEClass());
		}

		@Override
		public String getPreferenceKey() {
			return filter.preferenceKey();
		}

		@Override
		protected void configureAction(Action action) {
			action.setText(filter.label());
			action.setToolTipText(filter.tooltip());
			action.setDescription(filter.tooltip());
			action.setImageDescriptor(images.getImageDescriptor(filter.icon()));
		}
	}

	public static class Events extends Filter {
		public Events() {
			super(OutlineFilter.HIDE_EVENTS);
		}
	}

	public static class PainsAndOpportunities extends Filter {
		public PainsAndOpportunities() {
			super(OutlineFilter.HIDE_PAINS_AND_OPPORTUNITIES);
		}
	}

	public static class SegmentsAndSources extends Filter {
		public SegmentsAndSources() {
			super(OutlineFilter.HIDE_SEGMENTS_AND_SOURCES);
		}
	}
}
