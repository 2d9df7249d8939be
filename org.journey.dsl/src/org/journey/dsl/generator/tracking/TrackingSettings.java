package org.journey.dsl.generator.tracking;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.journey.Tracking;

/**
 * The settings a real analytics setup needs, resolved for one journey: its file's
 * {@code tracking} block, else the first one in the workspace (by file URI), else defaults.
 * {@link TrackingOverrides} on the resource set (the command line's options) replace single values.
 * The Snowplow vendor is null when none is set and the package gives none.
 */
public record TrackingSettings(String measurementId, String containerName, String vendor, String eventsModel,
		String entity, String timestamp) {

	/** GA4's placeholder: a plan with it imports, and the ID is then set in GTM's constant. */
	public static final String DEFAULT_MEASUREMENT_ID = "G-XXXXXXXXXX";
	public static final String DEFAULT_EVENTS_MODEL = "events";
	public static final String DEFAULT_ENTITY = "user_id";
	public static final String DEFAULT_TIMESTAMP = "event_timestamp";

	public static TrackingSettings of(Journey journey) {
		return of(journey, () -> firstBlockOfWorkspace(journey));
	}

	/**
	 * The settings of a journey, with the workspace's first tracking block from
	 * {@code workspaceBlock}: a caller resolving the settings of many journeys looks that block up
	 * once, instead of sorting the workspace's files for each journey.
	 */
	static TrackingSettings of(Journey journey, Supplier<Optional<Tracking>> workspaceBlock) {
		Optional<Tracking> block = blockOf(journey.eResource());
		if (block.isEmpty()) {
			block = workspaceBlock.get();
		}
		String packageName = journey.eContainer() instanceof Model model ? model.getName() : null;
		Tracking tracking = block.orElse(null);
		TrackingSettings settings = new TrackingSettings(
				value(tracking == null ? null : tracking.getMeasurementId(), DEFAULT_MEASUREMENT_ID),
				value(tracking == null ? null : tracking.getContainerName(),
						journey.getTitle() != null ? journey.getTitle() : journey.getName()),
				value(tracking == null ? null : tracking.getVendor(), defaultVendor(packageName)),
				value(tracking == null ? null : tracking.getEventsModel(), DEFAULT_EVENTS_MODEL),
				value(tracking == null ? null : tracking.getEntity(), DEFAULT_ENTITY),
				value(tracking == null ? null : tracking.getTimestamp(), DEFAULT_TIMESTAMP));
		TrackingOverrides overrides = journey.eResource() == null ? null
				: TrackingOverrides.of(journey.eResource().getResourceSet());
		return overrides == null ? settings : overrides.applyTo(settings);
	}

	/**
	 * The tracking block the journey's settings come from: its file's, else the first one in the
	 * workspace (by file URI); empty when the defaults apply.
	 */
	public static Optional<Tracking> trackingBlockOf(Journey journey) {
		Optional<Tracking> block = blockOf(journey.eResource());
		return block.isPresent() ? block : firstBlockOfWorkspace(journey);
	}

	public TrackingSettings withMeasurementId(String value) {
		return new TrackingSettings(Objects.requireNonNull(value), containerName, vendor, eventsModel, entity, timestamp);
	}

	public TrackingSettings withVendor(String value) {
		return new TrackingSettings(measurementId, containerName, Objects.requireNonNull(value), eventsModel, entity,
				timestamp);
	}

	/**
	 * The package as an Iglu vendor (reverse domain notation is usual): "shop.paintings",
	 * "plakater.københavn" as "plakater.koebenhavn"; null if the package gives none (see
	 * {@link SnowplowSchemas#vendorOfPackage}).
	 */
	static String defaultVendor(String packageName) {
		return packageName == null ? "com.example" : SnowplowSchemas.vendorOfPackage(packageName).orElse(null);
	}

	/** The first tracking block of the journey's workspace, by file URI, so the same on every run. */
	static Optional<Tracking> firstBlockOfWorkspace(Journey journey) {
		if (journey.eResource() == null || journey.eResource().getResourceSet() == null) {
			return Optional.empty();
		}
		return journey.eResource().getResourceSet().getResources().stream()
				.sorted(Comparator.comparing(r -> String.valueOf(r.getURI())))
				.map(TrackingSettings::blockOf).flatMap(Optional::stream).findFirst();
	}

	private static Optional<Tracking> blockOf(Resource resource) {
		if (resource == null) {
			return Optional.empty();
		}
		List<EObject> contents = resource.getContents();
		if (contents.isEmpty() || !(contents.get(0) instanceof Model model) || model.getTracking().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(model.getTracking().get(0));
	}

	private static String value(String declared, String fallback) {
		return declared == null || declared.isBlank() ? fallback : declared;
	}
}
