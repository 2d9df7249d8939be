package org.journey.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.PhaseModels;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.starter.StarterFiles;
import org.journey.dsl.starter.StarterModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true,
		description = "Creates a starter .journey file with the phases of a standard model, typical touchpoints as placeholders, and comments that teach the language.",
		footer = { "", "Examples:", "  journey new \"Buying a painting\" --model eight-phases",
				"  journey new Abonnement --model twelve-steps --language da -o models/abonnement.journey" })
final class NewCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "NAME", description = "The journey's name, e.g. \"Buying a painting\".")
	private String name;

	@Option(names = "--model", required = true, paramLabel = "MODEL",
			description = "Phase model: eight-phases, twelve-steps, funnel or five-steps.")
	private String model;

	@Option(names = "--language", defaultValue = "en", paramLabel = "LANG", description = "Report language: en, da or nb (default: en).")
	private String language;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "The file to create (default: NAME as a file name, .journey).")
	private Path output;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PhaseModel phaseModel = PhaseModels.find(model).orElseThrow(() -> new ParameterException(spec.commandLine(),
				"unknown model '" + model + "'; choose one of " + String.join(", ", PhaseModels.ids())));
		ReportLanguage reportLanguage = ReportLanguage.find(language).orElseThrow(() -> new ParameterException(
				spec.commandLine(), "unknown language '" + language + "'; choose en, da or nb"));
		if (name.isBlank() || name.codePoints().anyMatch(Character::isISOControl)) {
			// the name becomes a quoted title in the file: a line break or control character would not parse
			throw new ParameterException(spec.commandLine(), "the journey's NAME '" + Terminal.escape(name)
					+ "' must be one line of text, without line breaks or other control characters");
		}
		Path file = output != null ? output : Path.of(fileName(name));
		if (Files.exists(file)) {
			throw new FileAlreadyExistsException(file.toString(), null, "already exists; choose another name with -o");
		}
		if (file.toAbsolutePath().getParent() != null) {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		Files.writeString(file, StarterModel.create(name, phaseModel, reportLanguage), StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.CREATE_NEW);
		out.println("created " + file + " (" + phaseModel.id() + ", " + reportLanguage.displayName() + ")");
		out.flush();
		return JourneyCli.OK;
	}

	static String fileName(String name) {
		return StarterFiles.fileName(name);
	}
}
