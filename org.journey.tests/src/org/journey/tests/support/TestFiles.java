package org.journey.tests.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files a test writes into its temporary folder. */
public final class TestFiles {

	private TestFiles() {
	}

	/** Writes {@code text} as UTF-8 to {@code name} below {@code folder}, making the folders on the way. */
	public static Path write(Path folder, String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, UTF_8);
		return file;
	}
}
