package org.journey.dsl.generator.tracking;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Tracking settings given outside the model, e.g. on the command line, attached to the resource
 * set the journeys are loaded in. A null value keeps what the model (or the default) says.
 */
public class TrackingOverrides extends AdapterImpl {

	private final TrackingSettings values;

	/**
	 * Overrides; each null component keeps the model's value. Components as in
	 * {@link TrackingSettings}: measurement ID, GTM container, Snowplow vendor, dbt events model,
	 * dbt entity, dbt timestamp.
	 */
	public TrackingOverrides(TrackingSettings values) {
		this.values = values;
	}

	public TrackingOverrides(String measurementId, String vendor) {
		this(new TrackingSettings(measurementId, null, vendor, null, null, null));
	}

	public static void attach(ResourceSet resourceSet, TrackingOverrides overrides) {
		resourceSet.eAdapters().removeIf(TrackingOverrides.class::isInstance);
		resourceSet.eAdapters().add(overrides);
	}

	static TrackingOverrides of(ResourceSet resourceSet) {
		return resourceSet == null ? null : (TrackingOverrides) EcoreUtil.getAdapter(resourceSet.eAdapters(), TrackingOverrides.class);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == TrackingOverrides.class;
	}

	TrackingSettings applyTo(TrackingSettings settings) {
		return new TrackingSettings(
				pick(values.measurementId(), settings.measurementId()),
				pick(values.containerName(), settings.containerName()),
				pick(values.vendor(), settings.vendor()),
				pick(values.eventsModel(), settings.eventsModel()),
				pick(values.entity(), settings.entity()),
				pick(values.timestamp(), settings.timestamp()));
	}

	private static String pick(String override, String value) {
		return override != null ? override : value;
	}
}
