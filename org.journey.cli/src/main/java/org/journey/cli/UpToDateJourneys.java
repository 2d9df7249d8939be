package org.journey.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.journey.dsl.generator.ForwardingFileSystemAccess;
import org.journey.dsl.generator.UpToDateCheck;
import org.journey.dsl.journey.Event;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.map.MeasurementsFolder;
import org.journey.dsl.scoping.JourneyScopeProvider;

/**
 * Skips the journeys whose output is up to date. Each journey's folder below --out holds a stamp
 * ({@value #STAMP}): a hash of the journey's inputs (the text of its file and of every file it
 * depends on, the command's options, its measurements, the tool's version) and a hash of each file
 * it wrote. A journey is generated again when any input hash differs or an output file is missing
 * or was changed by hand.
 * <p>
 * A file depends on the files its references lead to, transitively, and on the files that declare
 * its events too (one event name is one analytics event across the workspace): a journey is
 * regenerated more often than strictly needed, never less.
 */
final class UpToDateJourneys implements UpToDateCheck {

	/** The stamp's name in each journey's folder. */
	static final String STAMP = ".journey-generated";

	private static final String FORMAT = "journey generate stamp 1";

	private final boolean force;
	private final String options;
	private final MeasurementsFolder measurements;
	/** file (resource URI) to the hash of its text, for every file of the workspace */
	private final Map<URI, String> textHashes = new HashMap<>();
	/** file to the files it depends on directly */
	private final Map<URI, Set<URI>> dependencies = new HashMap<>();
	private final AtomicInteger skipped = new AtomicInteger();

	/**
	 * Reads what every journey depends on, before generating starts (on one thread: the generator's
	 * threads then only read these maps).
	 */
	UpToDateJourneys(Iterable<Resource> resources, JourneyScopeProvider scopes, String options, MeasurementsFolder measurements,
			boolean force) {
		this.force = force;
		this.options = options + "\ntool " + toolVersion();
		this.measurements = measurements;
		for (Resource resource : resources) {
			// line endings do not change what is generated (HostileInputTest), so they do not change the stamp
			String text = textOf(resource).replace("\r\n", "\n").replace('\r', '\n');
			textHashes.put(resource.getURI(), sha256(text.getBytes(StandardCharsets.UTF_8)));
			dependencies.put(resource.getURI(), directDependencies(resource, scopes));
		}
	}

	/** How many journeys were found up to date and not generated. */
	int skipped() {
		return skipped.get();
	}

	@Override
	public boolean isUpToDate(Journey journey, IFileSystemAccess2 files) {
		if (force) {
			return false;
		}
		String stampFile = stampOf(journey);
		if (!files.isFile(stampFile)) {
			return false;
		}
		String[] lines = files.readTextFile(stampFile).toString().split("\n");
		if (lines.length < 2 || !lines[0].equals(FORMAT) || !lines[1].equals("inputs " + inputsOf(journey))) {
			return false;
		}
		for (int i = 2; i < lines.length; i++) {
			int space = lines[i].indexOf(' ');
			if (space < 0) {
				return false;
			}
			String output = lines[i].substring(space + 1);
			if (!files.isFile(output) || !lines[i].substring(0, space).equals(sha256(read(files, output)))) {
				return false;
			}
		}
		skipped.incrementAndGet();
		return true;
	}

	@Override
	public IFileSystemAccess2 recording(Journey journey, IFileSystemAccess2 files) {
		return new RecordingFiles(files);
	}

	@Override
	public void generated(Journey journey, IFileSystemAccess2 recording) {
		RecordingFiles outputs = (RecordingFiles) recording;
		StringBuilder stamp = new StringBuilder(FORMAT).append("\ninputs ").append(inputsOf(journey)).append('\n');
		new TreeMap<>(outputs.hashes).forEach((file, hash) -> stamp.append(hash).append(' ').append(file).append('\n'));
		outputs.unrecorded().generateFile(stampOf(journey), stamp);
	}

	private static String stampOf(Journey journey) {
		return JourneyMapBuilder.qualifiedName(journey) + "/" + STAMP;
	}

	/** One hash of everything the journey's output is made from. */
	private String inputsOf(Journey journey) {
		StringBuilder inputs = new StringBuilder(options).append("\njourney ").append(JourneyMapBuilder.qualifiedName(journey));
		URI own = journey.eResource().getURI();
		Set<URI> closure = new LinkedHashSet<>();
		Deque<URI> toVisit = new ArrayDeque<>(Set.of(own));
		while (!toVisit.isEmpty()) {
			URI file = toVisit.pop();
			if (closure.add(file)) {
				toVisit.addAll(dependencies.getOrDefault(file, Set.of()));
			}
		}
		// by file name and text, not by path: an output folder stays up to date when the models move with it
		closure.stream().map(uri -> "\nfile " + uri.lastSegment() + " " + textHashes.getOrDefault(uri, "?")).sorted()
				.forEach(inputs::append);
		if (measurements != null) {
			Path file = measurements.fileOf(JourneyMapBuilder.qualifiedName(journey));
			try {
				inputs.append("\nmeasurements ").append(Files.isRegularFile(file) ? sha256(Files.readAllBytes(file)) : "none");
			} catch (IOException e) {
				inputs.append("\nmeasurements unreadable");
			}
		}
		return sha256(inputs.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static Set<URI> directDependencies(Resource resource, JourneyScopeProvider scopes) {
		Set<URI> files = new LinkedHashSet<>();
		for (TreeIterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			for (EObject target : object.eCrossReferences()) {
				addFileOf(target, resource, files);
			}
			if (object instanceof Event event && event.getName() != null) {
				scopes.declarationsOf(event.getName(), event).forEach(other -> addFileOf(other, resource, files));
			}
		}
		return files;
	}

	private static void addFileOf(EObject target, Resource from, Set<URI> files) {
		Resource file = target.eResource();
		if (file != null && file != from) {
			files.add(file.getURI());
		}
	}

	private static String textOf(Resource resource) {
		if (resource.getContents().isEmpty()) {
			return "";
		}
		var node = NodeModelUtils.getNode(resource.getContents().get(0));
		return node == null ? "" : node.getRootNode().getText();
	}

	/** The release's version; for a development build, the jar's size and time, which change with every build. */
	private static String toolVersion() {
		String version = JourneyCli.class.getPackage().getImplementationVersion();
		if (version != null) {
			return version;
		}
		try {
			Path code = Path.of(JourneyCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return "development " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
		} catch (IOException | URISyntaxException | RuntimeException e) {
			return "development";
		}
	}

	private static byte[] read(IFileSystemAccess2 files, String name) {
		try (InputStream in = files.readBinaryFile(name)) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK has no SHA-256", e);
		}
	}

	/** Passes everything on and remembers the hash of each file written. */
	private static final class RecordingFiles extends ForwardingFileSystemAccess {

		final Map<String, String> hashes = new LinkedHashMap<>();

		RecordingFiles(IFileSystemAccess2 delegate) {
			super(delegate);
		}

		/** The files themselves, for what is not an output of the journey (its stamp). */
		IFileSystemAccess2 unrecorded() {
			return delegate;
		}

		@Override
		public void generateFile(String fileName, CharSequence contents) {
			// encoded once, for the hash and for the file
			byte[] bytes = contents.toString().getBytes(StandardCharsets.UTF_8);
			hashes.put(fileName, sha256(bytes));
			delegate.generateFile(fileName, new ByteArrayInputStream(bytes));
		}

		@Override
		public void generateFile(String fileName, String outputConfigurationName, CharSequence contents) {
			generateFile(fileName, contents);
		}

		@Override
		public void generateFile(String fileName, InputStream content) {
			byte[] bytes = readAll(content);
			hashes.put(fileName, sha256(bytes));
			delegate.generateFile(fileName, new ByteArrayInputStream(bytes));
		}

		@Override
		public void generateFile(String fileName, String outputCfgName, InputStream content) {
			generateFile(fileName, content);
		}

		@Override
		public void deleteFile(String fileName) {
			hashes.remove(fileName);
			delegate.deleteFile(fileName);
		}

		@Override
		public void deleteFile(String fileName, String outputConfigurationName) {
			deleteFile(fileName);
		}
	}
}
