package org.journey.tests.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that takes seconds (fuzzing, huge models, a browser or an editor in a process of its own):
 * the quick run ({@code mvn -B verify -Djourney.quick}, the {@code quick} profile of
 * org.journey.tests/pom.xml) leaves it out; the full run and CI run it.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {

	/** The JUnit tag the quick profile excludes. */
	String TAG = "slow";
}
