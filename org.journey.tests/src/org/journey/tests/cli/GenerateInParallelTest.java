package org.journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.journey.cli.JourneyCli;
import org.journey.tests.support.Repository;
import org.journey.tests.support.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code journey generate} on several threads writes what it writes on one: the same files, byte
 * for byte, the same list of written files and the same warnings, in the same order.
 */
class GenerateInParallelTest {

	@TempDir
	Path folder;

	@Test
	void fourThreadsWriteTheSameBytesInTheSameOrderAsOne() throws IOException {
		Path examples = Repository.path("examples");
		Path one = folder.resolve("one");
		Path four = folder.resolve("four");

		CliRunner.Result sequential = CliRunner.run("generate", examples.toString(), "--out", one.toString(), "--threads", "1");
		CliRunner.Result parallel = CliRunner.run("generate", examples.toString(), "--out", four.toString(), "--threads", "4");

		assertEquals(JourneyCli.OK, sequential.exitCode(), sequential.err());
		assertEquals(JourneyCli.OK, parallel.exitCode(), parallel.err());
		assertEquals(sequential.out().replace(one.toString(), "OUT"), parallel.out().replace(four.toString(), "OUT"));
		assertEquals(sequential.err(), parallel.err());
		List<Path> files = relativeFiles(one);
		assertTrue(files.size() > 50, "the examples generate many files: " + files.size());
		assertEquals(files, relativeFiles(four));
		for (Path file : files) {
			assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(four.resolve(file)), file.toString());
		}
	}

	@Test
	void theThreadCountCanComeFromASystemProperty() throws IOException {
		Path examples = Repository.path("examples/shared");
		Path out = folder.resolve("out");
		String before = System.getProperty("journey.threads");
		System.setProperty("journey.threads", "3");
		try {
			CliRunner.Result result = CliRunner.run("generate", examples.toString(), Repository.path("examples/paintings").toString(),
					"--out", out.toString());
			assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		} finally {
			if (before == null) {
				System.clearProperty("journey.threads");
			} else {
				System.setProperty("journey.threads", before);
			}
		}
		assertTrue(Files.isRegularFile(out.resolve("index.html")));
	}

	@Test
	void zeroThreadsIsAUsageError() {
		CliRunner.Result result = CliRunner.run("generate", Repository.path("examples/shared").toString(), "--out",
				folder.resolve("out").toString(), "--threads", "0");

		assertEquals(JourneyCli.USAGE_OR_IO, result.exitCode());
		assertTrue(result.err().contains("--threads 0 is not valid: give 1 or more."), result.err());
	}

	private static List<Path> relativeFiles(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}
}
