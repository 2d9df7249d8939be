package org.journey.dsl.generator.report.html;

/**
 * A section of the HTML report below its cover, with an entry in the table of contents. A section
 * the journey has nothing for is left out, and so is its entry.
 */
public interface HtmlSection {

	/** Whether the journey has anything this section shows. */
	boolean shown();

	/** The section element's id, the target of its entry in the contents. */
	String id();

	/** The label key of the section's heading. */
	String titleKey();

	CharSequence render();
}
