package org.journey.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.eclipse.xtext.util.Modules2;
import org.journey.dsl.JourneyRuntimeModule;
import org.journey.dsl.JourneyStandaloneSetup;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class JourneyIdeSetup extends JourneyStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new JourneyRuntimeModule(), new JourneyIdeModule()));
	}
	
}
