package org.journey.tests.editors;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The server jar in a real LSP client: editors/neovim/smoke-test.sh opens an example in headless
 * Neovim with the set-up the README gives, and checks diagnostics, hover and completion arrive.
 * Needs nvim on the PATH (CI installs it; elsewhere the test is skipped) and journey.jar, which
 * the reactor packages before this module's tests.
 */
class NeovimClientTest {

	private static final File SCRIPT = new File("../editors/neovim/smoke-test.sh");
	private static final File JAR = new File("../org.journey.cli/target/journey.jar");

	@Test
	void diagnosticsHoverAndCompletionArriveInNeovim() throws Exception {
		Assumptions.assumeTrue(onPath("nvim"), "nvim is not installed");
		Assumptions.assumeTrue(JAR.isFile(), "journey.jar is not built");
		Process neovim = new ProcessBuilder("sh", SCRIPT.getPath()).redirectErrorStream(true).start();

		boolean finished = neovim.waitFor(4, TimeUnit.MINUTES);
		if (!finished) {
			neovim.destroyForcibly();
		}
		String output = new String(neovim.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		Assertions.assertTrue(finished, () -> "Neovim did not finish:\n" + output);
		Assertions.assertEquals(0, neovim.exitValue(), output);
		List<String> checks = output.lines().filter(line -> line.startsWith("ok ") || line.startsWith("FAIL ")).toList();
		Assertions.assertEquals(List.of("ok   filetype journey", "ok   client attached", "ok   diagnostics",
				"ok   hover on a KPI", "ok   completion after channel"),
				checks.stream().map(line -> line.replaceFirst(":.*", "")).toList(), output);
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		return path != null && List.of(path.split(File.pathSeparator)).stream().anyMatch(dir -> new File(dir, command).canExecute());
	}
}
