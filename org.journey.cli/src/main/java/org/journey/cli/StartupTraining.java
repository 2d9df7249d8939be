package org.journey.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run of the {@code journey} launcher: it runs the short commands a user runs most
 * (new, validate, format, generate with every target) on a starter model in a folder of its own,
 * so that the JVM can record the classes they load. From that record the launcher makes a
 * class-data archive (JDK 17 to 23: a static AppCDS archive from a class list; JDK 24 and later:
 * an AOT cache) with which later commands start without reading and verifying those classes
 * again. Its output is of no interest; a failure only makes the archive smaller.
 */
public final class StartupTraining {

	private StartupTraining() {
	}

	/** args[0]: an empty or missing folder to work in; it is deleted afterwards. */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: StartupTraining FOLDER");
			System.exit(JourneyCli.USAGE_OR_IO);
		}
		Path folder = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
		PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
		String model = folder.resolve("models/training.journey").toString();
		String models = folder.resolve("models").toString();
		try {
			JourneyCli.run(discard, discard, "new", "Training", "--model", "eight-phases", "-o", model);
			JourneyCli.run(discard, discard, "validate", models);
			JourneyCli.run(discard, discard, "format", "--check", models);
			JourneyCli.run(discard, discard, "generate", models, "--out", folder.resolve("out").toString());
			JourneyCli.run(discard, discard, "--version");
		} finally {
			delete(folder);
		}
		System.exit(JourneyCli.OK);
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
