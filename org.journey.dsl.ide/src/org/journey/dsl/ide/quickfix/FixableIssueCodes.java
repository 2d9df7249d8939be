package org.journey.dsl.ide.quickfix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.journey.dsl.validation.IssueCodes;

/**
 * The issue codes {@link JourneyFixes} has a fix for, each with a short label. The language
 * server asks JourneyFixes for every diagnostic and shows the fix's own label; Eclipse must list
 * its quick fixes before it has the model at hand (e.g. in the Problems view), so it shows these
 * labels and lets JourneyFixes compute the edits when the fix is applied: where the language
 * server offers several alternatives, Eclipse applies the first (the label says which). A test
 * keeps the codes equal to those JourneyFixes handles.
 */
public final class FixableIssueCodes {

	private static final Map<String, String> LABELS = new LinkedHashMap<>();

	static {
		LABELS.put(IssueCodes.GA4_NAME_INVALID_CHARACTERS, "Rename to a name GA4 accepts");
		LABELS.put(IssueCodes.GA4_RESERVED_PREFIX, "Rename without the reserved prefix");
		LABELS.put(IssueCodes.GA4_RESERVED_EVENT_NAME, "Rename to <name>_custom");
		LABELS.put(IssueCodes.GA4_RESERVED_PARAMETER_NAME, "Rename to <name>_custom");
		LABELS.put(IssueCodes.DATALAYER_RESERVED_PROPERTY, "Rename to the suggested name (event -> event_type)");
		LABELS.put(IssueCodes.KPI_WITHOUT_TARGET, "Add a target (at the baseline: adjust it)");
		LABELS.put(IssueCodes.MODEL_PHASES_MISSING, "Add the missing phases of the model");
		LABELS.put(IssueCodes.PHASE_OUT_OF_MODEL_ORDER, "Put the phases in the model's order");
		LABELS.put(IssueCodes.PHASE_WITHOUT_TOUCHPOINT, "Add a touchpoint");
		LABELS.put(IssueCodes.PHASE_WITHOUT_CUSTOMER_GOAL, "Add a customer goal");
		LABELS.put(IssueCodes.UNRESOLVED_REFERENCE, "Import the package that declares it (or change to the closest name)");
		LABELS.put(IssueCodes.IMPORT_UNRESOLVED, "Change to the closest package");
		LABELS.put(IssueCodes.UNKNOWN_EVENT, "Change to the closest event");
		LABELS.put(IssueCodes.FEELING_OUT_OF_RANGE, "Move the feeling onto the scale");
		LABELS.put(IssueCodes.EXPERIENCE_OUT_OF_RANGE, "Move the experience onto the scale");
		LABELS.put(IssueCodes.TARGET_WRONG_SIDE_OF_BASELINE, "Declare the KPI's direction");
		LABELS.put(IssueCodes.UNUSED_SEGMENT, "Remove the unused segment");
		LABELS.put(IssueCodes.UNUSED_KPI, "Remove the unused KPI");
		LABELS.put(IssueCodes.UNUSED_SOURCE, "Remove the unused source");
		LABELS.put(IssueCodes.GOAL_WITHOUT_KPI, "Name a KPI in reach (or a new KPI stub)");
		LABELS.put(IssueCodes.KPI_NOT_MEASURED, "Name a source in reach (or a new source stub)");
		LABELS.put(IssueCodes.PAIN_WITHOUT_EVIDENCE, "Cite a source in reach as evidence (or a new source stub)");
		LABELS.put(IssueCodes.TOUCHPOINT_SEGMENT_NOT_IN_JOURNEY, "Add the segment to the journey's 'for' list");
		LABELS.put(IssueCodes.DUPLICATE_NAME, "Rename to a name not yet used in the file");
		LABELS.put(IssueCodes.PERCENT_OUT_OF_RANGE, "Move the percentage into 0-100 %");
		LABELS.put(IssueCodes.INVALID_KEYWORD_VALUE, "Change to the closest allowed value");
		LABELS.put(IssueCodes.KEYWORD_TYPO, "Change to the keyword");
		LABELS.put(IssueCodes.DECIMAL_COMMA, "Write the decimal with a point");
		LABELS.put(IssueCodes.MISSING_QUOTE, "Add the closing quote");
		LABELS.put(IssueCodes.MISSING_COMMA, "Add the missing comma");
		LABELS.put(IssueCodes.MISSING_OPENING_BRACE, "Add the missing '{'");
	}

	public static final Set<String> CODES = Set.copyOf(LABELS.keySet());

	private FixableIssueCodes() {
	}

	public static boolean isFixable(String code) {
		return code != null && LABELS.containsKey(code);
	}

	/** The label of the fix for {@code code}, or null if there is none. */
	public static String label(String code) {
		return code == null ? null : LABELS.get(code);
	}
}
