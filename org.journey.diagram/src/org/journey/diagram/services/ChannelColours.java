package org.journey.diagram.services;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journey.dsl.generator.report.HtmlReport;

/**
 * The colour of each channel, read from the HTML report's style sheet ({@code .ch-web { --channel:
 * #2563eb; }}), so a touchpoint has the same colour in the diagram as on the report's map.
 */
public record ChannelColours(int red, int green, int blue) {

	/** The style sheet next to the report's classes; the HTML report inlines the same file. */
	static final String STYLE_SHEET = "journey-map.css";

	private static final Pattern CHANNEL_RULE = Pattern
			.compile("\\.ch-([a-z-]+)\\s*\\{\\s*--channel:\\s*#([0-9a-fA-F]{6})\\s*;\\s*}");

	private static final Map<String, ChannelColours> BY_CHANNEL = read();

	/** The channel's colour; a channel the style sheet lacks gets the colour of {@code unspecified}. */
	public static ChannelColours of(String channel) {
		ChannelColours colour = BY_CHANNEL.get(channel);
		return colour != null ? colour : BY_CHANNEL.get("unspecified");
	}

	/** Every channel's colour, in the style sheet's order. */
	public static Map<String, ChannelColours> all() {
		return BY_CHANNEL;
	}

	/** {@code #rrggbb}, as the style sheet writes it (lower case). */
	public String hex() {
		return String.format("#%02x%02x%02x", red, green, blue);
	}

	private static Map<String, ChannelColours> read() {
		Map<String, ChannelColours> colours = new LinkedHashMap<>();
		try (InputStream in = HtmlReport.class.getResourceAsStream(STYLE_SHEET)) {
			if (in == null) {
				throw new IllegalStateException(STYLE_SHEET + " is missing beside " + HtmlReport.class.getName());
			}
			Matcher rule = CHANNEL_RULE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			while (rule.find()) {
				int rgb = Integer.parseInt(rule.group(2), 16);
				colours.put(rule.group(1), new ChannelColours(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!colours.containsKey("unspecified")) {
			throw new IllegalStateException(STYLE_SHEET + " has no colour for the channel 'unspecified'");
		}
		return Collections.unmodifiableMap(colours);
	}
}
