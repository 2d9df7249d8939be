package org.journey.dsl.generator;

import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.journey.dsl.generator.tracking.TrackingBaseline;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.map.Actuals;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.MeasurementsFolder;
import org.journey.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * Generates the selected targets for every journey of a file, each journey into a folder named
 * after its qualified name. The selection comes with the run's context ({@link JourneyGeneratorContext});
 * what every target needs of a journey comes with its {@link JourneyRun}, made once per journey. The
 * same code runs in the Eclipse builder, a Maven build and the command line.
 */
public class JourneyGenerator extends AbstractGenerator {

	@Inject
	private GeneratorTargets targets;

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		UpToDateCheck upToDate = context instanceof JourneyGeneratorContext journeyContext ? journeyContext.upToDateCheck() : null;
		for (Journey journey : journeys(resource)) {
			if (upToDate != null && upToDate.isUpToDate(journey, fsa)) {
				continue;
			}
			IFileSystemAccess2 files = upToDate == null ? fsa : upToDate.recording(journey, fsa);
			JourneyRun run = JourneyRun.of(journey, actuals(journey, context),
					context instanceof JourneyGeneratorContext journeyContext ? journeyContext.baseline() : TrackingBaseline.NONE);
			for (ReportTarget target : targets.selectedBy(context)) {
				if (context.getCancelIndicator() != null && context.getCancelIndicator().isCanceled()) {
					return;
				}
				CountingFileSystemAccess counting = new CountingFileSystemAccess(files);
				target.generate(run, counting);
				if (target.rendersEvents() && counting.count() == 0 && !run.trackingPlan().events().isEmpty()) {
					GeneratorWarnings.warn(IssueCodes.TARGET_EMPTY, journey, "The " + target.name()
							+ " target wrote nothing for journey '" + journey.getName()
							+ "', although it has events: see the warnings above, or the errors of 'journey validate'.");
				}
			}
			if (upToDate != null) {
				upToDate.generated(journey, files);
			}
		}
	}

	/**
	 * The journey's measurements, if the run has a measurements folder; a journey it does not hold is
	 * generated without actuals, and the run says so.
	 *
	 * @throws org.journey.dsl.map.MeasurementsException for a file that is there but broken: a
	 *             report must not quietly leave out what the user asked it to show
	 */
	private static Actuals actuals(Journey journey, IGeneratorContext context) {
		if (!(context instanceof JourneyGeneratorContext journeyContext) || journeyContext.measurements() == null) {
			return null;
		}
		MeasurementsFolder measurements = journeyContext.measurements();
		String qualifiedName = JourneyMapBuilder.qualifiedName(journey);
		Optional<Actuals> actuals = measurements.actualsOf(qualifiedName);
		if (actuals.isEmpty()) {
			GeneratorWarnings.warn(IssueCodes.MEASUREMENTS_MISSING, journey, "No measurements of journey '"
					+ journey.getName() + "' in " + measurements.folder() + " (no " + measurements.fileOf(qualifiedName)
					+ "): its reports show the plan without actuals. Measure it with 'journey measure ... --out "
					+ measurements.folder() + "'.");
		}
		return actuals.orElse(null);
	}

	/** The journey's folder: its qualified name, which the grammar keeps to letters, digits, '_' and '.'. */
	public static String outputFolder(JourneyMap map) {
		return map.qualifiedName() + "/";
	}

	private static Iterable<Journey> journeys(Resource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return java.util.List.of();
		}
		return model.getElements().stream().filter(Journey.class::isInstance).map(Journey.class::cast).toList();
	}
}
