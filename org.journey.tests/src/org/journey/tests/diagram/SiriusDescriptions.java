package org.journey.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.tests.support.Repository;

/**
 * Loads the journey-map viewpoint description ({@code org.journey.diagram/description/journey.odesign})
 * with plain EMF, without an Eclipse runtime: Sirius's own metamodels are read as dynamic packages
 * from {@code ../shared/sirius-metamodel} (next to the repository, see its README), the journey
 * language's EPackage is the generated one.
 */
final class SiriusDescriptions {

	static final String ODESIGN = "org.journey.diagram/description/journey.odesign";

	private static final String VIEWPOINT_ECORE = "org.eclipse.sirius.model/model/viewpoint.ecore";
	private static final String DIAGRAM_ECORE = "org.eclipse.sirius.diagram.model/model/diagram.ecore";

	private SiriusDescriptions() {
	}

	/** The folder of Sirius's metamodels; fails with what is missing when the repository is not beside ../shared. */
	static Path siriusMetamodels() {
		Path folder = Repository.root().resolve("../shared/sirius-metamodel").normalize();
		assertTrue(Files.isRegularFile(folder.resolve(DIAGRAM_ECORE)),
				() -> "The Sirius metamodels are missing: expected " + folder.resolve(DIAGRAM_ECORE)
						+ " (the repository is expected beside ../shared)");
		return folder;
	}

	/** A resource set that reads .odesign files: Sirius's packages and the journey package registered by nsURI. */
	static ResourceSet newResourceSet() throws IOException {
		Path sirius = siriusMetamodels();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		URL ecoreModel = EcorePackage.class.getResource("/model/Ecore.ecore");
		assertNotNull(ecoreModel, "model/Ecore.ecore is not in the EMF ecore jar");
		resourceSet.getURIConverter().getURIMap().put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore"),
				URI.createURI(ecoreModel.toString()));
		resourceSet.getURIConverter().getURIMap().put(URI.createURI("environment:/viewpoint"),
				fileUri(sirius.resolve("org.eclipse.sirius.model/model/Environment.odesign")));
		resourceSet.getURIConverter().getURIMap().put(URI.createURI("environment:/diagram"),
				fileUri(sirius.resolve("org.eclipse.sirius.diagram/model/DiagramEnvironment.odesign")));
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		for (String ecore : List.of(VIEWPOINT_ECORE, DIAGRAM_ECORE)) {
			Resource resource = resourceSet.getResource(fileUri(sirius.resolve(ecore)), true);
			for (EObject root : resource.getContents()) {
				register(resourceSet, (EPackage) root);
			}
		}
		resourceSet.getPackageRegistry().put(JourneyPackage.eNS_URI, JourneyPackage.eINSTANCE);
		return resourceSet;
	}

	/** The journey-map description, loaded and with every reference resolved. */
	static Resource loadOdesign(ResourceSet resourceSet) {
		Path odesign = Repository.root().resolve(ODESIGN);
		assertTrue(Files.isRegularFile(odesign), () -> "no " + odesign);
		Resource resource = resourceSet.getResource(fileUri(odesign), true);
		EcoreUtil.resolveAll(resourceSet);
		return resource;
	}

	static Resource loadOdesign() throws IOException {
		return loadOdesign(newResourceSet());
	}

	/** Every object of the resource, in document order. */
	static List<EObject> allContents(Resource resource) {
		List<EObject> all = new ArrayList<>();
		resource.getAllContents().forEachRemaining(all::add);
		return all;
	}

	private static void register(ResourceSet resourceSet, EPackage ePackage) {
		resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
		ePackage.getESubpackages().forEach(sub -> register(resourceSet, sub));
	}

	private static URI fileUri(Path path) {
		return URI.createFileURI(path.toAbsolutePath().normalize().toString());
	}
}
