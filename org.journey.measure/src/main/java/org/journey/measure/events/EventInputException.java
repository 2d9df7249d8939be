package org.journey.measure.events;

/**
 * Event data that cannot be read at all: a path that does not exist, a file of an unknown kind, a
 * file whose columns match no supported format. The message names the file and says how to fix
 * it; the command line prints it and exits with 2. (A bad row is not this: it is counted and
 * reported, and the rest of the file is measured.)
 */
public final class EventInputException extends Exception {

	private static final long serialVersionUID = 1L;

	public EventInputException(String message) {
		super(message);
	}

	public EventInputException(String message, Throwable cause) {
		super(message, cause);
	}
}
