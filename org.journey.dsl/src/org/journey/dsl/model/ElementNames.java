package org.journey.dsl.model;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * An element's name and title, for code that handles every kind of element alike (diagram, quick
 * fixes, scoping, highlighting). The grammar gives each named concept its own {@code name} and
 * {@code title} attributes rather than a common supertype, so they are found here, once, by feature
 * name; and a new element's name is chosen here, by one rule.
 */
public final class ElementNames {

	private static final String NAME = "name";
	private static final String TITLE = "title";

	private ElementNames() {
	}

	/** The element's {@code name} attribute, if its kind has one. */
	public static Optional<EAttribute> nameAttribute(EObject element) {
		return element.eClass().getEStructuralFeature(NAME) instanceof EAttribute name
				&& name.getEAttributeType().getInstanceClass() == String.class ? Optional.of(name) : Optional.empty();
	}

	/** The element's {@code title} attribute, if its kind has one. */
	public static Optional<EAttribute> titleAttribute(EObject element) {
		return element.eClass().getEStructuralFeature(TITLE) instanceof EAttribute title
				&& title.getEAttributeType().getInstanceClass() == String.class ? Optional.of(title) : Optional.empty();
	}

	/** The element's name, or null if it has none (yet). */
	public static String nameOf(EObject element) {
		return nameAttribute(element).map(name -> (String) element.eGet(name)).orElse(null);
	}

	/** The element's title, or null if it has none. */
	public static String titleOf(EObject element) {
		return titleAttribute(element).map(title -> (String) element.eGet(title)).orElse(null);
	}

	/**
	 * {@code base}, or {@code base} with the lowest number from 2 that makes it a name no element of
	 * {@code context}'s file has, whatever its kind: a new element never clashes with a name
	 * declared in the file, so it never needs the duplicate-name fix.
	 */
	public static String freshName(EObject context, String base) {
		Set<String> taken = new HashSet<>();
		Resource resource = context.eResource();
		if (resource != null) {
			resource.getAllContents().forEachRemaining(object -> {
				if (object != context) {
					String name = nameOf(object);
					if (name != null) {
						taken.add(name);
					}
				}
			});
		}
		String name = base;
		for (int n = 2; taken.contains(name); n++) {
			name = base + n;
		}
		return name;
	}
}
