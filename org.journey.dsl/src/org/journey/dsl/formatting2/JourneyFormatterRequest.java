package org.journey.dsl.formatting2;

import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;

import com.google.inject.Inject;

/**
 * A formatter request that, unless its creator sets preferences, uses the language's formatter
 * preferences. Xtext's serializer creates requests without preferences, and so would indent
 * every model it saves (after a quick fix, a diagram edit, a programmatic change) with tabs
 * instead of the canonical four spaces.
 */
public class JourneyFormatterRequest extends FormatterRequest {

	@Inject
	@FormatterPreferences
	private IPreferenceValuesProvider languagePreferences;

	private boolean preferencesGiven;

	@Override
	public FormatterRequest setPreferences(ITypedPreferenceValues preferenceValues) {
		preferencesGiven = preferenceValues != null;
		return super.setPreferences(preferenceValues);
	}

	@Override
	public ITypedPreferenceValues getPreferences() {
		if (!preferencesGiven && getTextRegionAccess() != null) {
			setPreferences(TypedPreferenceValues.castOrWrap(
					languagePreferences.getPreferenceValues(getTextRegionAccess().getResource())));
		}
		return super.getPreferences();
	}
}
