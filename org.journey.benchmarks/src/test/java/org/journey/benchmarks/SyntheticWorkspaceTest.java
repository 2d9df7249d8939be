package org.journey.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.journey.cli.Problem;
import org.journey.cli.Workspace;
import org.journey.dsl.JourneyStandaloneSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benchmark measures clean models: whatever it generates parses, links and validates without a problem. */
class SyntheticWorkspaceTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource({ "1000, 2", "5000, 3" })
	void generatedWorkspaceIsCleanAndAboutTheRequestedSize(int lines, int files) throws Exception {
		// given a synthetic workspace written to disk
		SyntheticWorkspace workspace = SyntheticWorkspace.generate(lines, files);
		workspace.writeTo(folder);

		// when the command line's workspace loads and validates it
		Workspace loaded = Workspace.load(new JourneyStandaloneSetup().createInjectorAndDoEMFRegistration(), List.of(folder));
		List<Problem> problems = loaded.validate();

		// then every file is there, nothing is wrong, and the size is near the request
		assertEquals(files, loaded.resources().size());
		assertEquals(List.of(), problems.stream().map(Problem::toLine).toList());
		assertTrue(workspace.lines() > lines * 0.85 && workspace.lines() <= lines * 1.1, workspace.lines() + " lines");
		long written = 0;
		for (String file : workspace.files().keySet()) {
			written += Files.readAllLines(folder.resolve(file)).size();
		}
		assertEquals(workspace.lines(), written);
	}

	@Test
	void sameSizeGivesTheSameText() {
		assertEquals(SyntheticWorkspace.generate(2_000, 3).files(), SyntheticWorkspace.generate(2_000, 3).files());
	}
}
