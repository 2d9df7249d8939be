package org.journey.tests.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Programs a few tests run beside the JVM: a real browser (headless Chromium), poppler's PDF
 * tools, npm, glibc's locale sources. They are Debian packages, not Maven artifacts, so
 * {@code .ci/run} installs them.
 */
public final class ExternalTools {

	private ExternalTools() {
	}

	/**
	 * The first of these programs found in /usr/bin or on the PATH. Without it, CI (CI=true) fails,
	 * since CI must run every check; a developer's machine skips the test instead: the check needs a
	 * browser or PDF tools the developer may not have installed, and every other test still runs.
	 */
	public static Path require(String debianPackage, String... programs) {
		Optional<Path> found = Stream
				.concat(Stream.of("/usr/bin"), Stream.of(Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator)))
				.filter(dir -> !dir.isEmpty()).flatMap(dir -> Stream.of(programs).map(program -> Path.of(dir, program)))
				.filter(Files::isExecutable).findFirst();
		if (found.isEmpty()) {
			unavailable(programs[0] + " is not installed: apt-get install -y " + debianPackage + " (.ci/run does this)");
		}
		return found.get();
	}

	/**
	 * Something a check needs beside the JVM is missing (a program, the locale sources, a package
	 * from npm's registry): CI (CI=true) fails, since CI must run every check; a developer's machine
	 * skips the test, saying what is missing and how to get it, and every other test still runs.
	 */
	public static void unavailable(String hint) {
		if ("true".equals(System.getenv("CI"))) {
			fail(hint);
		}
		// a developer without Chromium, poppler or npm still runs the rest of the suite; the hint says
		// what to install, and CI, which installs them all, never gets here
		Assumptions.abort(hint);
	}
}
