package org.journey.dsl.validation;

import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.validation.Check;
import org.journey.dsl.generator.tracking.DbtExpressibility;
import org.journey.dsl.generator.tracking.SnowplowSchemas;
import org.journey.dsl.generator.tracking.TrackingPlanBuilder;
import org.journey.dsl.generator.tracking.TrackingSettings;
import org.journey.dsl.journey.Conversion;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Tracking;

/**
 * Settings of the tracking block and formulas, as the analytics tools will accept them: a GA4
 * measurement ID, an Iglu vendor, dbt identifiers, and formulas dbt metrics can express.
 */
public class TrackingValidator extends AbstractJourneyCheck {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;
	private static final Pattern MEASUREMENT_ID = Pattern.compile("G-[A-Z0-9]{4,}");
	/** Iglu's pattern for a vendor, in parts separated by single dots (the vendor becomes a folder). */
	private static final Pattern IGLU_VENDOR = SnowplowSchemas.VENDOR;
	private static final Pattern DBT_NAME = org.journey.dsl.generator.tracking.DbtNames.SETTING;

	@Check
	public void checkOneTrackingBlockPerFile(Model model) {
		for (int i = 1; i < model.getTracking().size(); i++) {
			error("A file has one tracking block; merge this one into the first.", model, P.getModel_Tracking(), i,
					IssueCodes.TRACKING_SETTINGS_DUPLICATE);
		}
	}

	@Check
	public void checkMeasurementId(Tracking tracking) {
		String id = tracking.getMeasurementId();
		if (id != null && !MEASUREMENT_ID.matcher(id).matches()) {
			warning("'" + id + "' does not look like a GA4 measurement ID (G- followed by letters and digits, e.g."
					+ " G-1A2B3C4D5E). Copy it from GA4's data stream settings.",
					P.getTracking_MeasurementId(), IssueCodes.GA4_MEASUREMENT_ID_INVALID, id);
		}
	}

	@Check
	public void checkSnowplowVendor(Tracking tracking) {
		String vendor = tracking.getVendor();
		if (vendor != null && !IGLU_VENDOR.matcher(vendor).matches()) {
			error("Snowplow vendor '" + vendor + "' is not valid in Iglu: use letters, digits, '-' and '_' in parts"
					+ " separated by single dots, usually a reversed domain such as com.example.",
					P.getTracking_Vendor(), IssueCodes.SNOWPLOW_VENDOR_INVALID, vendor);
		}
	}

	/**
	 * Snowplow needs an Iglu vendor for a file whose journeys track events: set in a tracking block,
	 * else derived from the package, which fails only for a package of letters Iglu has no ASCII
	 * form for. Without one the Snowplow target writes nothing, so say so where the modeller looks.
	 */
	@Check
	public void checkSnowplowVendorDerivable(Model model) {
		// nearly every package gives a vendor; only for the others are the journeys looked at
		if (model.getName() == null || SnowplowSchemas.vendorOfPackage(model.getName()).isPresent()) {
			return;
		}
		Optional<Journey> tracking = model.getElements().stream().filter(Journey.class::isInstance)
				.map(Journey.class::cast).filter(j -> !TrackingPlanBuilder.declarationsByEvent(j).isEmpty()).findFirst();
		if (tracking.isPresent() && TrackingSettings.of(tracking.get()).vendor() == null) {
			warning("Snowplow needs an Iglu vendor, and package '" + model.getName() + "' gives none: Iglu accepts only"
					+ " the letters a-z, digits, '-' and '_'. Set snowplow-vendor in a tracking block (e.g. tracking {"
					+ " snowplow-vendor \"com.example\" }), or pass --snowplow-vendor to 'journey generate'.",
					P.getModel_Name(), IssueCodes.SNOWPLOW_VENDOR_MISSING, model.getName());
		}
	}

	@Check
	public void checkDbtNames(Tracking tracking) {
		checkDbtName(tracking.getEventsModel(), P.getTracking_EventsModel(), "events model");
		checkDbtName(tracking.getEntity(), P.getTracking_Entity(), "entity");
		checkDbtName(tracking.getTimestamp(), P.getTracking_Timestamp(), "timestamp column");
	}

	/** What dbt metrics can express is decided in {@link DbtExpressibility}, for the dbt target too. */
	@Check
	public void checkFormulaExpressibleInDbt(Kpi kpi) {
		DbtExpressibility.obstacle(kpi.getFormula()).ifPresent(obstacle -> warning(switch (obstacle) {
		case SHAPE -> "dbt metrics cannot express this formula: use one aggregate, a ratio of two (a / b), or a"
				+ " conversion. The dbt target leaves KPI '" + kpi.getName() + "' out.";
		case SAME_EVENT_CONVERSION -> "dbt metrics cannot express a conversion from an event to the same event:"
				+ " MetricFlow would count every " + ((Conversion) kpi.getFormula()).getFrom().getName()
				+ " as its own conversion. Compute it in a dbt model instead; the dbt target leaves KPI '"
				+ kpi.getName() + "' out.";
		}, P.getKpi_Formula(), IssueCodes.FORMULA_NOT_EXPRESSIBLE_IN_DBT, kpi.getName()));
	}

	private void checkDbtName(String name, EAttribute feature, String what) {
		if (name != null && !DBT_NAME.matcher(name).matches()) {
			error("dbt " + what + " '" + name + "' must be a lower-case snake_case name (letters, digits, '_').",
					feature, IssueCodes.DBT_NAME_INVALID, name);
		}
	}
}
