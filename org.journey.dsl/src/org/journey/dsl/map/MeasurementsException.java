package org.journey.dsl.map;

/**
 * A measurements.json that cannot be read: not JSON, or not what its schema
 * ({@code docs/measurements.schema.json}) describes. The message names the file, where in it
 * (a JSON path such as {@code phases[1].users}) and what is wrong, so a user can fix or
 * re-measure without a stack trace.
 */
public class MeasurementsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final String problem;

	public MeasurementsException(String file, String problem) {
		super(file + ": " + problem);
		this.file = file;
		this.problem = problem;
	}

	/** The file as the caller named it. */
	public String file() {
		return file;
	}

	/** What is wrong, without the file. */
	public String problem() {
		return problem;
	}
}
