package org.journey.tests.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

/** Where the repository is, for tests that read its files (examples, golden files, shared models). */
public final class Repository {

	/** Set by surefire, see org.journey.tests/pom.xml: the tests run with the module as working directory. */
	public static final String ROOT_PROPERTY = "journey.repository.root";

	private Repository() {
	}

	/** The repository root, absolute. */
	public static Path root() {
		String root = System.getProperty(ROOT_PROPERTY);
		assertNotNull(root, "System property " + ROOT_PROPERTY + " is not set (surefire sets it, see org.journey.tests/pom.xml)");
		return Path.of(root).toAbsolutePath().normalize();
	}

	/** A path relative to the repository root, e.g. {@code examples}. */
	public static Path path(String relative) {
		return root().resolve(relative);
	}
}
