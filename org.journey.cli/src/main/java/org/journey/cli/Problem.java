package org.journey.cli;

import org.eclipse.xtext.diagnostics.Severity;

/** One diagnostic of a file, as the command line reports it. */
public record Problem(String file, int line, int column, Severity severity, String message, String code) {

	public String severityWord() {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> "info";
		};
	}

	/**
	 * The format compilers use, which editors and CI annotate: {@code path:line:column: error: message [code]};
	 * on one line, and with the model's control characters escaped, since it goes to a terminal.
	 */
	public String toLine() {
		return Terminal.escape(file + ":" + line + ":" + column + ": " + severityWord() + ": " + message.replace('\n', ' ')
				+ (code == null ? "" : " [" + code + "]"));
	}
}
