package org.journey.dsl.formatting2;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.preferences.IPreferenceValues;

/**
 * Journey files have one canonical layout, indented with four spaces, so that a file formatted
 * in Eclipse, in an LSP editor or by a tool in CI is byte for byte the same. The inherited
 * provider takes the indentation from the editor's settings (a tab by default); here it is fixed,
 * while the line separator and all other keys still come from the environment.
 */
public class JourneyFormatterPreferences extends FormatterPreferenceValuesProvider {

	public static final String INDENTATION = "    ";

	@Override
	public IPreferenceValues getPreferenceValues(Resource resource) {
		// Without a resource (a model serialized before it is added to one) there is no
		// environment to ask; the keys' defaults apply.
		IPreferenceValues environment = resource == null ? key -> key.getDefaultValue()
				: super.getPreferenceValues(resource);
		return key -> {
			if (key == FormatterPreferenceKeys.indentation) {
				return INDENTATION;
			}
			if (key == FormatterPreferenceKeys.indentationLength) {
				return String.valueOf(INDENTATION.length());
			}
			return environment.getPreference(key);
		};
	}
}
