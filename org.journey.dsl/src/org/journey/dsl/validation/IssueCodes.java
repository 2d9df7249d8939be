package org.journey.dsl.validation;

/**
 * Every diagnostic the language reports, one code each. Quick fixes (Eclipse and LSP code
 * actions) are keyed to these codes, so a code never changes meaning once released.
 */
public final class IssueCodes {

	private static final String PREFIX = "journey.";

	// syntax
	public static final String SYNTAX_ERROR = PREFIX + "syntax-error";
	public static final String INVALID_VALUE = PREFIX + "invalid-value";
	public static final String NESTING_TOO_DEEP = PREFIX + "nesting-too-deep";
	public static final String FILE_TOO_LARGE = PREFIX + "file-too-large";
	/** A file that is not UTF-8 (reported by the command line, which reads the bytes itself). */
	public static final String INVALID_UTF8 = PREFIX + "invalid-utf8";
	/** A word where the grammar wants one of a few keywords (a channel, a unit, ...); data: the word, the closest allowed one. */
	public static final String INVALID_KEYWORD_VALUE = PREFIX + "invalid-keyword-value";
	/** A misspelt keyword (touchpiont); data: the word, the keyword. */
	public static final String KEYWORD_TYPO = PREFIX + "keyword-typo";
	/** A decimal written with a comma (3,0); data: the number as written, with a point. */
	public static final String DECIMAL_COMMA = PREFIX + "decimal-comma";
	/** A text without its closing quote; data: the text as written, closed. */
	public static final String MISSING_QUOTE = PREFIX + "missing-quote";
	/** Two event properties without the comma between them; data: the token before the gap, with the comma. */
	public static final String MISSING_COMMA = PREFIX + "missing-comma";
	/** A body without its '{'; data: the token after which it belongs, with it. */
	public static final String MISSING_OPENING_BRACE = PREFIX + "missing-opening-brace";
	/** Xtext's own code for a syntax error with a text range; Xtext reads the range from it. */
	public static final String XTEXT_RANGED_SYNTAX_ERROR = "org.eclipse.xtext.diagnostics.Diagnostic.Syntax.Range";

	// names and references
	public static final String DUPLICATE_NAME = PREFIX + "duplicate-name";
	public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolved-reference";
	public static final String UNKNOWN_EVENT = PREFIX + "unknown-event";
	/** An import of a package (or element) that no file of the workspace declares. */
	public static final String IMPORT_UNRESOLVED = PREFIX + "import-unresolved";
	/** A journey whose qualified name is the portfolio index's file name (index.html, index.md). */
	public static final String JOURNEY_FOLDER_IS_INDEX_FILE = PREFIX + "journey-folder-is-index-file";

	// goals and KPIs
	public static final String GOAL_WITHOUT_KPI = PREFIX + "goal-without-kpi";
	public static final String KPI_WITHOUT_TARGET = PREFIX + "kpi-without-target";
	public static final String TARGET_WRONG_SIDE_OF_BASELINE = PREFIX + "target-wrong-side-of-baseline";
	public static final String PERCENT_OUT_OF_RANGE = PREFIX + "percent-out-of-range";
	public static final String KPI_NOT_MEASURED = PREFIX + "kpi-not-measured";
	public static final String FORMULA_PROPERTY_MISSING = PREFIX + "formula-property-missing";
	public static final String FORMULA_PROPERTY_NOT_ALLOWED = PREFIX + "formula-property-not-allowed";
	public static final String FORMULA_PROPERTY_NOT_NUMERIC = PREFIX + "formula-property-not-numeric";
	public static final String CONVERSION_WINDOW_EMPTY = PREFIX + "conversion-window-empty";
	/** A currency KPI names a code that is not ISO 4217 (unit currency DKR); data: the code, then the code upper-cased if that is one. */
	public static final String UNKNOWN_CURRENCY = PREFIX + "unknown-currency";
	/** conversion(x -> x ...): every x is its own conversion, so the rate reads 100 %. */
	public static final String CONVERSION_TO_SAME_EVENT = PREFIX + "conversion-to-same-event";
	/** A milestone moving its KPI to a value on the wrong side of the baseline for the KPI's direction. */
	public static final String MILESTONE_WORSE_THAN_BASELINE = PREFIX + "milestone-worse-than-baseline";

	// initiatives
	public static final String MILESTONE_AFTER_INITIATIVE_DUE = PREFIX + "milestone-after-initiative-due";

	// events
	public static final String CONFLICTING_EVENT_PROPERTY_TYPES = PREFIX + "conflicting-event-property-types";
	public static final String GA4_NAME_TOO_LONG = PREFIX + "ga4-name-too-long";
	public static final String GA4_NAME_INVALID_CHARACTERS = PREFIX + "ga4-name-invalid-characters";
	public static final String GA4_RESERVED_EVENT_NAME = PREFIX + "ga4-reserved-event-name";
	public static final String GA4_RESERVED_PREFIX = PREFIX + "ga4-reserved-prefix";
	/** A property named like a parameter GA4 fills itself or will not register (customer_id, gclid, ...). */
	public static final String GA4_RESERVED_PARAMETER_NAME = PREFIX + "ga4-reserved-parameter-name";
	public static final String GA4_TOO_MANY_PARAMETERS = PREFIX + "ga4-too-many-parameters";

	// scores and shares
	public static final String FEELING_OUT_OF_RANGE = PREFIX + "feeling-out-of-range";
	public static final String EXPERIENCE_OUT_OF_RANGE = PREFIX + "experience-out-of-range";
	public static final String SEGMENT_SHARES_EXCEED_100 = PREFIX + "segment-shares-exceed-100";

	// phases and the phase model
	public static final String PHASE_WITHOUT_TOUCHPOINT = PREFIX + "phase-without-touchpoint";
	public static final String PHASE_WITHOUT_CUSTOMER_GOAL = PREFIX + "phase-without-customer-goal";
	public static final String FUNNEL_VOLUME_GROWS = PREFIX + "funnel-volume-grows";
	public static final String PHASE_OUT_OF_MODEL_ORDER = PREFIX + "phase-out-of-model-order";
	public static final String MODEL_PHASES_MISSING = PREFIX + "model-phases-missing";
	public static final String PHASE_NOT_IN_MODEL = PREFIX + "phase-not-in-model";

	// segments reached by touchpoints
	public static final String TOUCHPOINT_SEGMENT_NOT_IN_JOURNEY = PREFIX + "touchpoint-segment-not-in-journey";
	public static final String SEGMENT_NOT_REACHED = PREFIX + "segment-not-reached";

	// evidence and use
	public static final String PAIN_WITHOUT_EVIDENCE = PREFIX + "pain-without-evidence";
	public static final String UNUSED_SEGMENT = PREFIX + "unused-segment";
	public static final String UNUSED_KPI = PREFIX + "unused-kpi";
	public static final String UNUSED_SOURCE = PREFIX + "unused-source";

	// tracking settings and what the analytics tools accept
	public static final String TRACKING_SETTINGS_DUPLICATE = PREFIX + "tracking-settings-duplicate";
	public static final String GA4_MEASUREMENT_ID_INVALID = PREFIX + "ga4-measurement-id-invalid";
	public static final String SNOWPLOW_VENDOR_INVALID = PREFIX + "snowplow-vendor-invalid";
	/** No snowplow-vendor is set and the package gives none: the Snowplow target writes nothing. */
	public static final String SNOWPLOW_VENDOR_MISSING = PREFIX + "snowplow-vendor-missing";
	public static final String DBT_NAME_INVALID = PREFIX + "dbt-name-invalid";
	public static final String FORMULA_NOT_EXPRESSIBLE_IN_DBT = PREFIX + "formula-not-expressible-in-dbt";

	// the data layer the GTM container reads
	/** An event property named like a data layer key that GTM or GA4 use for their own data. */
	public static final String DATALAYER_RESERVED_PROPERTY = PREFIX + "datalayer-reserved-property";

	// generation: warnings of the targets, said while generating (GeneratorWarnings), not by validation
	private static final String GENERATOR = PREFIX + "generator.";
	/** A tracking target wrote nothing for a journey that has events. */
	public static final String TARGET_EMPTY = GENERATOR + "target-empty";
	/** No GA4 measurement ID is set: the GTM container sends to the placeholder G-XXXXXXXXXX. */
	public static final String MEASUREMENT_ID_PLACEHOLDER = GENERATOR + "measurement-id-placeholder";
	/** More events than one Segment Replace Rules call accepts. */
	public static final String SEGMENT_TOO_MANY_RULES = GENERATOR + "segment-too-many-rules";
	/** The Snowplow target has no valid Iglu vendor (none derivable, or an invalid one from the command line). */
	public static final String SNOWPLOW_NO_VENDOR = GENERATOR + "snowplow-no-vendor";
	/** An event whose name Iglu rejects as a schema name, left out of the Snowplow schemas. */
	public static final String SNOWPLOW_EVENT_LEFT_OUT = GENERATOR + "snowplow-event-left-out";
	/** {@code journey generate --measurements DIR} has no measurements.json for the journey. */
	public static final String MEASUREMENTS_MISSING = GENERATOR + "measurements-missing";

	private IssueCodes() {
	}
}
