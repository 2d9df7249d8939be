package org.journey.tests.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.journey.cli.Problem;
import org.journey.cli.Workspace;
import org.journey.dsl.tests.JourneyInjectorProvider;
import org.journey.tests.support.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The modeller's first hour: one slip gives one message, at the slip. Each example file gets one
 * typical slip at a time (the first place it fits), and the whole examples workspace is validated
 * as {@code journey validate examples} sees it: at most one diagnostic in all files, an error,
 * on the slip's line (a missing '}' is noticed at the next token: on a line up to it).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
@Slow
class OneMistakeTest {

	private static final Path EXAMPLES = Path.of("../examples");

	/** A slip: where it goes (the first match in a file) and what it makes of the text there. */
	private record Slip(String name, String pattern, String replacement) {
	}

	private static final List<Slip> SLIPS = List.of(
			new Slip("missing comma", ":\\s*(?:string|number|integer|boolean)(?:\\s+required)?(?:\\s+\"[^\"]*\")?(,)", ""),
			new Slip("keyword typo", "\\n[ \\t]+(touchpoint)\\b", "touchpiont"),
			new Slip("property keyword typo", "\\n[ \\t]+(channel)\\b", "chanel"),
			new Slip("missing closing brace", "\\n[ \\t]+(\\})[ \\t]*\\n", ""),
			new Slip("missing opening brace", "\\n[ \\t]+touchpoint [^\\n{]*(\\{)", ""),
			new Slip("wrong channel", "\\bchannel (\\w+)", "facebook"),
			new Slip("wrong severity", "\\bseverity (\\w+)", "critical"),
			new Slip("wrong language", "\\n[ \\t]+language (da)\\b", "dk"),
			new Slip("wrong model", "\\bmodel (twelve-steps)\\b", "twelve-step"),
			new Slip("wrong time unit", "->\\s*\\w+\\s+within \\d+ (\\w+)", "months"),
			new Slip("decimal comma", "\\bbaseline \\d+(\\.)\\d+", ","),
			new Slip("missing quote", "\\n[ \\t]*description \"[^\"\\n]*(\")", ""));

	@Inject
	private Injector injector;

	@TempDir
	Path workspace;

	@Test
	void everySlipInEveryExampleGivesOneErrorOnItsLine() throws IOException {
		List<String> table = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (Path file : exampleFiles()) {
			for (Slip slip : SLIPS) {
				copyExamples();
				Path slipped = workspace.resolve(EXAMPLES.relativize(file));
				String text = Files.readString(slipped);
				Matcher match = Pattern.compile(slip.pattern()).matcher(text);
				if (!match.find()) {
					continue;
				}
				Files.writeString(slipped, text.substring(0, match.start(1)) + slip.replacement() + text.substring(match.end(1)));
				int slipLine = lineOf(text, match.start(1));
				int lastLine = slip.name().equals("missing closing brace") ? nextElementLine(text, match.end(1)) : slipLine;

				List<Problem> problems = Workspace.load(injector, List.of(workspace)).validate();

				String name = EXAMPLES.relativize(file) + " / " + slip.name();
				Problem first = problems.stream().filter(p -> p.severity() == Severity.ERROR).findFirst().orElse(null);
				table.add(String.format("%-62s line %4d -> %d diagnostic(s)%s", name, slipLine, problems.size(),
						first == null ? "" : ", first at line " + first.line() + ": " + first.message()));
				if (problems.size() != 1) {
					failures.add(name + ": " + problems.size() + " diagnostics: " + problems);
				} else if (first == null || first.line() < slipLine || first.line() > lastLine) {
					failures.add(name + ": expected one error on line " + slipLine + " but got " + problems);
				}
			}
		}
		System.out.println(String.join("\n", table));
		assertTrue(table.size() >= 40, () -> "too few slips applied: " + table.size());
		assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
	}

	private static List<Path> exampleFiles() throws IOException {
		try (Stream<Path> walk = Files.walk(EXAMPLES)) {
			return walk.filter(p -> p.toString().endsWith(Workspace.EXTENSION)).sorted().toList();
		}
	}

	private void copyExamples() throws IOException {
		try (Stream<Path> old = Files.walk(workspace)) {
			for (Path path : old.sorted((a, b) -> b.compareTo(a)).toList()) {
				if (!path.equals(workspace)) {
					Files.delete(path);
				}
			}
		}
		for (Path file : exampleFiles()) {
			Path copy = workspace.resolve(EXAMPLES.relativize(file));
			Files.createDirectories(copy.getParent());
			Files.copy(file, copy);
		}
	}

	private static int lineOf(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

	/**
	 * The line of the first element keyword after {@code offset}: without a '}' the parser cannot
	 * tell which element is unclosed until an element starts that cannot be inside it (the
	 * event's brace missing, the touchpoint's closes the event, and the next touchpoint shows it).
	 */
	private static int nextElementLine(String text, int offset) {
		Matcher element = Pattern.compile("\\n[ \\t]*(segment|source|kpi|goal|journey|phase|touchpoint|event|pain|opportunity"
				+ "|initiative|milestone) ").matcher(text);
		return element.find(offset) ? lineOf(text, element.start(1)) : lineOf(text, text.length());
	}
}
