package org.journey.tests.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.journey.cli.JourneyCli;
import org.journey.tests.support.Repository;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The CI files a modelling team copies (examples/ci/) have the structure GitHub Actions and GitLab
 * CI require, and every journey command in them exists and parses with the options it is given:
 * a renamed option breaks this test, not the team's pipeline.
 */
class CiExamplesTest {

	private static final String GITHUB_WORKFLOW = "examples/ci/github/journey.yml";
	private static final String GITLAB_PIPELINE = "examples/ci/gitlab/.gitlab-ci.yml";

	/** Top-level keys of a .gitlab-ci.yml that are not jobs. */
	private static final Set<String> GITLAB_KEYWORDS = Set.of("default", "include", "stages", "variables", "workflow",
			"image", "services", "cache", "before_script", "after_script", "spec");

	private static final YAMLMapper YAML = new YAMLMapper();

	@Test
	void theGithubWorkflowHasWhatGithubRequires() throws IOException {
		JsonNode workflow = read(GITHUB_WORKFLOW);

		assertEquals(Set.of("pull_request", "push"), keys(workflow.path("on")), "events the workflow runs on");
		assertFalse(workflow.path("jobs").isEmpty(), "jobs");
		for (Map.Entry<String, JsonNode> job : fields(workflow.path("jobs"))) {
			String name = "job " + job.getKey();
			assertTrue(job.getValue().path("runs-on").isTextual(), name + " has runs-on");
			assertTrue(job.getValue().path("steps").isArray() && !job.getValue().path("steps").isEmpty(), name + " has steps");
			for (JsonNode step : job.getValue().path("steps")) {
				assertTrue(step.has("uses") ^ step.has("run"), name + ": a step has either uses or run: " + step);
			}
			for (JsonNode needed : job.getValue().path("needs")) {
				assertTrue(workflow.path("jobs").has(needed.asText()), name + " needs a job that exists: " + needed);
			}
		}
	}

	@Test
	void theGithubJobMayUploadSarifCommentAndSeeTheBase() throws IOException {
		JsonNode job = read(GITHUB_WORKFLOW).path("jobs").path("models");

		assertEquals("write", job.path("permissions").path("security-events").asText());
		assertEquals("write", job.path("permissions").path("pull-requests").asText());
		JsonNode checkout = step(job, "actions/checkout@v4");
		assertEquals(0, checkout.path("with").path("fetch-depth").asInt(-1), "the whole history, for diff --git");
		assertEquals("17", step(job, "actions/setup-java@v4").path("with").path("java-version").asText());
		assertEquals("journey.sarif", step(job, "github/codeql-action/upload-sarif@v3").path("with").path("sarif_file").asText());
		assertEquals("build/journeys/", step(job, "actions/upload-artifact@v4").path("with").path("path").asText());
	}

	@Test
	void theGithubWorkflowRunsEachCheckWithOptionsThatParse() throws IOException {
		JsonNode workflow = read(GITHUB_WORKFLOW);
		List<String> scripts = new ArrayList<>();
		for (Map.Entry<String, JsonNode> job : fields(workflow.path("jobs"))) {
			for (JsonNode step : job.getValue().path("steps")) {
				if (step.has("run")) {
					scripts.add(step.path("run").asText());
				}
			}
		}

		List<List<String>> commands = JourneyCommands.in(scripts);

		assertEquals(List.of(
				List.of("validate", "--sarif", "journey.sarif", "models/"),
				List.of("format", "--check", "models/"),
				List.of("diff", "--git", "origin/$BASE_REF", "models/", "--format", "markdown"),
				List.of("diff", "--git", "origin/$BASE_REF", "models/", "--fail-on", "breaking"),
				List.of("generate", "models/", "--out", "build/journeys", "--target", "all")), commands);
		commands.forEach(CiExamplesTest::assertParses);
	}

	@Test
	void theGitlabPipelineHasWhatGitlabRequires() throws IOException {
		JsonNode pipeline = read(GITLAB_PIPELINE);
		Set<String> stages = new TreeSet<>();
		pipeline.path("stages").forEach(stage -> stages.add(stage.asText()));
		Map<String, JsonNode> jobs = gitlabJobs(pipeline);

		assertEquals(Set.of("journey-cli", "validate", "format", "diff", "generate"), jobs.keySet());
		for (Map.Entry<String, JsonNode> job : jobs.entrySet()) {
			String name = "job " + job.getKey();
			JsonNode script = job.getValue().path("script");
			assertTrue(script.isTextual() || script.isArray() && !script.isEmpty(), name + " has a script");
			assertTrue(stages.contains(job.getValue().path("stage").asText()),
					name + " is in a declared stage: " + job.getValue().path("stage") + " not in " + stages);
			for (JsonNode needed : job.getValue().path("needs")) {
				assertTrue(jobs.containsKey(needed.asText()), name + " needs a job that exists: " + needed);
			}
			assertTrue(job.getValue().path("image").isTextual(), name + " names its image");
		}
		assertEquals("eclipse-temurin:17", jobs.get("validate").path("image").asText());
		assertEquals("0", jobs.get("diff").path("variables").path("GIT_DEPTH").asText(), "the whole history, for diff --git");
		assertEquals("gl-code-quality-report.json", jobs.get("validate").path("artifacts").path("reports").path("codequality").asText());
	}

	@Test
	void theGitlabPipelineRunsEachCheckWithOptionsThatParse() throws IOException {
		List<String> scripts = new ArrayList<>();
		for (JsonNode job : gitlabJobs(read(GITLAB_PIPELINE)).values()) {
			for (String part : List.of("before_script", "script", "after_script")) {
				JsonNode lines = job.path(part);
				if (lines.isTextual()) {
					scripts.add(lines.asText());
				}
				lines.forEach(line -> scripts.add(line.asText()));
			}
		}

		List<List<String>> commands = JourneyCommands.in(scripts);

		assertEquals(List.of(
				List.of("validate", "--sarif", "journey.sarif", "models/"),
				List.of("format", "--check", "models/"),
				List.of("diff", "--git", "$CI_MERGE_REQUEST_DIFF_BASE_SHA", "models/", "--format", "markdown"),
				List.of("diff", "--git", "$CI_MERGE_REQUEST_DIFF_BASE_SHA", "models/", "--fail-on", "breaking"),
				List.of("generate", "models/", "--out", "build/journeys", "--target", "all")), commands);
		commands.forEach(CiExamplesTest::assertParses);
	}

	@Test
	void aCommandIsFoundWhereverTheShellRunsIt() {
		List<String> scripts = List.of("""
				# journey validate in a comment is not run
				if journey format --check 'my models/' > out.txt 2>&1; then echo "journey ok"; fi
				set -e && journey diff --git "origin/${{ github.base_ref }}" \\
				  models/ 2>/dev/null --format json | tee diff.json
				~/.journey-cli/bin/journey --version
				""");

		List<List<String>> commands = JourneyCommands.in(scripts);

		assertEquals(List.of(List.of("format", "--check", "my models/"),
				List.of("diff", "--git", "origin/${{ github.base_ref }}", "models/", "--format", "json")), commands);
	}

	@Test
	void anOptionThatDoesNotExistIsRefused() {
		assertThrows(CommandLine.UnmatchedArgumentException.class,
				() -> parse(List.of("validate", "--sarif-file", "journey.sarif", "models/")));
		assertThrows(CommandLine.ParameterException.class, () -> parse(List.of("diff", "--fail-on", "minor")));
	}

	private static void assertParses(List<String> command) {
		ParseResult result = parse(command);
		assertTrue(result.hasSubcommand(), "a subcommand: " + command);
		assertEquals(command.get(0), result.subcommand().commandSpec().name(), "the subcommand of " + command);
		assertEquals(List.of(), result.subcommand().unmatched(), "arguments nothing took in " + command);
	}

	/** Parses as the journey command line does, without running anything. */
	private static ParseResult parse(List<String> command) {
		return new CommandLine(new JourneyCli()).parseArgs(command.toArray(String[]::new));
	}

	/** The jobs of a pipeline, each with what it extends (hidden jobs, .name) merged under its own keys. */
	private static Map<String, JsonNode> gitlabJobs(JsonNode pipeline) {
		Map<String, JsonNode> jobs = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : fields(pipeline)) {
			if (!GITLAB_KEYWORDS.contains(entry.getKey()) && !entry.getKey().startsWith(".")) {
				jobs.put(entry.getKey(), extended(pipeline, entry.getValue()));
			}
		}
		return jobs;
	}

	private static JsonNode extended(JsonNode pipeline, JsonNode job) {
		if (!job.has("extends")) {
			return job;
		}
		String parent = job.path("extends").asText();
		assertTrue(pipeline.has(parent), "extends names a job of the file: " + parent);
		ObjectNode merged = extended(pipeline, pipeline.path(parent)).deepCopy();
		fields(job).forEach(field -> merged.set(field.getKey(), field.getValue()));
		merged.remove("extends");
		return merged;
	}

	private static JsonNode step(JsonNode job, String uses) {
		for (JsonNode step : job.path("steps")) {
			if (step.path("uses").asText().equals(uses)) {
				return step;
			}
		}
		throw new AssertionError("no step uses " + uses);
	}

	private static JsonNode read(String file) throws IOException {
		return YAML.readTree(Repository.path(file).toFile());
	}

	private static Set<String> keys(JsonNode node) {
		Set<String> keys = new TreeSet<>();
		node.fieldNames().forEachRemaining(keys::add);
		return keys;
	}

	private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
		List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			fields.add(it.next());
		}
		return fields;
	}
}
