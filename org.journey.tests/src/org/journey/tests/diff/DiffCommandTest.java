package org.journey.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.journey.cli.JourneyCli;
import org.journey.tests.support.JourneyModels;
import org.journey.tests.support.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** journey diff OLD NEW end to end, through the command line's entry point. */
class DiffCommandTest {

	record Result(int exitCode, String out, String err) {
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = JourneyCli.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Result(code, out.toString(), err.toString());
	}

	@TempDir
	Path folder;

	private Path file(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void noChangeExitsZeroEvenWithFailOnAny() throws IOException {
		Path old = file("old/shop.journey", JourneyModels.CLEAN);
		Path now = file("new/shop.journey", JourneyModels.CLEAN.replace("    ", "  "));

		Result result = run("diff", old.toString(), now.toString(), "--fail-on", "any");

		assertEquals(JourneyCli.OK, result.exitCode(), result.out() + result.err());
		assertEquals(List.of("journey diff " + old + " -> " + now, "No change in meaning."), result.out().lines().toList());
	}

	@Test
	void failOnAnyExitsThreeOnAnElementChange() throws IOException {
		Path old = file("old/shop.journey", JourneyModels.CLEAN);
		Path now = file("new/shop.journey", JourneyModels.variant("volume 500", "volume 450"));

		Result withoutFailOn = run("diff", old.toString(), now.toString());
		Result breaking = run("diff", old.toString(), now.toString(), "--fail-on", "breaking");
		Result any = run("diff", old.toString(), now.toString(), "--fail-on", "any");

		assertEquals(JourneyCli.OK, withoutFailOn.exitCode(), withoutFailOn.err());
		assertEquals(JourneyCli.OK, breaking.exitCode(), breaking.err());
		assertEquals(JourneyCli.CHANGES_FOUND, any.exitCode());
		assertEquals(3, JourneyCli.CHANGES_FOUND);
		assertTrue(any.out().contains("~ phase shop.Buying.Interest changed\n    volume: 500 -> 450\n"), any.out());
		assertEquals("journey diff: the models changed and --fail-on any is set\n", any.err());
	}

	@Test
	void failOnBreakingExitsThreeOnARetypedProperty() throws IOException {
		Path old = file("old/shop.journey", JourneyModels.CLEAN);
		Path now = file("new/shop.journey", JourneyModels.variant("value: number required", "value: string required"));

		Result result = run("diff", old.toString(), now.toString(), "--fail-on", "breaking");

		assertEquals(JourneyCli.CHANGES_FOUND, result.exitCode(), result.out() + result.err());
		assertTrue(result.out().contains("  purchase_completed changed: MODEL (Iglu 1-0-0 -> 2-0-0)\n"
				+ "      property value: type number -> string [MODEL]\n"), result.out());
		assertEquals("journey diff: a tracked event changed in a breaking way (SchemaVer MODEL) and --fail-on breaking is set\n",
				result.err());
	}

	@Test
	void modelsWithErrorsAreNamedAndExitOne() throws IOException {
		Path old = file("old/shop.journey", JourneyModels.CLEAN);
		Path now = file("new/shop.journey", JourneyModels.variant("feeling -2", "feeling -7"));

		Result result = run("diff", old.toString(), now.toString(), "--fail-on", "any");

		assertEquals(JourneyCli.MODEL_ERRORS, result.exitCode());
		assertEquals("", result.out());
		assertTrue(result.err().contains(now + ":46:17: error: Feeling -7 is off the scale"), result.err());
		assertTrue(result.err().endsWith("journey diff: " + folder.resolve("new") + "/shop.journey has 1 error;"
				+ " diff compares models free of errors (journey validate shows every problem)\n"), result.err());
	}

	@Test
	void wrongUsageExitsTwo() throws IOException {
		Path old = file("old/shop.journey", JourneyModels.CLEAN);

		Result one = run("diff", old.toString());
		Result missing = run("diff", old.toString(), folder.resolve("nowhere").toString());
		Result format = run("diff", old.toString(), old.toString(), "--format", "html");

		assertEquals(JourneyCli.USAGE_OR_IO, one.exitCode());
		assertTrue(one.err().contains("diff takes OLD and NEW (two files or folders), or --git REV [PATH...]; got 1 path(s)"),
				one.err());
		assertEquals(JourneyCli.USAGE_OR_IO, missing.exitCode());
		assertEquals("journey: no such file or folder: " + folder.resolve("nowhere") + "\n", missing.err());
		assertEquals(JourneyCli.USAGE_OR_IO, format.exitCode());
	}

	@Test
	void markdownHasASummaryTableThenDetails() throws IOException {
		Path old = file("old/shop.journey", JourneyModels.CLEAN);
		Path now = file("new/shop.journey", JourneyModels.variant("channel social", "channel display"));

		Result result = run("diff", old.toString(), now.toString(), "--format", "markdown");

		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		String out = result.out();
		assertTrue(out.contains("| changed | 1 |\n"), out);
		assertTrue(out.indexOf("| SchemaVer | NONE |") < out.indexOf("### Elements"), out);
		assertTrue(out.contains("| changed | touchpoint | `shop.Buying.Attract.Ad` | channel: social → display |\n"), out);
	}

	@Test
	void jsonFollowsThePublishedSchema() throws IOException {
		Path old = GoldenDiffTest.MODELS.resolve("before.journey");
		Path now = GoldenDiffTest.MODELS.resolve("after.journey");

		Result result = run("diff", old.toString(), now.toString(), "--format", "json", "--fail-on", "breaking");

		assertEquals(JourneyCli.CHANGES_FOUND, result.exitCode(), result.err());
		ObjectMapper mapper = new ObjectMapper();
		JsonNode schema = mapper.readTree(Repository.path("docs/diff.schema.json").toFile());
		JsonNode json = mapper.readTree(result.out());
		var validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
		java.util.Set<ValidationMessage> messages = validator.validate(json);
		assertEquals(java.util.Set.of(), messages);
		assertEquals("MODEL", json.get("summary").get("level").asText());
		assertTrue(json.get("summary").get("failed").asBoolean());
	}
}
