package org.journey.dsl.validation;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.Element;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.model.ConceptNames;
import org.journey.dsl.model.IndexEntries;

import com.google.inject.Inject;

/**
 * Two files of a workspace declaring the same qualified name: references to it would silently
 * pick one of them. (Duplicates within one file are reported by Xtext's NamesAreUniqueValidator;
 * nested elements inherit uniqueness from their top-level container.)
 */
public class CrossFileNamesValidator extends AbstractJourneyCheck {

	@Inject
	private ResourceDescriptionsProvider resourceDescriptionsProvider;

	@Inject
	private IQualifiedNameProvider qualifiedNameProvider;

	@Check
	public void checkNameUniqueAcrossFiles(Element element) {
		QualifiedName name = qualifiedNameProvider.getFullyQualifiedName(element);
		if (name == null) {
			return;
		}
		IResourceDescriptions index = resourceDescriptionsProvider.getResourceDescriptions(element.eResource());
		for (IEObjectDescription other : index.getExportedObjects(element.eClass(), name, false)) {
			if (!IndexEntries.isIn(other, element.eResource())) {
				error("Duplicate " + ConceptNames.of(element.eClass()) + " '" + name + "': "
						+ other.getEObjectURI().trimFragment().lastSegment()
						+ " declares it too, so references to it are ambiguous. Rename one of them or change its package.",
						JourneyPackage.Literals.ELEMENT__NAME, IssueCodes.DUPLICATE_NAME, element.getName());
				return;
			}
		}
	}
}
