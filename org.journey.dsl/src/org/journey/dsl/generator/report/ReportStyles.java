package org.journey.dsl.generator.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The style sheets the HTML pages embed (each page stands alone, offline): the palette every page
 * shares ({@code palette.css}), then the page's own rules.
 */
public final class ReportStyles {

	private static final String PALETTE = read("palette.css");

	private ReportStyles() {
	}

	/** The palette, then the sheet of this name next to this class. */
	public static String sheet(String name) {
		return PALETTE + "\n\n" + read(name);
	}

	private static String read(String name) {
		try (InputStream in = ReportStyles.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("the style sheet " + name + " is missing from the build");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").trim();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
