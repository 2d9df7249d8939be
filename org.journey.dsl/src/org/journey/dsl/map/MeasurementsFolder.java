package org.journey.dsl.map;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folder {@code journey measure --out DIR} wrote: one folder per journey, named after its
 * qualified name as the generator's output folders are, holding {@value #FILE}. Each file is read
 * once, on first use, and kept: a generator run asks for a journey's actuals as often as it likes.
 */
public final class MeasurementsFolder {

	/** The file of one journey's measurements, in the journey's folder. */
	public static final String FILE = "measurements.json";

	private final Path folder;
	private final Map<String, Optional<Actuals>> read = new ConcurrentHashMap<>();

	public MeasurementsFolder(Path folder) {
		this.folder = folder;
	}

	public Path folder() {
		return folder;
	}

	/** Where the measurements of the journey of this qualified name are. */
	public Path fileOf(String qualifiedName) {
		return folder.resolve(qualifiedName).resolve(FILE);
	}

	/**
	 * The journey's actuals; empty when the folder has no file for it.
	 *
	 * @throws MeasurementsException when the file is there but cannot be read, is not JSON or not as
	 *             its schema says, or measures another journey
	 */
	public Optional<Actuals> actualsOf(String qualifiedName) {
		return read.computeIfAbsent(qualifiedName, this::readFile);
	}

	private Optional<Actuals> readFile(String qualifiedName) {
		Path file = fileOf(qualifiedName);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		if (!Files.isRegularFile(file)) {
			throw new MeasurementsException(file.toString(), "not a file");
		}
		try (InputStream in = Files.newInputStream(file)) {
			return Optional.of(MeasurementsReader.read(in, file.toString(), qualifiedName));
		} catch (IOException e) {
			throw new MeasurementsException(file.toString(), "cannot be read: " + e.getMessage());
		}
	}
}
