package org.journey.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.journey.cli.Problem;
import org.journey.cli.Workspace;
import org.journey.dsl.generator.JourneyGeneratorContext;
import org.journey.dsl.resource.WorkspaceIndex;

import com.google.inject.Injector;

/** The stages the benchmark and the profiling workload time, run the same way for both. */
final class Stages {

	private Stages() {
	}

	/** Parsed, linked and validated on one thread, each stage timed on its own (nanoseconds). */
	record OneThread(List<Resource> resources, List<Issue> problems, long parse, long link, long validate) {
	}

	/** The files below {@code folder}, parsed, linked (with an index first, as the command line does) and validated on one thread. */
	static OneThread oneThread(Injector injector, Path folder, Iterable<String> files) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
		List<Resource> resources = new ArrayList<>();
		long start = System.nanoTime();
		for (String file : files) {
			Resource resource = resourceSet.createResource(URI.createFileURI(folder.resolve(file).toString()));
			resource.load(resourceSet.getLoadOptions());
			resources.add(resource);
		}
		long parsed = System.nanoTime();
		injector.getInstance(WorkspaceIndex.class).install(resourceSet, resources);
		EcoreUtil.resolveAll(resourceSet);
		long linked = System.nanoTime();
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Issue> problems = new ArrayList<>();
		for (Resource resource : resources) {
			problems.addAll(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		}
		long validated = System.nanoTime();
		return new OneThread(resources, problems, parsed - start, linked - parsed, validated - linked);
	}

	/** The pipeline on every core, each part timed (nanoseconds), with what it found and wrote. */
	record EveryCore(List<Problem> problems, int filesGenerated, long load, long validate, long generate) {
		long total() {
			return load + validate + generate;
		}
	}

	/**
	 * The pipeline as {@code journey generate} runs it, without writing files: files parsed, linked
	 * and validated on every core (the command line's Workspace), then every target generated, one
	 * task per file, into memory.
	 */
	static EveryCore everyCore(Injector injector, Path folder, int threads) throws Exception {
		long start = System.nanoTime();
		Workspace workspace = Workspace.load(injector, List.of(folder), threads);
		long loaded = System.nanoTime();
		List<Problem> problems = workspace.validate(threads);
		long validated = System.nanoTime();
		IGenerator2 generator = injector.getInstance(IGenerator2.class);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		int written = 0;
		try {
			List<Future<InMemoryFileSystemAccess>> generated = new ArrayList<>();
			for (Resource resource : workspace.resources().values()) {
				generated.add(pool.submit(() -> {
					InMemoryFileSystemAccess files = new InMemoryFileSystemAccess();
					generator.doGenerate(resource, files, new JourneyGeneratorContext(null, CancelIndicator.NullImpl));
					return files;
				}));
			}
			for (Future<InMemoryFileSystemAccess> files : generated) {
				written += files.get().getAllFiles().size();
			}
		} finally {
			pool.shutdownNow();
		}
		return new EveryCore(problems, written, loaded - start, validated - loaded, System.nanoTime() - validated);
	}
}
