package org.journey.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.journey.dsl.generator.GeneratorWarnings;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.resource.WorkspaceIndex;

import com.google.inject.Injector;

/**
 * The .journey files named on the command line (folders are searched recursively), loaded into
 * one resource set so references between files resolve, as in an IDE workspace.
 */
public final class Workspace {

	public static final String EXTENSION = ".journey";

	private final Injector injector;
	private final XtextResourceSet resourceSet;
	private final Map<Path, Resource> resources = new LinkedHashMap<>();
	/** How files read from elsewhere than the file system are named in messages ("HEAD:shop.journey"). */
	private final Map<Path, String> names = new LinkedHashMap<>();
	/** Files whose bytes are not UTF-8: the decoder read them with replacement characters, silently. */
	private final Map<Path, Problem> encodingProblems = new LinkedHashMap<>();
	private final Path base;

	private Workspace(Injector injector, Path base) {
		this.injector = injector;
		this.base = base;
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
	}

	/** Loads the files; throws NoSuchFileException for a path that does not exist. */
	public static Workspace load(Injector injector, List<Path> paths) throws IOException {
		return load(injector, paths, defaultThreads());
	}

	/**
	 * Loads the files, parsing them on {@code threads} threads; the result is the same whatever
	 * the count. Throws NoSuchFileException for a path that does not exist.
	 */
	public static Workspace load(Injector injector, List<Path> paths, int threads) throws IOException {
		Workspace workspace = new Workspace(injector, Path.of("").toAbsolutePath());
		List<Path> files = collect(paths);
		MemoryBudget.check(files, workspace::display);
		if (threads > 1) {
			prepareMetamodel();
		}
		List<Parsed> parsed = Parallel.map(files, threads, workspace::parse);
		for (int i = 0; i < files.size(); i++) {
			// moved into the workspace's resource set in the files' order, as a sequential load adds them
			Path file = files.get(i);
			workspace.resourceSet.getResources().add(parsed.get(i).resource());
			workspace.resources.put(file, parsed.get(i).resource());
			parsed.get(i).encodingProblem().ifPresent(problem -> workspace.encodingProblems.put(file, problem));
		}
		workspace.link(threads);
		return workspace;
	}

	private record Parsed(Resource resource, Optional<Problem> encodingProblem) {
	}

	/**
	 * Parses one file in a resource set of its own: files parsed at the same time share nothing.
	 * Only linking, which runs after all are parsed, needs them in one resource set.
	 */
	private Parsed parse(Path file) throws IOException {
		XtextResourceSet own = injector.getInstance(XtextResourceSet.class);
		Resource resource = own.createResource(URI.createFileURI(file.toString()));
		try {
			resource.load(resourceSet.getLoadOptions());
			return new Parsed(resource, Utf8Check.firstMalformed(file).map(position -> new Problem(display(file), position.line(),
					position.column(), Severity.ERROR, position.message(), Utf8Check.ISSUE_CODE)));
		} catch (IOException e) {
			throw new IOException("cannot read " + display(file) + ": " + e.getMessage(), e);
		}
	}

	/**
	 * EMF works out a class's features on their first use, unsynchronised; done here, once, before
	 * several threads build models of those classes.
	 */
	private static void prepareMetamodel() {
		for (EClassifier classifier : JourneyPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				eClass.getEAllSuperTypes();
				eClass.getEAllAttributes();
				eClass.getEAllReferences();
				eClass.getEAllContainments();
				eClass.getEAllOperations();
				for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
					eClass.getFeatureID(feature);
				}
			}
		}
	}

	/** Threads to use: the system property journey.threads, else one per core. */
	public static int defaultThreads() {
		String property = System.getProperty("journey.threads");
		if (property != null && property.matches("[1-9][0-9]{0,3}")) {
			return Integer.parseInt(property);
		}
		return Runtime.getRuntime().availableProcessors();
	}

	/**
	 * Indexes the files and resolves their references, each file's on one thread: a file's
	 * description reads only that file; resolving a reference reads the index, built before, and
	 * writes only the file that holds the reference. The first file is linked alone: Xtext sets up
	 * what it keeps per resource set (the containers' view of the index) on first use, unsynchronised.
	 */
	private void link(int threads) {
		WorkspaceIndex index = injector.getInstance(WorkspaceIndex.class);
		List<Resource> files = new ArrayList<>(resources.values());
		index.install(resourceSet, files, Parallel.mapUnchecked(files, threads, index::describe));
		if (files.isEmpty()) {
			return;
		}
		IResourceDescriptions described = injector.getInstance(ResourceDescriptionsProvider.class).getResourceDescriptions(resourceSet);
		injector.getInstance(IContainer.Manager.class).getVisibleContainers(described.getResourceDescription(files.get(0).getURI()),
				described);
		EcoreUtil.resolveAll(files.get(0));
		Parallel.mapUnchecked(files.subList(1, files.size()), threads, resource -> {
			EcoreUtil.resolveAll(resource);
			return resource;
		});
	}

	/** A file's content read from elsewhere (a git revision): its path, its name in messages, its bytes. */
	public record Content(Path path, String name, byte[] bytes) {
	}

	/** Loads files from their contents, each with the URI of its path, as {@link #load} loads files. */
	public static Workspace loadContents(Injector injector, List<Content> contents) throws IOException {
		Workspace workspace = new Workspace(injector, Path.of("").toAbsolutePath());
		for (Content content : contents) {
			Path file = content.path().toAbsolutePath().normalize();
			Resource resource = workspace.resourceSet.createResource(URI.createFileURI(file.toString()));
			resource.load(new java.io.ByteArrayInputStream(content.bytes()), workspace.resourceSet.getLoadOptions());
			workspace.resources.put(file, resource);
			workspace.names.put(file, content.name());
		}
		injector.getInstance(WorkspaceIndex.class).install(workspace.resourceSet, workspace.resources.values());
		EcoreUtil.resolveAll(workspace.resourceSet);
		return workspace;
	}

	/** The .journey files below the paths, each once, in a stable order. */
	static List<Path> collect(List<Path> paths) throws IOException {
		TreeSet<Path> files = new TreeSet<>(Comparator.comparing(Path::toString));
		for (Path path : paths) {
			Path absolute = path.toAbsolutePath().normalize();
			if (!Files.exists(absolute)) {
				throw new NoSuchFileException(path.toString(), null, "no such file or folder");
			}
			if (Files.isDirectory(absolute)) {
				try (Stream<Path> walk = Files.walk(absolute)) {
					walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION))
							.forEach(files::add);
				}
			} else if (!Files.isRegularFile(absolute)) {
				// a FIFO or a device would block the read, or never end
				throw new IOException(path + " is not a regular file; name .journey files or folders");
			} else if (!absolute.getFileName().toString().endsWith(EXTENSION)) {
				throw new IOException(path + " is not a .journey file; name .journey files or folders");
			} else {
				files.add(absolute);
			}
		}
		return new ArrayList<>(files);
	}

	public Map<Path, Resource> resources() {
		return resources;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	public Injector injector() {
		return injector;
	}

	/** Every file's diagnostics, sorted by file, line and column. */
	public List<Problem> validate() {
		return validate(defaultThreads());
	}

	/** Every file's diagnostics, sorted by file, line and column; files validated on {@code threads} threads. */
	public List<Problem> validate(int threads) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Map.Entry<Path, Resource>> files = new ArrayList<>(resources.entrySet());
		List<List<Problem>> byFile = Parallel.mapUnchecked(files, threads, entry -> {
			List<Problem> problems = new ArrayList<>();
			for (Issue issue : validator.validate(entry.getValue(), CheckMode.ALL, CancelIndicator.NullImpl)) {
				problems.add(new Problem(display(entry.getKey()), value(issue.getLineNumber()), value(issue.getColumn()),
						issue.getSeverity() == null ? Severity.ERROR : issue.getSeverity(), issue.getMessage(), issue.getCode()));
			}
			return problems;
		});
		List<Problem> problems = new ArrayList<>(encodingProblems.values());
		byFile.forEach(problems::addAll);
		problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
		return problems;
	}

	/** Why a file's bytes are not UTF-8, if they are not: such a file is neither generated nor formatted. */
	public Optional<Problem> encodingProblemOf(Path file) {
		return Optional.ofNullable(encodingProblems.get(file));
	}

	/** The generator's warnings as problems of the files they are about, in the order they were reported. */
	public List<Problem> problemsOf(List<GeneratorWarnings.Warning> warnings) {
		List<Problem> problems = new ArrayList<>();
		for (GeneratorWarnings.Warning warning : warnings) {
			String file = resources.entrySet().stream()
					.filter(entry -> String.valueOf(entry.getValue().getURI()).equals(warning.uri()))
					.map(entry -> display(entry.getKey())).findFirst().orElse(warning.uri());
			problems.add(new Problem(file, Math.max(1, warning.line()), Math.max(1, warning.column()), Severity.WARNING,
					warning.message(), warning.code()));
		}
		return problems;
	}

	/** A path as the user should read it: relative to the current folder when below it. */
	public String display(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		if (names.containsKey(absolute)) {
			return names.get(absolute);
		}
		return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
	}

	private static int value(Integer number) {
		return number == null ? 1 : number;
	}
}
