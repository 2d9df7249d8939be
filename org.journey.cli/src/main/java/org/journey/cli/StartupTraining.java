package org.journey.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run of the {@code journey} launcher: it runs the short commands a user runs most
 * (new, validate, format, generate with every target) on a small workspace in a folder of its own
 * (two files, one importing the other, with the kinds of element the validators and generators
 * visit), so that the JVM can record the classes they load. From that record the launcher makes a
 * class-data archive (JDK 17 to 23: a static AppCDS archive from a class list; JDK 24 and later:
 * an AOT cache) with which later commands start without reading and verifying those classes
 * again. Its output is of no interest; a failure only makes the archive smaller.
 */
public final class StartupTraining {

	private static final String LIBRARY = """
			package training.shared

			segment Collectors "Art Collectors" {
			    share 40%
			    needs "Inspiration", "Fair prices"
			}

			source Interviews "Customer interviews" { kind interviews }
			""";

	private static final String SHOP = """
			package training.shop

			import training.shared.*

			kpi Conversion "Visit-to-purchase conversion" {
			    unit percent
			    baseline 1.2
			    target 2.0 by 2027-06-30
			    formula count(bought) / count(viewed)
			    owner "Growth"
			}

			kpi OrderValue "Average order value" {
			    unit currency
			    baseline 800
			    target 900
			    formula avg(bought.value)
			}

			kpi Repeat "Buys again within 90 days of a visit" {
			    unit percent
			    baseline 10
			    target 20
			    formula conversion(viewed -> bought within 90 days)
			}

			goal MoreSales "Increase sales" {
			    kind new-sales
			    kpis Conversion, OrderValue, Repeat
			}

			journey Buying "Buying a painting" {
			    for Collectors
			    pursues MoreSales

			    phase Looking "Looking" {
			        customer-goal "Find a painting"
			        feeling 1 "Curious"
			        kpis Conversion
			        touchpoint Gallery "Online gallery" {
			            channel web online
			            owner "Marketing"
			            serves Collectors
			            experience 1
			            event viewed { painting: string required "The painting", first_time: boolean }
			        }
			        pain Compare "Prices are hard to compare" { severity high evidence Interviews }
			        opportunity SideBySide "Show prices side by side" {
			            value high
			            effort low
			            fixes Compare
			        }
			    }
			    phase Buying "Buying" {
			        customer-goal "Pay without surprises"
			        feeling -1 "Unsure"
			        touchpoint Checkout "Checkout" {
			            channel web online
			            owner "E-commerce"
			            experience 0
			            event bought { order_id: string required "The order", value: number }
			        }
			    }
			}

			initiative Comparison "Price comparison" {
			    realizes SideBySide
			    owner "E-commerce"
			    due 2027-01-31
			    milestone "Comparison live" by 2026-12-15 moves Conversion to 1.5
			}
			""";

	private StartupTraining() {
	}

	/** args[0]: an empty or missing folder to work in; it is deleted afterwards. */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: StartupTraining FOLDER");
			System.exit(JourneyCli.USAGE_OR_IO);
		}
		Path folder = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
		PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
		Path models = Files.createDirectories(folder.resolve("models"));
		Files.writeString(models.resolve("library.journey"), LIBRARY, StandardCharsets.UTF_8);
		Files.writeString(models.resolve("shop.journey"), SHOP, StandardCharsets.UTF_8);
		try {
			JourneyCli.run(discard, discard, "new", "Training", "--model", "eight-phases", "-o",
					models.resolve("starter.journey").toString());
			JourneyCli.run(discard, discard, "validate", models.toString());
			JourneyCli.run(discard, discard, "format", "--check", models.toString());
			JourneyCli.run(discard, discard, "generate", models.toString(), "--out", folder.resolve("out").toString());
			JourneyCli.run(discard, discard, "--version");
		} finally {
			delete(folder);
		}
		System.exit(JourneyCli.OK);
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
