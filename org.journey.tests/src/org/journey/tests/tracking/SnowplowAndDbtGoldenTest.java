package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.tracking.DbtTarget;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import com.google.inject.Inject;

/**
 * The whole output of the snowplow and dbt targets for a small model, compared with files that were
 * reviewed by eye: {@code org.journey.tests/resources/golden/tracking/warehouse/model.journey} and the
 * expected files below {@code expected/}, by their path in the journey's output folder.
 * <p>
 * After an intended change of the output, regenerate the expected files from the repository root with
 * <pre>
 * mvn -q -B verify -Dtest=SnowplowAndDbtGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Djourney.golden.update=true
 * </pre>
 * which rewrites them and fails once, so that nobody mistakes an update for a pass; then review
 * {@code git diff} before committing.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class SnowplowAndDbtGoldenTest {

	private static final String UPDATE_PROPERTY = "journey.golden.update";
	private static final String JOURNEY_FOLDER = "golden.OnlineOrders/";

	@Inject
	private WarehouseGeneration generation;

	@Test
	void snowplowAndDbtOutputOfTheGoldenModelIsExactlyTheReviewedOne() throws Exception {
		Path golden = ReferenceSchemas.repository().resolve("org.journey.tests/resources/golden/tracking/warehouse");
		Path expectedFolder = golden.resolve("expected");
		String model = Files.readString(golden.resolve("model.journey"), StandardCharsets.UTF_8);

		Map<String, String> actual = new TreeMap<>();
		generation.generate(generation.load(model), "snowplow", "dbt").forEach((path, content) -> {
			if (path.startsWith(DbtTarget.FOLDER)) {
				actual.put(path, content);
				return;
			}
			assertEquals(JOURNEY_FOLDER, path.substring(0, JOURNEY_FOLDER.length()), "unexpected output folder");
			actual.put(path.substring(JOURNEY_FOLDER.length()), content);
		});

		if (Boolean.getBoolean(UPDATE_PROPERTY)) {
			rewrite(expectedFolder, actual);
			fail("Rewrote the golden files in " + expectedFolder + ": review them with git diff, then run without -D"
					+ UPDATE_PROPERTY);
		}
		Map<String, String> expected = read(expectedFolder);
		assertEquals(expected.keySet(), actual.keySet(), "generated files differ from " + expectedFolder);
		assertAll(expected.entrySet().stream().map(file -> (Executable) () -> assertEquals(file.getValue(),
				actual.get(file.getKey()), file.getKey() + " differs from its golden file")));
	}

	private static Map<String, String> read(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	private static void rewrite(Path folder, Map<String, String> files) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> walk = Files.walk(folder)) {
				for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path target = folder.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
		}
	}
}
