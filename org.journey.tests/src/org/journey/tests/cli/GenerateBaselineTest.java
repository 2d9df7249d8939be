package org.journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.journey.cli.JourneyCli;
import org.journey.tests.support.TestFiles;
import org.journey.tests.support.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * journey generate --baseline: Snowplow schemas and Segment rules versioned against what an
 * earlier run published (a folder it wrote, or the models at a git revision), as SchemaVer says.
 */
class GenerateBaselineTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String SCHEMAS = "shop.Buying/tracking/snowplow/schemas/shop/";
	private static final String RULES = "shop.Buying/tracking/segment-tracking-plan-rules.json";

	@TempDir
	Path folder;

	private static String model(String viewed, String purchase) {
		return """
				package shop
				journey Buying "Buying" {
				    phase Consider {
				        touchpoint Product "Product page" {
				            channel web online
				            event product_viewed "A product page was seen" { %s }
				            event purchase { %s }
				        }
				    }
				}
				""".formatted(viewed, purchase);
	}

	private static final String FIRST = model("product_id: string required", "order_id: string required, value: number");

	private Path write(String name, String text) throws IOException {
		return TestFiles.write(folder, name, text);
	}

	private static CliRunner.Result generate(Path model, Path out, String... more) {
		List<String> args = new ArrayList<>(List.of("generate", model.toString(), "--out", out.toString(), "--target",
				"snowplow,segment"));
		args.addAll(List.of(more));
		return CliRunner.run(args.toArray(String[]::new));
	}

	private static List<String> files(Path out) throws IOException {
		try (Stream<Path> walk = Files.walk(out)) {
			// the stamp of each journey's inputs differs with --baseline by design; the published files are compared
			return walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().equals(".journey-generated"))
					.map(file -> out.relativize(file).toString().replace('\\', '/')).sorted()
					.toList();
		}
	}

	private static List<String> ruleVersions(Path out) throws IOException {
		List<String> versions = new ArrayList<>();
		for (JsonNode rule : JSON.readTree(out.resolve(RULES).toFile()).path("rules")) {
			versions.add(rule.path("key").asText() + " v" + rule.path("version").asInt());
		}
		return versions;
	}

	@Test
	void anAddedOptionalPropertyIsAnAdditionAndAPropertyMadeRequiredANewModel() throws IOException {
		// given what an earlier run published
		Path model = write("models/shop.journey", FIRST);
		Path published = folder.resolve("published");
		assertEquals(JourneyCli.OK, generate(model, published).exitCode());

		// when product_viewed gains an optional property, purchase's value becomes required, and
		// product_viewed's description changes, then it is generated against the published run
		write("models/shop.journey", model("product_id: string required, colour: string", "order_id: string required, value: number required")
				.replace("A product page was seen", "A product page was opened"));
		Path next = folder.resolve("next");
		CliRunner.Result result = generate(model, next, "--baseline", published.toString());

		// then product_viewed is 1-0-1 (SchemaVer ADDITION) and purchase 2-0-0 (MODEL), beside their 1-0-0
		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		assertEquals(List.of("shop.Buying/tracking/segment-tracking-plan-rules.json",
				"shop.Buying/tracking/segment-tracking-plan.json",
				SCHEMAS + "product_viewed/jsonschema/1-0-0", SCHEMAS + "product_viewed/jsonschema/1-0-1",
				SCHEMAS + "purchase/jsonschema/1-0-0", SCHEMAS + "purchase/jsonschema/2-0-0"), files(next));
		// the published versions are written again as they were: one URI, one schema
		assertEquals(Files.readString(published.resolve(SCHEMAS + "purchase/jsonschema/1-0-0")),
				Files.readString(next.resolve(SCHEMAS + "purchase/jsonschema/1-0-0")));
		JsonNode addition = JSON.readTree(next.resolve(SCHEMAS + "product_viewed/jsonschema/1-0-1").toFile());
		assertEquals("1-0-1", addition.path("self").path("version").asText());
		assertTrue(addition.path("properties").has("colour"));
		// Segment: a breaking change is a new rule version beside the old; an addition updates the rule in place
		assertEquals(List.of("product_viewed v1", "purchase v1", "purchase v2"), ruleVersions(next));
	}

	@Test
	void aDescriptionAloneKeepsThePublishedSchemaAndASecondRunAgainstItselfChangesNothing() throws IOException {
		// given what an earlier run published
		Path model = write("models/shop.journey", FIRST);
		Path published = folder.resolve("published");
		generate(model, published);

		// when only a description changes
		write("models/shop.journey", FIRST.replace("A product page was seen", "A product page was opened"));
		Path next = folder.resolve("next");
		generate(model, next, "--baseline", published.toString());
		Path again = folder.resolve("again");
		generate(model, again, "--baseline", next.toString());

		// then no version moves, and the published text stays at its URI
		assertEquals(files(published), files(next));
		for (String file : files(published)) {
			if (file.contains("/jsonschema/")) {
				assertEquals(Files.readString(published.resolve(file)), Files.readString(next.resolve(file)), file);
			}
		}
		assertEquals(files(next), files(again));
		for (String file : files(next)) {
			assertEquals(Files.readString(next.resolve(file)), Files.readString(again.resolve(file)), file);
		}
	}

	@Test
	void aGitRevisionIsGeneratedFirstAndVersionedAgainst() throws IOException, GitAPIException {
		// given a repository whose last commit has the first model, and a work tree where a property was removed
		Path repository = Files.createDirectories(folder.resolve("repo"));
		Path model = repository.resolve("models/shop.journey");
		Files.createDirectories(model.getParent());
		Files.writeString(model, FIRST);
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("first").setAuthor("Test", "test@example.com")
					.setCommitter("Test", "test@example.com").setSign(false).call();
		}
		Files.writeString(model, model("product_id: string required", "order_id: string required"));

		// when generated against HEAD
		Path out = folder.resolve("out");
		CliRunner.Result result = generate(model, out, "--baseline", "HEAD");

		// then purchase, which lost a property, is 2-0-0 beside HEAD's 1-0-0; product_viewed stays 1-0-0
		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		assertEquals(List.of(SCHEMAS + "product_viewed/jsonschema/1-0-0", SCHEMAS + "purchase/jsonschema/1-0-0",
				SCHEMAS + "purchase/jsonschema/2-0-0"), files(out).stream().filter(file -> file.contains("/jsonschema/")).toList());
	}

	@Test
	void aBaselineThatIsNeitherAFolderNorARevisionIsAUsageErrorSayingSo() throws IOException {
		Path model = write("models/shop.journey", FIRST);

		CliRunner.Result result = generate(model, folder.resolve("out"), "--baseline", folder.resolve("nowhere").toString());

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().startsWith("journey: --baseline " + folder.resolve("nowhere") + ": no such folder, and not a git revision either ("),
				result.err());
		assertTrue(Files.notExists(folder.resolve("out")), "nothing is written");
	}
}
