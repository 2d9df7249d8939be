package org.journey.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.Check;
import org.journey.dsl.journey.Import;
import org.journey.dsl.journey.JourneyPackage;
import org.journey.dsl.scoping.PackageIndex;

import com.google.inject.Inject;

/**
 * Imports that name a package (or element) no file declares: Xtext's import mechanism ignores
 * them silently, and the modeller only sees the references that then do not resolve, far from
 * the misspelt import.
 * <p>
 * A warning, not an error: the import by itself changes nothing the file means, and where a name
 * fails to resolve because of it, that reference is an error of its own. (A journey validated
 * without its library gets this warning and those errors; the warning says where the cause is.)
 * Issue data: the import as written, then the imports to write instead, likeliest first.
 */
public class ImportValidator extends AbstractJourneyCheck {

	private static final String WILDCARD = ".*";

	@Inject
	private PackageIndex packageIndex;

	@Inject
	private IQualifiedNameConverter qualifiedNameConverter;

	@Check
	public void checkImportNamesADeclaredPackage(Import anImport) {
		String written = anImport.getImportedNamespace();
		if (written == null || written.isBlank() || anImport.eResource() == null) {
			return;
		}
		boolean wildcard = written.endsWith(WILDCARD);
		String name = wildcard ? written.substring(0, written.length() - WILDCARD.length()) : written;
		if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
			return; // an incomplete name is a syntax error, reported by the parser
		}
		QualifiedName namespace = qualifiedNameConverter.toQualifiedName(name);
		if (packageIndex.declares(anImport.eResource(), namespace, wildcard)) {
			return;
		}
		// for import a.b.Element, the package part is what to correct unless it exists
		QualifiedName packagePart = wildcard || namespace.getSegmentCount() < 2 ? namespace : namespace.skipLast(1);
		String elementPart = wildcard || namespace.getSegmentCount() < 2 ? null : namespace.getLastSegment();
		if (elementPart != null && packageIndex.packages(anImport.eResource()).contains(packagePart)) {
			warning("Package '" + packagePart + "' declares nothing named '" + elementPart + "', so this import makes"
					+ " nothing visible. Correct the name, or import the whole package: import " + packagePart + ".*",
					JourneyPackage.Literals.IMPORT__IMPORTED_NAMESPACE, IssueCodes.IMPORT_UNRESOLVED, written,
					packagePart + WILDCARD);
			return;
		}
		List<QualifiedName> candidates = packageIndex.closestPackages(anImport.eResource(), packagePart);
		List<String> data = new ArrayList<>();
		data.add(written);
		candidates.forEach(candidate -> data.add(candidate + (elementPart == null ? WILDCARD : "." + elementPart)));
		warning("No file checked declares package '" + packagePart + "', so this import makes nothing visible."
				+ suggestion(packagePart, candidates),
				JourneyPackage.Literals.IMPORT__IMPORTED_NAMESPACE, IssueCodes.IMPORT_UNRESOLVED, data.toArray(String[]::new));
	}

	private static String suggestion(QualifiedName written, List<QualifiedName> candidates) {
		if (candidates.isEmpty()) {
			return " The files checked declare no package: validate this file together with the library that declares it"
					+ " (journey validate <folder>/).";
		}
		if (PackageIndex.isLikelyMisspelling(written, candidates.get(0))) {
			return " Did you mean '" + candidates.get(0) + "'?";
		}
		List<String> names = candidates.stream().map(QualifiedName::toString).toList();
		return " The files checked declare " + (names.size() == 1 ? "package " : "packages ") + String.join(", ", names)
				+ "; correct the name, or validate this file together with the one that declares '" + written + "'.";
	}
}
