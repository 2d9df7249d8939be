package org.journey.dsl.ide.outline;

import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.journey.dsl.journey.JourneyPackage;

/**
 * The outline's filter buttons: each hides some kinds of elements, so a modeller can look at a
 * long journey as phases and touchpoints only.
 */
public enum OutlineFilter {

	HIDE_EVENTS("Hide events", "Hide tracked events and their properties", "event.png",
			Set.of(JourneyPackage.Literals.EVENT, JourneyPackage.Literals.EVENT_PROPERTY)),
	HIDE_PAINS_AND_OPPORTUNITIES("Hide pains and opportunities", "Hide the pains and opportunities of phases",
			"pain.png", Set.of(JourneyPackage.Literals.PAIN, JourneyPackage.Literals.OPPORTUNITY)),
	HIDE_SEGMENTS_AND_SOURCES("Hide segments and sources", "Hide segments and evidence sources", "segment.png",
			Set.of(JourneyPackage.Literals.SEGMENT, JourneyPackage.Literals.SOURCE));

	private final String label;
	private final String tooltip;
	private final String icon;
	private final Set<EClass> hidden;

	OutlineFilter(String label, String tooltip, String icon, Set<EClass> hidden) {
		this.label = label;
		this.tooltip = tooltip;
		this.icon = icon;
		this.hidden = hidden;
	}

	public String label() {
		return label;
	}

	public String tooltip() {
		return tooltip;
	}

	/** The icon file (below the plugin's icons/) of the filter's button. */
	public String icon() {
		return icon;
	}

	/** The preference that remembers whether the filter is on. */
	public String preferenceKey() {
		return "org.journey.dsl.outline.filter." + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Whether the filter, when on, hides elements of {@code type}. */
	public boolean hides(EClass type) {
		return hidden.contains(type);
	}
}
