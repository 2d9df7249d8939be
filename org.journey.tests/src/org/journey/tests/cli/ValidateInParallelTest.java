package org.journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.cli.Problem;
import org.journey.cli.Workspace;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.dsl.validation.IssueCodes;
import org.journey.tests.support.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Files parsed and validated on several threads give what one thread gives: the same problems in
 * the same order, the files in one resource set in the order of their paths, references between
 * files resolved. Repeated, since a race shows only now and then.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ValidateInParallelTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void fourThreadsFindTheSameProblemsInTheSameOrderAsOne() throws IOException {
		// given the examples, a copy of a journey with a misspelt segment, and a file that is not UTF-8
		copyExamples();
		String paintings = Files.readString(Repository.path("examples/paintings/paintings-webshop.journey"));
		Files.writeString(folder.resolve("copy.journey"),
				paintings.replace("package shop.paintings", "package shop.copy").replace("serves HomeDecorators, GiftBuyers",
						"serves HomeDecoratorz, GiftBuyers"));
		Files.write(folder.resolve("latin.journey"), "package shop.latin\n// caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

		// when validated on one thread, then on four, several times
		List<Problem> sequential = Workspace.load(injector, List.of(folder), 1).validate(1);
		for (int round = 0; round < 5; round++) {
			Workspace parallel = Workspace.load(injector, List.of(folder), 4);

			// then the same problems, and one resource set holding the files in the order of their paths
			assertEquals(sequential, parallel.validate(4), "round " + round);
			assertEquals(new ArrayList<Resource>(parallel.resources().values()), parallel.resourceSet().getResources());
		}
		assertTrue(sequential.stream().anyMatch(p -> p.file().endsWith("copy.journey")
				&& p.code().equals(IssueCodes.UNRESOLVED_REFERENCE)), sequential.toString());
		assertTrue(sequential.stream().anyMatch(p -> p.code().equals(IssueCodes.INVALID_UTF8)), sequential.toString());
		assertTrue(sequential.stream().anyMatch(p -> p.code().equals(IssueCodes.UNUSED_SEGMENT)), sequential.toString());
	}

	@Test
	void aSyntaxErrorIsReportedAlikeOnAnyThreadCount() throws IOException {
		copyExamples();
		String paintings = Files.readString(Repository.path("examples/paintings/paintings-webshop.journey"));
		Files.writeString(folder.resolve("broken.journey"),
				paintings.replace("package shop.paintings", "package shop.broken").substring(0, 3000));

		List<Problem> sequential = Workspace.load(injector, List.of(folder), 1).validate(1);
		List<Problem> parallel = Workspace.load(injector, List.of(folder), 4).validate(4);

		assertEquals(sequential, parallel);
		assertTrue(sequential.stream().anyMatch(p -> p.file().endsWith("broken.journey")
				&& p.code().equals(IssueCodes.MISSING_QUOTE)), sequential.toString());
	}

	private void copyExamples() throws IOException {
		for (String example : List.of("shared/library.journey", "paintings/paintings-webshop.journey",
				"artclub/art-rental-subscription.journey", "plakater/plakatbutik.journey")) {
			Path target = folder.resolve(example);
			Files.createDirectories(target.getParent());
			Files.copy(Repository.path("examples/" + example), target);
		}
	}
}
