package org.journey.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.phasemodel.ModelPhase;
import org.journey.dsl.phasemodel.PhaseModel;
import org.journey.dsl.phasemodel.PhaseModels;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.phasemodel.TypicalTouchpoint;
import org.journey.dsl.starter.StarterModel;
import org.journey.tests.support.ValidationTestBase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code journey new --language da|nb} writes the starter file in Danish or Norwegian. */
class StarterModelLanguageTest extends ValidationTestBase {

	/** The English texts of the starter file: none may be left in a Danish or Norwegian one. */
	private static final List<String> ENGLISH_TEXTS = List.of("Our customers", "Who they are", "Web analytics",
			"Visitors who become customers", "More new customers", "Replace the placeholders", "what the customer wants",
			"events are what", "Where the evidence comes from", "A KPI says", "customer journey on the");

	/** Touchpoint titles that read the same in English, Danish and Norwegian. */
	private static final Set<String> INTERNATIONAL_WORDS = Set.of("App", "Blog", "Chat", "YouTube", "Support");

	@TestFactory
	Stream<DynamicTest> danishAndNorwegianStarterFilesValidateWithoutErrorsOrWarnings() {
		return PhaseModels.all().stream().flatMap(model -> Stream.of(ReportLanguage.DA, ReportLanguage.NB)
				.map(language -> DynamicTest.dynamicTest(model.id() + " " + language.code(), () -> {
					String content = StarterModel.create("Køb af maleri", model, language);

					List<Issue> problems = issues(content).stream()
							.filter(i -> i.getSeverity() == Severity.ERROR || i.getSeverity() == Severity.WARNING).toList();

					assertEquals(List.of(), problems, () -> describe(problems));
				})));
	}

	@TestFactory
	Stream<DynamicTest> danishAndNorwegianStarterFilesHaveNoEnglishText() {
		return PhaseModels.all().stream().flatMap(model -> Stream.of(ReportLanguage.DA, ReportLanguage.NB)
				.map(language -> DynamicTest.dynamicTest(model.id() + " " + language.code(), () -> {
					String content = StarterModel.create("Køb af maleri", model, language);

					for (String english : ENGLISH_TEXTS) {
						assertFalse(content.contains(english), () -> "English text '" + english + "' in\n" + content);
					}
					assertTrue(content.contains("needs \"...\""), content);
				})));
	}

	@Test
	void danishStarterFileTeachesTheLanguageInDanish() {
		String content = StarterModel.create("Køb af maleri", PhaseModels.find(PhaseModels.EIGHT_PHASES).orElseThrow(),
				ReportLanguage.DA);

		assertTrue(content.contains("segment Kunder \"Vores kunder\" {"), content);
		assertTrue(content.contains("// Erstat pladsholderne (\"...\") med det, I ved om jeres kunder, og kør så"), content);
		assertTrue(content.contains("phase KøberIgen \"Køber igen\" {"), content);
		assertTrue(content.contains("touchpoint Genbestillingsmail \"Genbestillingsmail\" {\n            channel email"), content);
	}

	@Test
	void norwegianStarterFileTeachesTheLanguageInNorwegian() {
		String content = StarterModel.create("Kjøp av maleri", PhaseModels.find(PhaseModels.FUNNEL).orElseThrow(),
				ReportLanguage.NB);

		assertTrue(content.contains("segment Kunder \"Våre kunder\" {"), content);
		assertTrue(content.contains("// hva kunden vil, gjør, tenker og føler (-2 svært negativ .. +2 svært positiv)"), content);
		assertTrue(content.contains("touchpoint EPost \"E-post\" {\n            channel email"), content);
	}

	@Test
	void deliveryUpdatesAreEMailNotPost() {
		String content = StarterModel.create("Abonnement", PhaseModels.find(PhaseModels.TWELVE_STEPS).orElseThrow(),
				ReportLanguage.DA);

		assertTrue(content.contains("touchpoint Leveringsopdateringer \"Leveringsopdateringer\" {\n            channel email"),
				content);
	}

	@Test
	void typicalTouchpointsAboutEMailUseTheEMailChannel() {
		for (PhaseModel model : PhaseModels.all()) {
			for (ModelPhase phase : model.phases()) {
				for (TypicalTouchpoint touchpoint : phase.typicalTouchpoints()) {
					String english = touchpoint.title(ReportLanguage.EN).toLowerCase(Locale.ROOT);
					if (english.contains("e-mail") || english.contains("newsletter") && !english.contains("sign-up")) {
						assertEquals("email", touchpoint.channel(), () -> model.id() + " " + phase.id() + ": " + english);
					}
				}
			}
		}
	}

	@Test
	void everyTypicalTouchpointHasDanishAndNorwegianTitles() {
		for (PhaseModel model : PhaseModels.all()) {
			for (ModelPhase phase : model.phases()) {
				for (TypicalTouchpoint touchpoint : phase.typicalTouchpoints()) {
					String english = touchpoint.title(ReportLanguage.EN);
					if (INTERNATIONAL_WORDS.contains(english)) {
						continue;
					}
					for (ReportLanguage language : List.of(ReportLanguage.DA, ReportLanguage.NB)) {
						assertNotEquals(english, touchpoint.title(language), () -> model.id() + " " + phase.id() + " " + language);
					}
				}
			}
		}
	}
}
