package org.journey.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * File names and contents are UTF-8 whatever the locale. Java 17 takes the encoding of file names
 * (sun.jnu.encoding) from the locale when it starts and cannot change it later: under LC_ALL=C it
 * is ASCII, and "PlakatTilVæggen" can be neither read nor written; under a Latin-1 locale names
 * are written as Latin-1 bytes. Contents the command line reads and writes as UTF-8 explicitly;
 * for names, a JVM started under such a locale starts the command again in a child JVM under
 * C.UTF-8 (the journey launcher sets it first, so this costs a second start only for
 * {@code java -jar journey.jar}).
 */
final class Locales {

	/** Set in the child, so that a system without C.UTF-8 does not start JVMs without end. */
	static final String RELAUNCHED = "JOURNEY_UTF8_RELAUNCHED";

	private Locales() {
	}

	/** The child's exit code, when the command ran in a child JVM; empty when it runs here. */
	static Optional<Integer> relaunchUnlessFileNamesAreUtf8(String[] args) {
		if (fileNamesAreUtf8() || System.getenv(RELAUNCHED) != null) {
			return Optional.empty();
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
				.filter(argument -> !argument.startsWith("-XX:ArchiveClassesAtExit") && !argument.startsWith("-XX:SharedArchiveFile"))
				.toList());
		command.add("-Dfile.encoding=UTF-8");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(JourneyCli.class.getName());
		command.addAll(List.of(args));
		ProcessBuilder child = new ProcessBuilder(command).inheritIO();
		child.environment().put("LC_ALL", "C.UTF-8");
		child.environment().put(RELAUNCHED, "1");
		try {
			return Optional.of(child.start().waitFor());
		} catch (IOException e) {
			return Optional.empty(); // run here: names outside ASCII get a clear message (JourneyCli.describe)
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.of(JourneyCli.USAGE_OR_IO);
		}
	}

	static boolean fileNamesAreUtf8() {
		String encoding = System.getProperty("sun.jnu.encoding");
		try {
			return encoding != null && Charset.forName(encoding).equals(StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			return false;
		}
	}
}
