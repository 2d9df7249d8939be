package org.journey.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.formatting2.JourneyDocumentFormatter;
import org.journey.dsl.tests.JourneyInjectorProvider;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.inject.Injector;
import org.journey.tests.support.Slow;

/**
 * Whatever bytes a file holds, reading, validating, formatting and generating every target never throws,
 * never hangs, puts every error at a position and writes only well-formed JSON and YAML files
 * below the journey's own folder.
 *
 * <p>The default build fuzzes for a few seconds ({@code JAZZER_FUZZ=1} in the surefire
 * configuration, {@code maxDuration} below); without {@code JAZZER_FUZZ} the test runs only the
 * inputs in {@code resources/org/journey/tests/robustness/JourneyFuzzTestInputs/}: the seeds and
 * every input a fuzzing run found. README, "Fuzzing", says how to fuzz longer.
 */
@Slow
class JourneyFuzzTest {

	/** Generous for any input of the sizes libFuzzer makes (a few KB); a hang is far beyond it. */
	private static final Duration PER_INPUT = Duration.ofSeconds(20);

	private static final Injector INJECTOR = new JourneyInjectorProvider().getInjector();
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final YAMLMapper YAML = new YAMLMapper();

	@FuzzTest(maxDuration = "20s")
	void readingValidatingAndGeneratingAnyFileNeverFails(byte[] file) {
		assertTimeoutPreemptively(PER_INPUT, () -> check(file));
	}

	private static void check(byte[] file) throws IOException {
		// given any bytes as a .journey file
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("fuzz.journey"));

		// when it is read and validated
		resource.load(new ByteArrayInputStream(file), Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		List<Issue> issues = INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);

		// then every error has a position
		List<Issue> errors = issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		for (Issue error : errors) {
			assertNotNull(error.getLineNumber(), error::toString);
			assertTrue(error.getLineNumber() >= 1 && error.getColumn() >= 1, error::toString);
		}
		if (!errors.isEmpty()) {
			return; // as the command line and the IDE builder do, nothing is generated or formatted from a model with errors
		}

		// then it formats (the formatter descends formulas as deep as the nesting limit lets them go)
		assertNotNull(INJECTOR.getInstance(JourneyDocumentFormatter.class).format(resource));

		// when every target generates from a clean model
		InMemoryFileSystemAccess files = new InMemoryFileSystemAccess();
		GeneratorContext context = new GeneratorContext();
		context.setCancelIndicator(CancelIndicator.NullImpl);
		IGenerator2 generator = INJECTOR.getInstance(IGenerator2.class);
		generator.beforeGenerate(resource, files, context);
		generator.doGenerate(resource, files, context);
		generator.afterGenerate(resource, files, context);

		// then every file stays below its journey's folder and JSON and YAML files parse
		for (Map.Entry<String, CharSequence> generated : files.getTextFiles().entrySet()) {
			String path = generated.getKey().substring(generated.getKey().indexOf('/') + 1);
			assertFalse(path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains(".."), path);
			String text = generated.getValue().toString();
			if (path.endsWith(".json")) {
				assertNotNull(JSON.readTree(text), path);
			} else if (path.endsWith(".yml") || path.endsWith(".yaml")) {
				assertNoLiveJinjaInTexts(YAML.readTree(text), path);
			}
		}
	}

	/**
	 * dbt renders labels and descriptions as Jinja: the model's texts reach them only with each
	 * opening delimiter written as an expression that prints it ({{ '{{' }}).
	 */
	private static void assertNoLiveJinjaInTexts(JsonNode node, String path) {
		if (node == null) {
			return;
		}
		node.fields().forEachRemaining(field -> {
			if (List.of("label", "description").contains(field.getKey()) && field.getValue().isTextual()) {
				String outsideEscapes = field.getValue().asText().replace("{{ '{{' }}", "").replace("{{ '{%' }}", "")
						.replace("{{ '{#' }}", "");
				assertFalse(outsideEscapes.contains("{{") || outsideEscapes.contains("{%") || outsideEscapes.contains("{#"),
						path + ": " + field.getValue().asText());
			}
		});
		node.elements().forEachRemaining(child -> assertNoLiveJinjaInTexts(child, path));
	}
}
