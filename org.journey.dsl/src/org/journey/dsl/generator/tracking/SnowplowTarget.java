package org.journey.dsl.generator.tracking;

import java.util.SortedMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.diff.SchemaVer;
import org.journey.dsl.generator.GeneratorWarnings;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.generator.tracking.IgluWorkspace.IgluEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.validation.IssueCodes;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Snowplow: one Iglu self-describing schema per event, in the directory layout an Iglu static
 * repository and {@code igluctl} expect: {@code tracking/snowplow/schemas/<vendor>/<event>/jsonschema/1-0-0}.
 * With a baseline (the schemas published before), an event's published versions are written again
 * and a changed event gets the next version SchemaVer gives: 1-0-1, 1-1-0 or 2-0-0.
 * The schema of an event is the same in every journey's folder that has it (see
 * {@link IgluWorkspace}), so the {@code schemas} folders of all journeys can be copied into one
 * repository.
 */
public class SnowplowTarget implements ReportTarget {

	public static final String FOLDER = "tracking/snowplow/";

	@Override
	public String name() {
		return "snowplow";
	}

	@Override
	public boolean rendersEvents() {
		return true;
	}

	@Override
	public void generate(JourneyRun run, IFileSystemAccess2 files) {
		Journey journey = run.journey();
		TrackingPlan plan = run.trackingPlan();
		if (plan.events().isEmpty()) {
			return;
		}
		String vendor = plan.settings().vendor();
		if (!SnowplowSchemas.isValidVendor(vendor)) {
			GeneratorWarnings.warn(IssueCodes.SNOWPLOW_NO_VENDOR, journey, noVendor(journey, vendor));
			return;
		}
		IgluWorkspace workspace = IgluWorkspace.of(journey, vendor);
		for (TrackedEvent event : plan.events()) {
			if (!SnowplowSchemas.isValidName(event.name())) {
				GeneratorWarnings.warn(IssueCodes.SNOWPLOW_EVENT_LEFT_OUT, declarationOf(journey, event),
						"Event '" + event.name() + "' has no Snowplow schema: Iglu accepts only letters a-z and A-Z,"
								+ " digits, '-' and '_' in a schema name. Rename the event.");
				continue;
			}
			IgluEvent tracked = workspace.event(event.name()).orElseThrow(() -> new IllegalStateException("Event '"
					+ event.name() + "' of journey '" + journey.getName() + "' is missing from its vendor's events"));
			SortedMap<String, ObjectNode> published = run.baseline().igluVersions(vendor, event.name());
			published.forEach((version, schema) -> TrackingOutput.writeJson(files,
					run.folder() + FOLDER + SnowplowSchemas.path(vendor, event.name(), version), schema));
			ObjectNode schema = SnowplowSchemas.schema(vendor, tracked);
			if (published.isEmpty()) {
				TrackingOutput.writeJson(files, run.folder() + FOLDER + SnowplowSchemas.path(vendor, event.name()), schema);
				continue;
			}
			String latest = published.lastKey();
			SchemaVer level = TrackingBaseline.level(published.get(latest), schema);
			// an unchanged schema (or one whose descriptions alone changed) keeps its published version and text
			if (level != SchemaVer.NONE) {
				String next = level.bump(latest);
				TrackingOutput.writeJson(files, run.folder() + FOLDER + SnowplowSchemas.path(vendor, event.name(), next),
						SnowplowSchemas.schema(vendor, tracked, next));
			}
		}
	}

	private static String noVendor(Journey journey, String vendor) {
		String howToSet = " Set one with snowplow-vendor \"com.example\" in the file's tracking block, or with"
				+ " --snowplow-vendor on the command line; until then the Snowplow target writes nothing for journey '"
				+ journey.getName() + "'.";
		if (vendor == null) {
			String packageName = journey.eContainer() instanceof Model model ? model.getName() : null;
			return "Snowplow needs an Iglu vendor, and package '" + packageName + "' gives none: Iglu accepts only the"
					+ " letters a-z, digits, '-' and '_', in parts separated by dots." + howToSet;
		}
		return "Snowplow vendor '" + vendor + "' is not valid in Iglu: use letters, digits, '-' and '_', in parts"
				+ " separated by single dots, usually a reversed domain such as com.example." + howToSet;
	}

	/** Where the model declares the event, for a warning about it: its first declaration, else the journey. */
	private static EObject declarationOf(Journey journey, TrackedEvent event) {
		var declarations = TrackingPlanBuilder.declarationsByEvent(journey).get(event.name());
		return declarations == null || declarations.isEmpty() ? journey : declarations.get(0);
	}
}
