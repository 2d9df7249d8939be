package org.journey.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.journey.cli.JourneyCli;
import org.journey.tests.diff.DiffCommandTest.Result;
import org.journey.tests.support.JourneyModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * journey diff --git on a repository made here with JGit: two commits of a model, then a change in
 * the work tree. Build output that .gitignore names is not part of the work tree's models.
 */
class DiffGitTest {

	@TempDir
	Path folder;

	Path repository;
	Path model;

	private void write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private void commit(Git git, String message) throws GitAPIException {
		git.add().addFilepattern(".").call();
		git.commit().setMessage(message).setAuthor("Test", "test@example.com").setCommitter("Test", "test@example.com")
				.setSign(false).call();
	}

	@BeforeEach
	void repositoryWithTwoCommits() throws Exception {
		repository = folder.resolve("repo");
		model = repository.resolve("models/shop.journey");
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			write(model, JourneyModels.CLEAN);
			write(repository.resolve(".gitignore"), "target/\n");
			commit(git, "first");
			write(model, JourneyModels.variant("target 2.0 by 2027-06-30", "target 2.5 by 2027-06-30"));
			commit(git, "second: a higher target");
		}
		// build output with a copy of the model: ignored, else every name would be declared twice
		write(repository.resolve("target/copy/shop.journey"), JourneyModels.CLEAN);
	}

	private Result diff(String... args) {
		List<String> all = new java.util.ArrayList<>(List.of("diff", "--repository", repository.toString()));
		all.addAll(List.of(args));
		return DiffCommandTest.run(all.toArray(String[]::new));
	}

	@Test
	void theWorkTreeAgainstHeadHasNoChangeUntilAFileChanges() throws IOException {
		Result clean = diff("--git", "HEAD");
		write(model, JourneyModels.variant(JourneyModels.variant("target 2.0 by 2027-06-30", "target 2.5 by 2027-06-30"),
				"channel email", "channel sms"));
		Result changed = diff("--git", "HEAD", "--fail-on", "any");

		assertEquals(List.of("journey diff HEAD -> work tree", "No change in meaning."), clean.out().lines().toList(),
				clean.err());
		assertEquals(JourneyCli.CHANGES_FOUND, changed.exitCode(), changed.err());
		assertEquals("""
				journey diff HEAD -> work tree
				~ touchpoint shop.Buying.Delight.Newsletter changed
				    channel: email -> sms

				1 changed; no tracked event changed.
				""", changed.out());
	}

	@Test
	void twoRevisionsAreComparedWithoutTheWorkTree() throws IOException {
		write(model, "this work tree file would not even parse");

		Result result = diff("--git", "HEAD~1..HEAD");
		Result mainToItself = diff("--git", "main..HEAD", model.toString());

		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		assertEquals("""
				journey diff HEAD~1 -> HEAD
				~ kpi shop.Conversion changed
				    target: 2 -> 2.5

				1 changed; no tracked event changed.
				""", result.out());
		assertEquals(List.of("journey diff main -> HEAD", "No change in meaning."), mainToItself.out().lines().toList(),
				mainToItself.err());
	}

	@Test
	void aPathLimitsTheComparison() throws IOException {
		write(repository.resolve("other/extra.journey"), "package extra\nsegment Lone \"Lone\" { share 1% }\n");

		Result models = diff("--git", "HEAD", repository.resolve("models").toString());
		Result all = diff("--git", "HEAD");

		assertTrue(models.out().contains("No change in meaning."), models.out() + models.err());
		assertTrue(all.out().contains("+ segment extra.Lone added\n"), all.out() + all.err());
	}

	@Test
	void aBadRevisionIsAUsageError() {
		Result result = diff("--git", "no-such-branch");

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertEquals("journey: unknown revision 'no-such-branch' in " + repository.toAbsolutePath()
				+ " (a commit, branch or tag, e.g. HEAD, main, HEAD~1)\n", result.err());
	}

	@Test
	void aPathOutsideTheRepositoryIsAUsageError() {
		Result result = diff("--git", "HEAD", folder.toString());

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertEquals("journey: " + folder + " is outside the repository at " + repository.toAbsolutePath() + "\n",
				result.err());
	}

	@Test
	void aFolderOutsideAnyRepositoryIsAUsageError() throws IOException {
		Path plain = Files.createDirectories(folder.resolve("plain"));

		Result result = DiffCommandTest.run("diff", "--repository", plain.toString(), "--git", "HEAD");

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().startsWith("journey: --git: " + plain + " is not in a git repository"), result.err());
	}
}
