package org.journey.tests.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Our command handlers tell the modeller when they fail, in a dialog. An ExecutionException
 * thrown from a handler's execute only reaches the error log: from a menu the command seems to
 * do nothing. Seen in a running Eclipse (issue 19): "Open report" without a configured web
 * browser.
 */
class HandlerFailuresTest {

	private static final Pattern HANDLER = Pattern.compile("\\bextends\\s+AbstractHandler\\b");
	private static final Pattern THROWS_EXECUTION_EXCEPTION = Pattern.compile("\\bnew\\s+ExecutionException\\s*\\(");

	@Test
	void noHandlerReportsAFailureOnlyThroughAnExecutionException() {
		List<String> problems = new ArrayList<>();
		for (EclipseArtifacts.Bundle bundle : EclipseArtifacts.eclipseBundles()) {
			for (Path source : bundle.javaSources()) {
				if (hidesFailures(EclipseArtifacts.read(source))) {
					problems.add(EclipseArtifacts.ROOT.relativize(source)
							+ ": throws ExecutionException, which the workbench only logs; show the failure with MessageDialog.openError");
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void theCheckFindsAHandlerThatThrowsAndAcceptsOneThatShowsADialog() {
		String throwing = """
				public class OpenReportHandler extends AbstractHandler {
					public Object execute(ExecutionEvent event) throws ExecutionException {
						throw new ExecutionException("Could not open the report", cause);
					}
				}
				""";
		String showing = """
				public class OpenReportHandler extends AbstractHandler {
					public Object execute(ExecutionEvent event) {
						MessageDialog.openError(HandlerUtil.getActiveShell(event), "Open report", "No web browser could show it");
						return null;
					}
				}
				""";
		assertTrue(hidesFailures(throwing));
		assertFalse(hidesFailures(showing));
	}

	static boolean hidesFailures(String source) {
		return HANDLER.matcher(source).find() && THROWS_EXECUTION_EXCEPTION.matcher(source).find();
	}
}
