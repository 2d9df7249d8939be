package org.journey.tests.diff;

import java.nio.file.Path;

import org.journey.cli.DiffReport;
import org.journey.dsl.diff.ModelDiff;
import org.journey.tests.support.Golden;
import org.journey.tests.support.Repository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * before.journey and after.journey differ in every kind of change: elements added, removed, changed,
 * moved and renamed (a Danish name), events added and removed, properties added optional, made
 * required, made optional, retyped and removed, descriptions only. The diff in each format is
 * reviewed in golden/diff/.
 */
@Tag(Golden.TAG)
class GoldenDiffTest {

	static final Path MODELS = Repository.path("org.journey.tests/src/org/journey/tests/diff");

	private static ModelDiff diff() {
		return Diffs.compare(MODELS.resolve("before.journey"), MODELS.resolve("after.journey"));
	}

	@Test
	void everyKindOfChangeAsText() {
		String text = DiffReport.text(diff(), "before.journey", "after.journey", false);

		Golden.assertMatches(Golden.file("diff/every-change.txt"), text);
	}

	@Test
	void everyKindOfChangeAsMarkdown() {
		String markdown = DiffReport.markdown(diff(), "before.journey", "after.journey");

		Golden.assertMatches(Golden.file("diff/every-change.md"), markdown);
	}

	@Test
	void everyKindOfChangeAsJson() {
		String json = DiffReport.json(diff(), "before.journey", "after.journey", "breaking", true) + "\n";

		Golden.assertMatches(Golden.file("diff/every-change.json"), json);
	}
}
