package org.journey.tests.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.journey.cli.JourneyCli;
import org.journey.tests.report.HostileModel;
import org.journey.tests.support.Slow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every target at once, on texts hostile to every output format and names that are special to
 * file systems: every file lands inside the output folder, HTML parses without injected scripts,
 * JSON and YAML parse, CSV rows keep their cells. The per-format escaping tests (report/*Escaping*,
 * CsvReportTest, JsonReportTest, MarkdownReportTest) check what each text becomes; this test
 * checks that no target, tracking targets included, breaks its format or its folder.
 */
@Slow
class OutputSafetyTest {

	/** Texts that end a YAML scalar, a JSON string, a CSV cell or an HTML element early, or start a formula. */
	private static final List<String> BREAKERS = List.of("key: value", "- item", "---", "&anchor *alias !tag", "%YAML 1.2",
			"{\"a\": [1,}", "\\\"}", "\u2028 \u2029", "'single' \"double\"", "=HYPERLINK(\"http://x\")", "@SUM(1)",
			"</script><script>alert(1)</script>", "<!-- -->", "]]>", "../../etc/passwd", "C:\\Windows\\system32", "a,b\r\nc");

	@TempDir
	Path folder;

	@Test
	void everyTargetWritesWellFormedFilesInsideTheOutputFolder() throws Exception {
		// given the reports' hostile model and a second file whose journey names are file-system
		// device names, with format-breaking texts everywhere the tracking targets read
		Path models = folder.resolve("models");
		Files.createDirectories(models);
		// (its negative percent baseline is an error the CsvReport tests want; generate refuses errors)
		Files.writeString(models.resolve("hostile.journey"), HostileModel.text().replace("baseline -1.5", "baseline 1.5"), UTF_8);
		Files.writeString(models.resolve("devices.journey"), devicesModel(), UTF_8);
		Files.writeString(models.resolve("aux.journey"), DEVICE_PACKAGE, UTF_8);
		Path out = folder.resolve("out");

		// when every target is generated
		StringWriter stdout = new StringWriter();
		StringWriter stderr = new StringWriter();
		int code = JourneyCli.run(new PrintWriter(stdout), new PrintWriter(stderr), "generate", models.toString(), "--out",
				out.toString());

		// then every file is inside the output folder, in the journey's own folder, the shared dbt
		// project, or the portfolio index at its root
		assertEquals(JourneyCli.OK, code, stderr.toString());
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(models)).toList();
		}
		Set<String> journeyFolders = new TreeSet<>();
		for (Path file : files) {
			assertTrue(file.toRealPath().startsWith(out.toRealPath()), file + " is outside " + out);
			journeyFolders.add(out.relativize(file).getName(0).toString());
		}
		assertEquals(Set.of("hostile.J", "CON", "NUL", "aux.prn.Journey", "dbt", "index.html", "index.md"), journeyFolders);

		// and each parses as its format
		int checked = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			String text = Files.readString(file, UTF_8);
			if (name.endsWith(".json") || name.equals("1-0-0")) {
				new ObjectMapper().readTree(text);
			} else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
				new YAMLMapper().readTree(text);
			} else if (name.endsWith(".html")) {
				assertNoInjectedScript(Jsoup.parse(text), file);
			} else if (name.endsWith(".csv")) {
				assertEveryRowHasTheHeadersCells(text, file);
			} else {
				continue;
			}
			checked++;
		}
		assertTrue(checked >= 4 * 8, checked + " files checked");
		// the hostile texts reached the tracking outputs, so the parses above tested their escaping
		assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".json") && read(f).contains("HYPERLINK")));
	}

	private static void assertNoInjectedScript(Document page, Path file) {
		for (Element script : page.select("script")) {
			assertFalse(script.data().contains("alert(1)"), file + " runs a script from the model");
		}
		assertTrue(page.select("[onmouseover]").isEmpty(), file + " has an event handler from the model");
	}

	private static void assertEveryRowHasTheHeadersCells(String text, Path file) throws IOException {
		String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(withoutBom)).getRecords();
		assertFalse(records.isEmpty(), file + " is empty");
		int cells = records.get(0).size();
		for (CSVRecord record : records) {
			assertEquals(cells, record.size(), file + " row " + record.getRecordNumber() + ": " + record);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, UTF_8);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Journeys named CON and NUL (no package); every free text breaks some format. */
	private static String devicesModel() {
		StringBuilder breakers = new StringBuilder();
		for (int i = 0; i < BREAKERS.size(); i++) {
			breakers.append(i == 0 ? "" : ", ").append(HostileModel.q(BREAKERS.get(i)));
		}
		String all = HostileModel.q(String.join(" ", BREAKERS));
		String journey = """
				journey %s %s {
				    description %s
				    for Segment%s
				    owner %s
				    phase Look %s {
				        customer-goal %s
				        doing %s
				        volume 10
				        touchpoint Page %s {
				            channel web online
				            owner %s
				            serves Segment%s
				            event viewed_%s %s { id: string required %s, amount: number %s }
				        }
				    }
				}
				""";
		StringBuilder text = new StringBuilder("""
				tracking {
				    ga4-measurement-id "G-1A2B3C4D5E"
				    gtm-container %s
				    snowplow-vendor "com.example"
				}
				""".formatted(all));
		for (String name : List.of("CON", "NUL")) {
			text.append("segment Segment").append(name).append(' ').append(all).append(" { share 10% needs ").append(breakers)
					.append(" }\n");
			text.append("kpi Kpi").append(name).append(' ').append(all).append(" { description ").append(all)
					.append(" unit count target 2 baseline 1 formula count(viewed_").append(name.toLowerCase()).append(") }\n");
			text.append("goal Goal").append(name).append(' ').append(all).append(" { kind custom kpis Kpi").append(name).append(" }\n");
			text.append(journey.formatted(name, all, all, name, all, all, all, breakers, all, all, name, name.toLowerCase(), all, all,
					all).replace("    for Segment", "    pursues Goal" + name + "\n    for Segment"));
		}
		return text.toString();
	}

	/** A package whose parts are device names too. */
	private static final String DEVICE_PACKAGE = """
			package aux.prn

			segment Everyone { share 5% }
			kpi K { unit count target 2 baseline 1 formula count(aux_viewed) }
			goal G { kind custom kpis K }
			journey Journey {
			    for Everyone
			    pursues G
			    phase P { customer-goal "x" volume 1 touchpoint T { channel web online serves Everyone event aux_viewed } }
			}
			""";
}
