package org.journey.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.journey.dsl.model.ConceptNames;

/**
 * Reports two elements of the same kind with the same qualified name, with the project's issue
 * code and the duplicated name as issue data (a quick fix renames one of them).
 */
public class JourneyNamesAreUniqueValidationHelper extends NamesAreUniqueValidationHelper {

	@Override
	protected String getErrorCode() {
		return IssueCodes.DUPLICATE_NAME;
	}

	@Override
	protected void createDuplicateNameError(IEObjectDescription description, EClass clusterType,
			ValidationMessageAcceptor acceptor) {
		EObject object = description.getEObjectOrProxy();
		EStructuralFeature feature = getNameFeature(object);
		QualifiedName name = description.getName();
		acceptor.acceptError(
				"Duplicate " + ConceptNames.of(object.eClass()) + " '" + name.getLastSegment()
						+ "': another " + ConceptNames.of(clusterType) + " in this scope has the same name. Rename one of them.",
				object, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, getErrorCode(), name.getLastSegment());
	}
}
