package org.journey.measure.engine;

/** The engine --engine names is unknown, or its module is not on the class path: the message says how to run it. */
public final class EngineUnavailableException extends Exception {

	private static final long serialVersionUID = 1L;

	public EngineUnavailableException(String message) {
		super(message);
	}
}
