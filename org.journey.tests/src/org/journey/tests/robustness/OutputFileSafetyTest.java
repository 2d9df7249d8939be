package org.journey.tests.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.journey.tests.support.CliRunner.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.journey.cli.JourneyCli;
import org.journey.tests.support.TestFiles;
import org.journey.tests.support.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line writes, and where, when the file system is not as it expects: links below
 * --out and in place of a model, CRLF files, the user's umask and file modes, temporary files a
 * killed run left behind.
 */
class OutputFileSafetyTest {

	static final String MODEL = """
			package shop

			segment Buyers "Buyers" {
			    share 50%
			}

			kpi Sales "Sales" {
			    unit count
			    baseline 10
			    target 20
			    formula count(paid) / count(viewed)
			}

			goal More {
			    kind new-sales
			    kpis Sales
			}

			journey Buying "Buying" {
			    for Buyers
			    pursues More

			    phase Look {
			        customer-goal "Find it"
			        volume 100

			        touchpoint Page {
			            channel web online
			            serves Buyers
			            event viewed {
			                id: string required
			            }
			        }
			    }

			    phase Pay {
			        customer-goal "Pay"
			        volume 50

			        touchpoint Checkout {
			            channel web online
			            serves Buyers
			            event paid {
			                amount: number
			            }
			        }
			    }
			}
			""";

	/** The model with its layout spoiled, so that format has something to rewrite. */
	static final String UNFORMATTED = MODEL.replace("segment Buyers \"Buyers\" {\n    share 50%\n}", "segment   Buyers \"Buyers\" {share 50%}");

	@TempDir
	Path folder;



	@Test
	void aLinkBelowTheOutputFolderThatLeadsOutOfItIsRefusedAndNothingIsWrittenThere() throws IOException {
		// given the journey's output folder as a link to a folder beside --out
		Path model = write("shop.journey", MODEL);
		Path out = Files.createDirectories(folder.resolve("out"));
		Path outside = Files.createDirectories(folder.resolve("outside"));
		Files.createSymbolicLink(out.resolve("shop.Buying"), Path.of("../outside"));

		// when the model is generated into --out
		Result run = run("generate", model.toString(), "--out", out.toString());

		// then the link is refused with what to do, and nothing lands outside --out
		assertEquals(JourneyCli.USAGE_OR_IO, run.exitCode(), run.err());
		assertTrue(run.err().contains(out.resolve("shop.Buying") + " is a symbolic link to " + outside.toRealPath() + ", outside "
				+ out + ". Remove the link, or choose another --out"), run.err());
		assertEquals(List.of(), list(outside));
		assertTrue(Files.isSymbolicLink(out.resolve("shop.Buying")));
	}

	@Test
	void aLinkBelowTheOutputFolderThatStaysInsideItIsFollowed() throws IOException {
		Path model = write("shop.journey", MODEL);
		Path out = Files.createDirectories(folder.resolve("out"));
		Files.createDirectories(out.resolve("kept"));
		Files.createSymbolicLink(out.resolve("shop.Buying"), Path.of("kept"));

		Result run = run("generate", model.toString(), "--out", out.toString(), "--target", "markdown");

		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		assertTrue(Files.isRegularFile(out.resolve("kept/journey-map.md")));
	}

	@Test
	void formatOnALinkRewritesTheFileItPointsToAndKeepsTheLink() throws IOException {
		// given a link in one folder to an unformatted model in another
		Path target = write("models/shop.journey", UNFORMATTED);
		Path link = Files.createDirectories(folder.resolve("work")).resolve("shop.journey");
		Files.createSymbolicLink(link, Path.of("../models/shop.journey"));

		Result run = run("format", link.toString());

		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
		assertEquals(MODEL, Files.readString(target, UTF_8));
	}

	@Test
	void formatKeepsACrlfFilesLineEndingsCrlfThroughout() throws IOException {
		// given a CRLF file with a comment, whose line break the formatter keeps as it is
		String crlf = ("// prices\n" + UNFORMATTED).replace("\n", "\r\n");
		Path file = write("shop.journey", crlf);

		Result run = run("format", file.toString());

		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		String formatted = Files.readString(file, UTF_8);
		assertEquals(("// prices\n" + MODEL).replace("\n", "\r\n"), formatted);
	}

	@Test
	void formatKeepsTheFilesMode() throws IOException {
		Path file = write("shop.journey", UNFORMATTED);
		Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-rw-r--");
		Files.setPosixFilePermissions(file, mode);

		Result run = run("format", file.toString());

		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		assertEquals(MODEL, Files.readString(file, UTF_8));
		assertEquals(PosixFilePermissions.toString(mode), PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void generatedAndSarifFilesGetThePermissionsTheUmaskGivesNewFiles() throws IOException {
		// given the permissions this process's umask gives a new file
		Path model = write("shop.journey", MODEL);
		String umaskPermissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createFile(folder.resolve("new-file"))));

		// when reports and a SARIF log are written
		Result generation = run("generate", model.toString(), "--out", folder.resolve("out").toString());
		Result validation = run("validate", "--sarif", folder.resolve("problems.sarif").toString(), model.toString());

		// then each has them, as a file written by any other tool would
		assertEquals(JourneyCli.OK, generation.exitCode(), generation.err());
		assertEquals(JourneyCli.OK, validation.exitCode(), validation.out());
		assertEquals(umaskPermissions, PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("problems.sarif"))));
		List<Path> generated = files(folder.resolve("out"));
		assertFalse(generated.isEmpty());
		for (Path file : generated) {
			assertEquals(umaskPermissions, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
		}
	}

	@Test
	void temporaryFilesAKilledRunLeftInTheOutputFolderAreRemovedByTheNextRun() throws IOException {
		// given the empty temporary files a run killed while writing left (named as this and the
		// previous version named them), and a file of the user's that only looks similar
		Path model = write("shop.journey", MODEL);
		Path journeyFolder = Files.createDirectories(folder.resolve("out/shop.Buying"));
		Path left = Files.createFile(journeyFolder.resolve(".journey-map.html.0123456789abcdef.journey-tmp"));
		Path leftByTheOldNaming = Files.createFile(journeyFolder.resolve(".journey-map.html1234567890123456789.tmp"));
		Path users = Files.createFile(journeyFolder.resolve("notes.tmp"));

		Result run = run("generate", model.toString(), "--out", folder.resolve("out").toString());

		assertEquals(JourneyCli.OK, run.exitCode(), run.err());
		assertFalse(Files.exists(left, LinkOption.NOFOLLOW_LINKS));
		assertFalse(Files.exists(leftByTheOldNaming, LinkOption.NOFOLLOW_LINKS));
		assertTrue(Files.exists(users));
		assertTrue(files(folder.resolve("out")).stream().noneMatch(f -> f.getFileName().toString().endsWith("tmp")
				&& !f.equals(users)));
	}

	private Path write(String name, String text) throws IOException {
		return TestFiles.write(folder, name, text);
	}

	private static List<Path> list(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.toList();
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}
}
