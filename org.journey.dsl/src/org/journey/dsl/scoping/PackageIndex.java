package org.journey.dsl.scoping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.journey.dsl.journey.Import;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.journey.Model;
import org.journey.dsl.model.EditDistance;

import com.google.inject.Inject;

/**
 * The packages the files of the workspace declare, read from the Xtext index (the files the
 * command line checks, the language server's workspace, the Eclipse project): what an import can
 * name, and which package to import for a name that does not resolve.
 * <p>
 * Lookups go by name in the index where they can ({@link IResourceDescriptions#getExportedObjects(EClass, QualifiedName, boolean)}
 * is a map lookup in the indexes the tools use), so checking every import of every file does not
 * scan the whole workspace for each one.
 */
public class PackageIndex {

	private static final JourneyPackage P = JourneyPackage.eINSTANCE;

	/** At most this many packages are suggested for an import that names none. */
	public static final int MAX_SUGGESTIONS = 5;

	@Inject
	private ResourceDescriptionsProvider resourceDescriptionsProvider;

	/** The names of the packages the workspace's files declare (the file of {@code resource} included), sorted. */
	public Set<QualifiedName> packages(Resource resource) {
		Set<QualifiedName> packages = new TreeSet<>();
		for (IEObjectDescription description : index(resource).getExportedObjectsByType(P.getModel())) {
			packages.add(description.getName());
		}
		ownPackage(resource).ifPresent(packages::add);
		return packages;
	}

	/**
	 * Whether some file declares what an import names: for a wildcard import
	 * ({@code import shop.shared.*}) a package or element with that name or below it, otherwise
	 * ({@code import shop.shared.Families}) an element with exactly that name.
	 */
	public boolean declares(Resource resource, QualifiedName namespace, boolean wildcard) {
		if (namespace.isEmpty()) {
			return false;
		}
		IResourceDescriptions index = index(resource);
		if (ownPackage(resource).filter(own -> own.equals(namespace) || wildcard && own.startsWith(namespace)).isPresent()
				|| declaresExactly(index, namespace)) {
			return true;
		}
		if (!wildcard) {
			return false;
		}
		// a namespace that only prefixes package names (import shop.* for shop.shared): rare, so a scan is fine
		for (IEObjectDescription description : index.getExportedObjects()) {
			if (description.getName().getSegmentCount() > namespace.getSegmentCount() && description.getName().startsWith(namespace)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The packages that declare an element of {@code type} under {@code relativeName} (the name as a
	 * reference wrote it) and that the file of {@code resource} neither is nor imports with a
	 * wildcard: importing one of them makes the name resolve.
	 */
	public List<QualifiedName> packagesDeclaring(Resource resource, EClass type, QualifiedName relativeName) {
		Set<QualifiedName> seen = new TreeSet<>();
		ownPackage(resource).ifPresent(seen::add);
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
			for (Import anImport : model.getImports()) {
				String namespace = anImport.getImportedNamespace();
				if (namespace != null && namespace.endsWith(".*")) {
					seen.add(QualifiedName.create(namespace.substring(0, namespace.length() - 2).split("\\.")));
				}
			}
		}
		IResourceDescriptions index = index(resource);
		List<QualifiedName> declaring = new ArrayList<>();
		for (QualifiedName aPackage : packages(resource)) {
			if (!seen.contains(aPackage)
					&& index.getExportedObjects(type, aPackage.append(relativeName), false).iterator().hasNext()) {
				declaring.add(aPackage);
			}
		}
		return declaring;
	}

	/**
	 * The packages most like {@code written}, likeliest first, at most {@link #MAX_SUGGESTIONS}:
	 * those sharing the most leading segments with it (shop.nonexistent: the shop.* packages),
	 * then the closest in spelling (shopp: shop.shared).
	 */
	public List<QualifiedName> closestPackages(Resource resource, QualifiedName written) {
		String writtenText = written.toString().toLowerCase();
		Optional<QualifiedName> own = ownPackage(resource);
		return packages(resource).stream()
				.filter(p -> own.isEmpty() || !own.get().equals(p)) // a file sees its own package without an import
				.sorted(Comparator.comparingInt((QualifiedName p) -> -sharedLeadingSegments(p, written))
						.thenComparingInt(p -> distanceToLeadingSegments(writtenText, p))
						.thenComparingInt(p -> EditDistance.between(writtenText, p.toString().toLowerCase()))
						.thenComparing(Comparator.naturalOrder()))
				.limit(MAX_SUGGESTIONS)
				.toList();
	}

	/**
	 * How close {@code written} comes to the package or to one of its leading parts: "shopp"
	 * comes within 1 of shop.shared, as it does of shop.
	 */
	private static int distanceToLeadingSegments(String written, QualifiedName aPackage) {
		int closest = Integer.MAX_VALUE;
		for (int segments = 1; segments <= aPackage.getSegmentCount(); segments++) {
			closest = Math.min(closest, EditDistance.between(written, aPackage.skipLast(aPackage.getSegmentCount() - segments)
					.toString().toLowerCase()));
		}
		return closest;
	}

	/** Whether {@code candidate} is close enough in spelling to {@code written} to be what was meant. */
	public static boolean isLikelyMisspelling(QualifiedName written, QualifiedName candidate) {
		String writtenText = written.toString().toLowerCase();
		return EditDistance.between(writtenText, candidate.toString().toLowerCase()) <= Math.max(1, writtenText.length() / 3);
	}

	private static boolean declaresExactly(IResourceDescriptions index, QualifiedName name) {
		for (EClassifier classifier : P.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract()
					&& index.getExportedObjects(type, name, false).iterator().hasNext()) {
				return true;
			}
		}
		return false;
	}

	private static int sharedLeadingSegments(QualifiedName a, QualifiedName b) {
		int shared = 0;
		while (shared < a.getSegmentCount() && shared < b.getSegmentCount()
				&& a.getSegment(shared).equalsIgnoreCase(b.getSegment(shared))) {
			shared++;
		}
		return shared;
	}

	/** The file's own package: in the index too, but the index may lag behind an edit. */
	private static Optional<QualifiedName> ownPackage(Resource resource) {
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model
				&& model.getName() != null && !model.getName().isBlank()) {
			return Optional.of(QualifiedName.create(model.getName().split("\\.")));
		}
		return Optional.empty();
	}

	private IResourceDescriptions index(Resource resource) {
		return resourceDescriptionsProvider.getResourceDescriptions(resource);
	}
}
