package org.journey.dsl;


/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class JourneyStandaloneSetup extends JourneyStandaloneSetupGenerated {

	public static void doSetup() {
		new JourneyStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
