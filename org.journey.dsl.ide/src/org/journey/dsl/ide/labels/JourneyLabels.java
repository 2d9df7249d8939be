package org.journey.dsl.ide.labels;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.journey.dsl.journey.Channel;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.EventProperty;
import org.journey.dsl.journey.Goal;
import org.journey.dsl.journey.Initiative;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Milestone;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Opportunity;
import org.journey.dsl.journey.Pain;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.journey.Source;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.journey.Tracking;

/**
 * The text and icon an editor shows for a model element (outline, content assist, hyperlinks).
 * Icons are file names below the editor plugin's {@code icons/} folder; {@link #ALL_ICONS} lists
 * every one so a test can check the plugin ships them.
 */
public final class JourneyLabels {

	public static final String PACKAGE = "package.png";
	public static final String SEGMENT = "segment.png";
	public static final String SOURCE = "source.png";
	public static final String KPI = "kpi.png";
	public static final String GOAL = "goal.png";
	public static final String JOURNEY = "journey.png";
	public static final String PHASE = "phase.png";
	public static final String EVENT = "event.png";
	public static final String EVENT_PROPERTY = "event-property.png";
	public static final String PAIN = "pain.png";
	public static final String OPPORTUNITY = "opportunity.png";
	public static final String INITIATIVE = "initiative.png";
	public static final String MILESTONE = "milestone.png";
	public static final String TRACKING = "tracking.png";

	/** Touchpoints are told apart by how the customer is reached: one icon per family of channels. */
	public static final String TOUCHPOINT_DIGITAL = "touchpoint-digital.png";
	public static final String TOUCHPOINT_MEDIA = "touchpoint-media.png";
	public static final String TOUCHPOINT_MESSAGE = "touchpoint-message.png";
	public static final String TOUCHPOINT_CONVERSATION = "touchpoint-conversation.png";
	public static final String TOUCHPOINT_PLACE = "touchpoint-place.png";
	public static final String TOUCHPOINT_OTHER = "touchpoint.png";

	public static final List<String> ALL_ICONS = List.of(PACKAGE, SEGMENT, SOURCE, KPI, GOAL, JOURNEY, PHASE, EVENT,
			EVENT_PROPERTY, PAIN, OPPORTUNITY, INITIATIVE, MILESTONE, TRACKING, TOUCHPOINT_DIGITAL, TOUCHPOINT_MEDIA,
			TOUCHPOINT_MESSAGE, TOUCHPOINT_CONVERSATION, TOUCHPOINT_PLACE, TOUCHPOINT_OTHER);

	private JourneyLabels() {
	}

	/**
	 * The element's label: its name, then what the modeller wrote about it in a few words (title,
	 * channel, type, date), or null for elements the editor has no label for.
	 */
	public static String text(EObject element) {
		if (element instanceof Model model) {
			return model.getName() == null ? null : model.getName();
		}
		if (element instanceof Touchpoint touchpoint) {
			String label = titled(touchpoint.getName(), touchpoint.getTitle());
			return touchpoint.getChannel() == null || touchpoint.getChannel() == Channel.UNSPECIFIED ? label
					: label + " [" + touchpoint.getChannel().getLiteral() + "]";
		}
		if (element instanceof Event event) {
			return event.getProperties().isEmpty() ? event.getName()
					: event.getName() + " (" + event.getProperties().size() + (event.getProperties().size() == 1 ? " property)" : " properties)");
		}
		if (element instanceof EventProperty property) {
			return property.getName() + ": " + property.getType().getLiteral() + (property.isRequired() ? " required" : "");
		}
		if (element instanceof Milestone milestone) {
			return milestone.getDate() == null ? milestone.getTitle() : milestone.getTitle() + " by " + milestone.getDate();
		}
		if (element instanceof Tracking) {
			return "tracking settings";
		}
		if (element instanceof Segment segment) {
			return titled(segment.getName(), segment.getTitle());
		}
		if (element instanceof Source source) {
			return titled(source.getName(), source.getTitle());
		}
		if (element instanceof Kpi kpi) {
			return titled(kpi.getName(), kpi.getTitle());
		}
		if (element instanceof Goal goal) {
			return titled(goal.getName(), goal.getTitle());
		}
		if (element instanceof Journey journey) {
			return titled(journey.getName(), journey.getTitle());
		}
		if (element instanceof Phase phase) {
			return titled(phase.getName(), phase.getTitle());
		}
		if (element instanceof Pain pain) {
			return titled(pain.getName(), pain.getTitle());
		}
		if (element instanceof Opportunity opportunity) {
			return titled(opportunity.getName(), opportunity.getTitle());
		}
		if (element instanceof Initiative initiative) {
			return titled(initiative.getName(), initiative.getTitle());
		}
		return null;
	}

	/** The icon file of the element, or null for elements without one. */
	public static String icon(EObject element) {
		if (element instanceof Touchpoint touchpoint) {
			return touchpointIcon(touchpoint.getChannel());
		}
		if (element instanceof Model) {
			return PACKAGE;
		}
		if (element instanceof Segment) {
			return SEGMENT;
		}
		if (element instanceof Source) {
			return SOURCE;
		}
		if (element instanceof Kpi) {
			return KPI;
		}
		if (element instanceof Goal) {
			return GOAL;
		}
		if (element instanceof Journey) {
			return JOURNEY;
		}
		if (element instanceof Phase) {
			return PHASE;
		}
		if (element instanceof Event) {
			return EVENT;
		}
		if (element instanceof EventProperty) {
			return EVENT_PROPERTY;
		}
		if (element instanceof Pain) {
			return PAIN;
		}
		if (element instanceof Opportunity) {
			return OPPORTUNITY;
		}
		if (element instanceof Initiative) {
			return INITIATIVE;
		}
		if (element instanceof Milestone) {
			return MILESTONE;
		}
		if (element instanceof Tracking) {
			return TRACKING;
		}
		return null;
	}

	/** The touchpoint icon of a channel: screens, media, messages, conversations, places, the rest. */
	public static String touchpointIcon(Channel channel) {
		if (channel == null) {
			return TOUCHPOINT_OTHER;
		}
		return switch (channel) {
		case WEB, APP -> TOUCHPOINT_DIGITAL;
		case SOCIAL, SEARCH, DISPLAY, VIDEO, TV -> TOUCHPOINT_MEDIA;
		case EMAIL, SMS, MAIL, PRINT -> TOUCHPOINT_MESSAGE;
		case PHONE, CHAT, WORD_OF_MOUTH -> TOUCHPOINT_CONVERSATION;
		case STORE, EVENT, PARTNER -> TOUCHPOINT_PLACE;
		case UNSPECIFIED, OTHER -> TOUCHPOINT_OTHER;
		};
	}

	private static String titled(String name, String title) {
		return title == null || title.isBlank() ? name : name + " – " + title;
	}
}
