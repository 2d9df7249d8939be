package org.journey.tests.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.journey.cli.Workspace;
import org.journey.dsl.JourneyStandaloneSetup;
import org.journey.dsl.diff.ModelComparison;
import org.journey.dsl.diff.ModelDiff;

import com.google.inject.Injector;

/** Loads models as the command line does, each side into a resource set of its own, and compares them. */
final class Diffs {

	private static Injector injector;

	private Diffs() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new JourneyStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** One file's text on each side. */
	static ModelDiff compare(String old, String now) {
		return ModelComparison.compare(side(old).resources().values(), side(now).resources().values());
	}

	/** The files or folders on each side, loaded as journey validate loads them. */
	static ModelDiff compare(Path old, Path now) {
		try {
			return ModelComparison.compare(Workspace.load(injector(), List.of(old)).resources().values(),
					Workspace.load(injector(), List.of(now)).resources().values());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Workspace side(String text) {
		try {
			return Workspace.loadContents(injector(), List.of(new Workspace.Content(Path.of("/models/model.journey"),
					"model.journey", text.getBytes(StandardCharsets.UTF_8))));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
