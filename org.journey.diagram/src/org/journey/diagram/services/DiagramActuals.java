package org.journey.diagram.services;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.Actuals;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.MeasurementsException;
import org.journey.dsl.map.MeasurementsFolder;
import org.journey.dsl.map.MeasurementsReader;

/**
 * Where the diagram finds what {@code journey measure} measured on a journey: in the folder
 * {@value #FOLDER} beside the journey's file, laid out as {@code journey measure --out} writes it,
 * {@code measurements/<package>.<Journey>/measurements.json}. So
 * {@code journey measure shop.journey --events ... --out measurements}, run in the model's folder,
 * is all it takes. Read through the resource set's URI converter, so it works for workspace
 * ({@code platform:/resource}) and plain file URIs alike; a file is read again only when its time
 * stamp changes. A journey without a file, or with one that cannot be read, shows no actuals
 * (the diagram has no place for an error; {@code journey generate --measurements} names it).
 */
final class DiagramActuals {

	/** The folder beside a model file that holds its journeys' measurements. */
	static final String FOLDER = "measurements";

	private record Read(long timeStamp, Optional<Actuals> actuals) {
	}

	private static final Map<URI, Read> CACHE = new ConcurrentHashMap<>();

	private DiagramActuals() {
	}

	/** The journey's actuals from the measurements folder beside its file, if there are any. */
	static Optional<Actuals> of(Journey journey) {
		Resource resource = journey.eResource();
		if (resource == null || resource.getURI() == null || resource.getURI().segmentCount() == 0) {
			return Optional.empty();
		}
		String qualifiedName = JourneyMapBuilder.qualifiedName(journey);
		URI file = resource.getURI().trimSegments(1).appendSegment(FOLDER).appendSegment(qualifiedName)
				.appendSegment(MeasurementsFolder.FILE);
		URIConverter converter = resource.getResourceSet() != null ? resource.getResourceSet().getURIConverter()
				: new ExtensibleURIConverterImpl();
		if (!converter.exists(file, null)) {
			CACHE.remove(file);
			return Optional.empty();
		}
		long timeStamp = timeStamp(converter, file);
		Read cached = CACHE.get(file);
		if (cached != null && cached.timeStamp() == timeStamp && timeStamp != URIConverter.NULL_TIME_STAMP) {
			return cached.actuals();
		}
		Optional<Actuals> actuals = read(converter, file, qualifiedName);
		CACHE.put(file, new Read(timeStamp, actuals));
		return actuals;
	}

	private static Optional<Actuals> read(URIConverter converter, URI file, String qualifiedName) {
		try (InputStream in = converter.createInputStream(file)) {
			return Optional.of(MeasurementsReader.read(in, file.toString(), qualifiedName));
		} catch (IOException | MeasurementsException unreadable) {
			return Optional.empty();
		}
	}

	private static long timeStamp(URIConverter converter, URI file) {
		Object stamp = converter.getAttributes(file, Map.of(URIConverter.OPTION_REQUESTED_ATTRIBUTES,
				Set.of(URIConverter.ATTRIBUTE_TIME_STAMP))).get(URIConverter.ATTRIBUTE_TIME_STAMP);
		return stamp instanceof Long value ? value : URIConverter.NULL_TIME_STAMP;
	}
}
