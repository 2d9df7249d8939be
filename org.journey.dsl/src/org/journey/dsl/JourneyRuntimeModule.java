package org.journey.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.sequencer.GenericSequencer;
import org.eclipse.xtext.serializer.sequencer.ISemanticSequencer;
import org.eclipse.xtext.serializer.sequencer.ISyntacticSequencer;
import org.eclipse.xtext.validation.INamesAreUniqueValidationHelper;
import org.eclipse.xtext.validation.IResourceValidator;
import org.journey.dsl.conversion.JourneyValueConverters;
import org.journey.dsl.formatting2.JourneyFormatterPreferences;
import org.journey.dsl.formatting2.JourneyFormatterRequest;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.report.CsvReport;
import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.generator.report.JsonReport;
import org.journey.dsl.generator.report.MarkdownReport;
import org.journey.dsl.generator.tracking.DbtTarget;
import org.journey.dsl.generator.tracking.Ga4MeasurementPlanTarget;
import org.journey.dsl.generator.tracking.GtmContainerTarget;
import org.journey.dsl.generator.tracking.MixpanelLexiconTarget;
import org.journey.dsl.generator.tracking.SegmentTrackingPlanTarget;
import org.journey.dsl.generator.tracking.SnowplowTarget;
import org.journey.dsl.linking.JourneyLinkingDiagnosticMessageProvider;
import org.journey.dsl.parser.JourneySyntaxErrorMessageProvider;
import org.journey.dsl.parser.TypoTolerantJourneyParser;
import org.journey.dsl.resource.JourneyResource;
import org.journey.dsl.serializer.CommaWritingSyntacticSequencer;
import org.journey.dsl.serializer.UnorderedGroupSequencer;
import org.journey.dsl.validation.JourneyNamesAreUniqueValidationHelper;
import org.journey.dsl.validation.JourneyResourceValidator;

import com.google.inject.Binder;
import com.google.inject.multibindings.Multibinder;

/**
 * Registers the language's own components with Guice, at runtime and without Eclipse.
 */
public class JourneyRuntimeModule extends AbstractJourneyRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return JourneyValueConverters.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return JourneyLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return JourneySyntaxErrorMessageProvider.class;
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return TypoTolerantJourneyParser.class;
	}

	@Override
	public Class<? extends ISyntacticSequencer> bindISyntacticSequencer() {
		return CommaWritingSyntacticSequencer.class;
	}

	/** Files with syntax errors report only those (see JourneyResourceValidator for why). */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return JourneyResourceValidator.class;
	}

	public Class<? extends INamesAreUniqueValidationHelper> bindINamesAreUniqueValidationHelper() {
		return JourneyNamesAreUniqueValidationHelper.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return JourneyResource.class;
	}

	/** The generator's named targets; each report or tracking target adds its binding here. */
	public void configureReportTargets(Binder binder) {
		Multibinder<ReportTarget> targets = Multibinder.newSetBinder(binder, ReportTarget.class);
		targets.addBinding().to(Ga4MeasurementPlanTarget.class);
		targets.addBinding().to(GtmContainerTarget.class);
		targets.addBinding().to(SegmentTrackingPlanTarget.class);
		targets.addBinding().to(MixpanelLexiconTarget.class);
		targets.addBinding().to(SnowplowTarget.class);
		targets.addBinding().to(DbtTarget.class);
		targets.addBinding().to(MarkdownReport.class);
		targets.addBinding().to(CsvReport.class);
		targets.addBinding().to(JsonReport.class);
		targets.addBinding().to(HtmlReport.class);
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
