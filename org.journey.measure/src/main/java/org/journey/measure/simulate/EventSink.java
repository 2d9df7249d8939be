package org.journey.measure.simulate;

import java.io.IOException;

/** Where simulated events go, one at a time, so that a log of any size streams. */
interface EventSink extends AutoCloseable {

	void write(SimulatedEvent event) throws IOException;

	@Override
	void close() throws IOException;
}
