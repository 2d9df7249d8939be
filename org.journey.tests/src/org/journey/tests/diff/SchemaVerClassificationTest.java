package org.journey.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.journey.dsl.diff.ModelDiff.TrackingChange;
import org.journey.dsl.diff.SchemaVer;
import org.journey.dsl.diff.TrackingComparison;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classification of one property change, as SchemaVer (MODEL-REVISION-ADDITION) versions a schema. */
class SchemaVerClassificationTest {

	/**
	 * A property before and after, as {@code type required description} ({@code -} where it is
	 * absent, {@code _} for no description): the changes and their levels.
	 */
	@ParameterizedTest(name = "{0} => {1}: {2}")
	@CsvSource(delimiter = ';', value = {
			"-;                        string optional _;   added (string, optional);            ADDITION; 1-0-1",
			"-;                        string required _;   added (string, required);            MODEL;    2-0-0",
			"string optional _;        -;                   removed (was string, optional);      MODEL;    2-0-0",
			"number required _;        -;                   removed (was number, required);      MODEL;    2-0-0",
			"string required _;        integer required _;  type string -> integer;              MODEL;    2-0-0",
			"integer optional _;       number optional _;   type integer -> number;              MODEL;    2-0-0",
			"string optional _;        string required _;   optional -> required;                MODEL;    2-0-0",
			"string required _;        string optional _;   required -> optional;                REVISION; 1-1-0",
			"string optional _;        string optional Slug; description changed;                NONE;     1-0-0",
			"boolean required Old;     boolean required New; description changed;               NONE;     1-0-0" })
	void aPropertyChangeHasItsSchemaVerLevel(String before, String after, String change, SchemaVer level, String version) {
		List<TrackingChange> changes = TrackingComparison.classify(property(before), property(after));

		assertEquals(List.of(new TrackingChange("p", change, level)), changes);
		assertEquals(version, level.bump("1-0-0"));
	}

	@ParameterizedTest(name = "{0} from {1} => {2}")
	@CsvSource({ "MODEL, 1-0-0, 2-0-0", "MODEL, 2-3-4, 3-0-0", "REVISION, 1-0-3, 1-1-0", "ADDITION, 1-1-0, 1-1-1",
			"NONE, 1-2-3, 1-2-3" })
	void aLevelBumpsItsPartOfTheVersion(SchemaVer level, String from, String to) {
		assertEquals(to, level.bump(from));
	}

	@org.junit.jupiter.api.Test
	void aPropertyUnchangedHasNoChange() {
		assertEquals(List.of(), TrackingComparison.classify(property("string required Id"), property("string required Id")));
	}

	@org.junit.jupiter.api.Test
	void aTypeChangeOfAPropertyMadeRequiredIsTwoChanges() {
		assertEquals(List.of(new TrackingChange("p", "type string -> number", SchemaVer.MODEL),
				new TrackingChange("p", "optional -> required", SchemaVer.MODEL)),
				TrackingComparison.classify(property("string optional _"), property("number required _")));
	}

	private static TrackedProperty property(String text) {
		if (text.equals("-")) {
			return null;
		}
		String[] parts = text.split(" ");
		return new TrackedProperty("p", parts[0], parts[1].equals("required"), parts[2].equals("_") ? null : parts[2]);
	}
}
