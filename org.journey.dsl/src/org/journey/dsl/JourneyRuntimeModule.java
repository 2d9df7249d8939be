package org.journey.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.serializer.sequencer.GenericSequencer;
import org.eclipse.xtext.serializer.sequencer.ISemanticSequencer;
import org.eclipse.xtext.validation.INamesAreUniqueValidationHelper;
import org.journey.dsl.conversion.JourneyValueConverters;
import org.journey.dsl.formatting2.JourneyFormatterPreferences;
import org.journey.dsl.formatting2.JourneyFormatterRequest;
import org.journey.dsl.linking.JourneyLinkingDiagnosticMessageProvider;
import org.journey.dsl.serializer.UnorderedGroupSequencer;
import org.journey.dsl.validation.JourneyNamesAreUniqueValidationHelper;

import com.google.inject.Binder;

/**
 * Registers the language's own components with Guice, at runtime and without Eclipse.
 */
public class JourneyRuntimeModule extends AbstractJourneyRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return JourneyValueConverters.class;
	}

	public Class<? extends org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return JourneyLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends INamesAreUniqueValidationHelper> bindINamesAreUniqueValidationHelper() {
		return JourneyNamesAreUniqueValidationHelper.class;
	}

	@Override
	public void configureFormatterPreferences(Binder binder) {
		binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class)
				.to(JourneyFormatterPreferences.class);
	}

	public Class<? extends FormatterRequest> bindFormatterRequest() {
		return JourneyFormatterRequest.class;
	}

	@Override
	public void configureGenericSemanticSequencer(Binder binder) {
		binder.bind(ISemanticSequencer.class).annotatedWith(GenericSequencer.class).to(UnorderedGroupSequencer.class);
	}
}
