package org.journey.tests.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journey.cli.JourneyCli;
import org.journey.tests.support.Repository;
import org.journey.tests.support.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * What a short command does before its work: it builds only the subcommand it runs, so that
 * {@code journey validate} does not load the other commands, git or the measurement engine (the
 * launcher's start-up time depends on it; checked by what is built and loaded, not by a clock).
 */
class CommandStartupTest {

	private static final Map<String, CommandLine> EVERY_COMMAND = new CommandLine(new JourneyCli()).getSubcommands();

	@TempDir
	Path folder;

	@Test
	void aCommandLineThatNamesACommandBuildsThatCommandAlone() {
		for (Map.Entry<String, CommandLine> command : EVERY_COMMAND.entrySet()) {
			if (command.getKey().equals("help")) {
				continue; // help describes the other commands: it needs them all (below)
			}

			Map<String, CommandLine> built = JourneyCli.commandLine(command.getKey(), "--help").getSubcommands();

			assertEquals(Set.of(command.getKey()), built.keySet(), command.getKey());
			assertEquals(command.getValue().getCommand().getClass(), built.get(command.getKey()).getCommand().getClass(),
					command.getKey());
		}
	}

	@Test
	void helpAnOptionOrAMistypedCommandSeesEveryCommand() {
		Set<String> every = EVERY_COMMAND.keySet();

		assertEquals(Set.of("validate", "generate", "diff", "measure", "simulate", "format", "new", "lsp", "help"), every);
		assertEquals(every, JourneyCli.commandLine().getSubcommands().keySet());
		assertEquals(every, JourneyCli.commandLine("help", "validate").getSubcommands().keySet());
		assertEquals(every, JourneyCli.commandLine("--version").getSubcommands().keySet());
		assertEquals(every, JourneyCli.commandLine("validat", "models/").getSubcommands().keySet());
	}

	@Test
	void aCommandBuiltAloneKeepsTheNameHelpAndVersionOfTheJourneyCommand() {
		CommandLine validate = JourneyCli.commandLine("validate", "models/");

		assertEquals("journey", validate.getCommandName());
		assertEquals(new CommandLine(new JourneyCli()).getCommandSpec().version()[0], validate.getCommandSpec().version()[0]);
		assertTrue(validate.getSubcommands().get("validate").getUsageMessage().startsWith("Usage: journey validate "),
				validate.getSubcommands().get("validate").getUsageMessage());
	}

	@Slow
	@Test
	void validateLoadsNeitherTheOtherCommandsNorGitNorTheMeasurementEngine() throws Exception {
		Path classes = folder.resolve("loaded-classes.txt");

		ProcessBuilder builder = new ProcessBuilder(javaCommand(classes, "validate", Repository.path("examples").toString()))
				.directory(folder.toFile()).redirectErrorStream(true);
		builder.environment().put("LC_ALL", "C.UTF-8"); // one JVM: no restart under a UTF-8 locale
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), UTF_8);

		assertEquals(JourneyCli.OK, process.waitFor(), output);
		assertTrue(output.contains("6 files checked: 0 errors, 0 warnings, 0 info."), output);
		List<String> loaded = Files.readAllLines(classes, UTF_8).stream()
				.map(line -> line.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ", "").replaceFirst(" .*", "")).toList();
		assertTrue(loaded.contains("org.journey.cli.ValidateCommand"), "the log names the classes loaded: " + loaded.subList(0, 5));
		List<String> unused = loaded.stream()
				.filter(name -> name.matches("org\\.journey\\.cli\\.(Generate|Diff|Measure|Simulate|Format|New|Lsp)Command.*")
						|| name.startsWith("org.journey.cli.GitTrees") || name.startsWith("org.eclipse.jgit.")
						|| name.startsWith("org.journey.measure.") || name.startsWith("org.duckdb."))
				.toList();
		assertEquals(List.of(), unused);
	}

	/** {@code java org.journey.cli.JourneyCli ARGS} with this test's class path, logging each class loaded to {@code log}. */
	private static List<String> javaCommand(Path log, String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xlog:class+load=info:file=" + log);
		command.add("-Dfile.encoding=UTF-8");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(JourneyCli.class.getName());
		command.addAll(List.of(args));
		return command;
	}
}
