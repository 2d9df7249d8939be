package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A preference or property page's description is set before the page makes its controls.
 * JFace's PreferencePage.createControl creates the description label first and then calls
 * createContents (which, in a FieldEditorPreferencePage, calls createFieldEditors): a
 * setDescription in either of those comes too late and the description never shows. Seen in a
 * running Eclipse (issue 19): "Reports and Tracking" lost its list of known targets that way.
 */
class PreferencePagesTest {

	/** Methods that run after the description label exists. */
	private static final Pattern TOO_LATE = Pattern.compile(
			"\\b(?:void|Control)\\s+(createFieldEditors|createContents)\\s*\\([^)]*\\)\\s*(?:throws\\s+[\\w.,\\s]+)?\\{");

	@Test
	void noPageSetsItsDescriptionAfterTheDescriptionLabelIsMade() {
		List<String> problems = new ArrayList<>();
		for (EclipseArtifacts.Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			for (Path source : bundle.javaSources()) {
				for (String method : lateDescriptions(EclipseArtifacts.read(source))) {
					problems.add(EclipseArtifacts.ROOT.relativize(source) + ": setDescription in " + method
							+ " never shows; set it in createControl before super.createControl, or in the constructor");
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void theCheckFindsADescriptionSetInCreateFieldEditorsAndAcceptsOneSetInCreateControl() {
		String late = """
				class Page extends FieldEditorPreferencePage {
					@Override
					protected void createFieldEditors() {
						addField(new StringFieldEditor("k", "Label", getFieldEditorParent()));
						setDescription("Known targets: html, json.");
					}
				}
				""";
		String early = """
				class Page extends FieldEditorPreferencePage {
					@Override
					public void createControl(Composite parent) {
						setDescription("Known targets: html, json.");
						super.createControl(parent);
					}

					@Override
					protected void createFieldEditors() {
						addField(new StringFieldEditor("k", "Label", getFieldEditorParent()));
					}
				}
				""";
		assertEquals(List.of("createFieldEditors"), lateDescriptions(late));
		assertEquals(List.of(), lateDescriptions(early));
	}

	/** The names of the methods, among those run after the description label, that call setDescription. */
	static List<String> lateDescriptions(String source) {
		List<String> methods = new ArrayList<>();
		Matcher matcher = TOO_LATE.matcher(source);
		while (matcher.find()) {
			String body = bodyFrom(source, matcher.end());
			if (body.contains("setDescription(")) {
				methods.add(matcher.group(1));
			}
		}
		return methods;
	}

	/** The text up to the brace that closes the block opened just before {@code start}. */
	private static String bodyFrom(String source, int start) {
		int depth = 1;
		for (int i = start; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '{') {
				depth++;
			} else if (c == '}' && --depth == 0) {
				return source.substring(start, i);
			}
		}
		return source.substring(start);
	}
}
