package org.journey.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.dsl.generator.tracking.DbtTarget;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.Golden;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The whole output of the snowplow and dbt targets for a small model, compared with files that were
 * reviewed by eye: {@code org.journey.tests/resources/golden/tracking/warehouse/model.journey} and the
 * expected files below {@code expected/}, by their path in the journey's output folder (see
 * {@link Golden} for how to update them).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class SnowplowAndDbtGoldenTest {

	private static final String JOURNEY_FOLDER = "golden.OnlineOrders/";

	@Inject
	private WarehouseGeneration generation;

	@Test
	@Tag(Golden.TAG)
	void snowplowAndDbtOutputOfTheGoldenModelIsExactlyTheReviewedOne() throws Exception {
		Path golden = Golden.file("tracking/warehouse");
		String model = Files.readString(golden.resolve("model.journey"), StandardCharsets.UTF_8);

		Map<String, byte[]> actual = new TreeMap<>();
		generation.generate(generation.load(model), "snowplow", "dbt").forEach((path, content) -> {
			if (path.startsWith(DbtTarget.FOLDER)) {
				actual.put(path, content.getBytes(StandardCharsets.UTF_8));
				return;
			}
			assertEquals(JOURNEY_FOLDER, path.substring(0, JOURNEY_FOLDER.length()), "unexpected output folder");
			actual.put(path.substring(JOURNEY_FOLDER.length()), content.getBytes(StandardCharsets.UTF_8));
		});

		Golden.assertFolderMatches(golden.resolve("expected"), actual);
	}
}
