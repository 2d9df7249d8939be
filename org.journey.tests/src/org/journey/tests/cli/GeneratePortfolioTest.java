package org.journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.journey.cli.JourneyCli;
import org.journey.tests.support.Repository;
import org.journey.tests.support.CliRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code journey generate} over a folder writes the portfolio index at the root of --out, through
 * the same output folder as every other file (listed, written atomically), with links that lead to
 * the journey maps it wrote; without a report target it writes none.
 */
class GeneratePortfolioTest {

	private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)]+)\\)");

	@TempDir
	Path folder;

	@Test
	void theIndexLinksEveryJourneyMapItWrote() throws IOException {
		// given
		Path out = folder.resolve("out");

		// when
		CliRunner.Result result = CliRunner.run("generate", Repository.path("examples").toString(), "--out", out.toString(),
				"--target", "html,markdown");

		// then: both index files listed, and every link of each leads to a file of the run
		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		for (String index : List.of("index.html", "index.md")) {
			assertTrue(result.out().lines().anyMatch(line -> line.startsWith("wrote ") && line.endsWith(index)), result.out());
		}
		List<Path> journeyFolders;
		try (Stream<Path> list = Files.list(out)) {
			journeyFolders = list.filter(Files::isDirectory).sorted().toList();
		}
		assertEquals(5, journeyFolders.size(), journeyFolders::toString);

		Document html = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
		List<String> htmlLinks = html.select("a[href]").eachAttr("href");
		for (String link : htmlLinks) {
			assertTrue(Files.isRegularFile(out.resolve(URLDecoder.decode(link, StandardCharsets.UTF_8))), link);
		}
		for (Path journey : journeyFolders) {
			assertTrue(htmlLinks.stream().anyMatch(link -> URLDecoder.decode(link, StandardCharsets.UTF_8)
					.equals(journey.getFileName() + "/journey-map.html")), () -> journey + " is not linked");
		}

		String markdown = Files.readString(out.resolve("index.md"));
		Matcher links = MARKDOWN_LINK.matcher(markdown);
		int linked = 0;
		while (links.find()) {
			assertTrue(Files.isRegularFile(out.resolve(URLDecoder.decode(links.group(1), StandardCharsets.UTF_8))),
					links.group(1));
			linked++;
		}
		assertEquals(2 * journeyFolders.size(), linked, "each journey in the table and as its section's heading");
	}

	@Test
	void noIndexWithoutAReportTarget() {
		// given
		Path out = folder.resolve("out");

		// when
		CliRunner.Result result = CliRunner.run("generate", Repository.path("examples").toString(), "--out", out.toString(),
				"--target", "csv");

		// then
		assertEquals(JourneyCli.OK, result.exitCode(), result.err());
		assertFalse(Files.exists(out.resolve("index.html")));
		assertFalse(Files.exists(out.resolve("index.md")));
		assertFalse(result.out().contains("index.html") || result.out().contains("index.md"), result.out());
	}
}
