package org.journey.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium and poppler's tools as the layout tests run them: a program with a time limit,
 * and a report page measured by a script of the test's own at a given screen width.
 */
public final class Chromium {

	private static final long TIMEOUT_SECONDS = 120;
	private static final Pattern CSP = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>");
	private static final Pattern PROBE = Pattern.compile("<pre id=\"probe\">([^<]*)</pre>");

	private Chromium() {
	}

	/**
	 * The text a script reports about the page laid out {@code width} pixels wide. The script runs
	 * after the page has loaded and calls {@code report(text)}. The page's policy forbids scripts, so
	 * the measured copy leaves it out; and since Chromium's window is never narrower than 500 px,
	 * the page is laid out in a frame of that width.
	 */
	public static String measure(Path chromium, Path folder, String name, String html, String script, int width, int height)
			throws IOException, InterruptedException {
		Files.createDirectories(folder);
		Path page = folder.resolve(name + "-" + width + ".html").toAbsolutePath();
		String probe = "<script>function report(text) { parent.postMessage(String(text), '*'); }\n"
				+ "window.addEventListener('load', function () {\n" + script + "\n});</script>";
		Files.writeString(page, CSP.matcher(html).replaceFirst("").replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);
		Path frame = folder.resolve(name + "-" + width + "-frame.html").toAbsolutePath();
		Files.writeString(frame, "<html><body style=\"margin:0\"><pre id=\"probe\"></pre><iframe src=\"" + page.toUri()
				+ "\" style=\"width:" + width + "px;height:" + height + "px;border:0\"></iframe><script>window.addEventListener('message',"
				+ " function (e) { document.getElementById('probe').textContent = e.data; });</script></body></html>",
				StandardCharsets.UTF_8);
		String dom = run(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
				"--virtual-time-budget=5000", "--window-size=" + Math.max(500, width + 20) + "," + (height + 100), "--dump-dom",
				frame.toUri().toString());
		Matcher result = PROBE.matcher(dom);
		assertTrue(result.find() && !result.group(1).isEmpty(), "the probe did not report:\n" + dom);
		return org.apache.commons.text.StringEscapeUtils.unescapeXml(result.group(1));
	}

	/** Runs a program (Chromium with a profile of its own) and returns its standard output; fails on an error or after two minutes. */
	public static String run(String... command) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory("journey-chromium-");
		List<String> arguments = new ArrayList<>(List.of(command));
		if (command[0].endsWith("chromium")) {
			arguments.add(1, "--user-data-dir=" + profile);
		}
		try {
			Path output = Files.createTempFile("journey-layout-", ".out");
			Process process = new ProcessBuilder(arguments).redirectErrorStream(false).redirectOutput(output.toFile())
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
			}
			String text = Files.readString(output, StandardCharsets.UTF_8);
			Files.delete(output);
			assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + text);
			return text;
		} finally {
			try (Stream<Path> walk = Files.walk(profile)) {
				for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}
}
