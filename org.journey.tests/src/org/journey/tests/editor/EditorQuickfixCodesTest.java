package org.journey.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journey.dsl.ide.quickfix.FixableIssueCodes;
import org.journey.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/**
 * Eclipse offers quick fixes for the codes FixableIssueCodes lists; the fixes themselves are
 * JourneyFixes', as for the language server. Reads JourneyFixes' source (the repository's
 * org.journey.dsl.ide/src) for the codes its switch handles.
 */
class EditorQuickfixCodesTest {

	private static final Path JOURNEY_FIXES = Path.of("../org.journey.dsl.ide/src/org/journey/dsl/ide/quickfix/JourneyFixes.java");

	@Test
	void eclipseOffersFixesForExactlyTheCodesJourneyFixesHandles() throws IOException, IllegalAccessException {
		// given the codes JourneyFixes' switch names
		Map<String, String> codeByConstant = new HashMap<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				codeByConstant.put(field.getName(), (String) field.get(null));
			}
		}
		Set<String> handled = new TreeSet<>();
		Matcher cases = Pattern.compile("case IssueCodes\\.([A-Z0-9_]+):").matcher(Files.readString(JOURNEY_FIXES));
		while (cases.find()) {
			handled.add(codeByConstant.get(cases.group(1)));
		}
		// when, then
		assertTrue(handled.size() > 10, () -> "found too few cases in " + JOURNEY_FIXES + ": " + handled);
		assertEquals(handled, new TreeSet<>(FixableIssueCodes.CODES));
	}

	@Test
	void everyFixableCodeHasALabel() {
		for (String code : FixableIssueCodes.CODES) {
			assertTrue(FixableIssueCodes.label(code) != null && !FixableIssueCodes.label(code).isBlank(), code);
		}
		assertTrue(!FixableIssueCodes.isFixable(IssueCodes.SYNTAX_ERROR));
	}
}
