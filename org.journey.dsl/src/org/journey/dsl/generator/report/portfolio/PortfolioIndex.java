package org.journey.dsl.generator.report.portfolio;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.generator.report.HtmlReport;
import org.journey.dsl.generator.report.MarkdownReport;
import org.journey.dsl.map.JourneyMap;

/**
 * The portfolio index at the root of the output: {@code index.html} beside the journeys' folders
 * when the {@code html} target runs, {@code index.md} when the {@code markdown} target runs, each
 * linking to the journey maps that target wrote.
 * <p>
 * It is written whenever one of those targets runs and there is at least one journey, a single
 * journey included: the output's entry point is then always {@code index.html}, whether a team
 * has one journey or twenty, so a link to it (a published folder, a CI artefact) never changes
 * when the second journey arrives. Without journeys there is nothing to index, and nothing is
 * written.
 * <p>
 * The generator runs file by file; the index needs all journeys at once, so whoever knows the
 * whole run (the command line after its loop over the files) writes it, from the same maps the
 * reports were drawn from ({@link Portfolio#mapsOf}).
 */
public final class PortfolioIndex {

	public static final String HTML_FILE = "index.html";
	public static final String MARKDOWN_FILE = "index.md";

	private PortfolioIndex() {
	}

	/**
	 * The index's files for a run of these targets (null: all targets), by name below the output
	 * root, in writing order; none without journeys or without the html and markdown targets.
	 */
	public static Map<String, String> files(List<JourneyMap> maps, Collection<String> targetNames) {
		Map<String, String> files = new LinkedHashMap<>();
		if (maps.isEmpty()) {
			return files;
		}
		Portfolio portfolio = Portfolio.of(maps);
		if (selected(targetNames, new HtmlReport().name())) {
			files.put(HTML_FILE, html(portfolio));
		}
		if (selected(targetNames, new MarkdownReport().name())) {
			files.put(MARKDOWN_FILE, markdown(portfolio));
		}
		return files;
	}

	/** Writes {@link #files}; returns their names. */
	public static List<String> write(List<JourneyMap> maps, Collection<String> targetNames, IFileSystemAccess2 output) {
		Map<String, String> files = files(maps, targetNames);
		// bytes, not text: UTF-8 whatever the workspace's encoding is, as the journey maps are
		files.forEach((name, text) -> output.generateFile(name,
				new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
		return List.copyOf(files.keySet());
	}

	public static String html(Portfolio portfolio) {
		return new PortfolioHtml(portfolio).render();
	}

	public static String markdown(Portfolio portfolio) {
		return new PortfolioMarkdown(portfolio).render();
	}

	private static boolean selected(Collection<String> targetNames, String target) {
		return targetNames == null || targetNames.contains("all") || targetNames.contains(target);
	}
}
