package org.journey.dsl.generator.tracking;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Tracking settings given outside the model, e.g. on the command line, attached to the resource
 * set the journeys are loaded in. A null value keeps what the model (or the default) says.
 */
public class TrackingOverrides extends AdapterImpl {

	private final String measurementId;
	private final String vendor;

	public TrackingOverrides(String measurementId, String vendor) {
		this.measurementId = measurementId;
		this.vendor = vendor;
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
		TrackingSettings result = settings;
		if (measurementId != null) {
			result = result.withMeasurementId(measurementId);
		}
		if (vendor != null) {
			result = result.withVendor(vendor);
		}
		return result;
	}
}
