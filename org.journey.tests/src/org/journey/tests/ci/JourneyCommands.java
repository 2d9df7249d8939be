package org.journey.tests.ci;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The journey command lines of shell scripts (GitHub's run:, GitLab's script:), split into words as
 * the shell splits them: quotes removed (a quoted string may span lines), a backslash at the end of
 * a line joins the next, a comment left out. A command ends at a line break, ;, &&, ||, | or &; a
 * redirection and its file are not arguments. A word {@code journey} counts where the shell runs a
 * command: first on a line, after one of those operators, or after if, then, do, else or !.
 * Expansions ($VAR, ${{ expression }}) stay as written; a command inside $( ) is not looked for.
 */
final class JourneyCommands {

	private static final Set<String> KEYWORDS_BEFORE_A_COMMAND = Set.of("if", "then", "do", "else", "elif", "!", "while", "until");

	private enum Kind {
		WORD, CONTROL, REDIRECTION
	}

	private record Token(Kind kind, String text) {
	}

	private JourneyCommands() {
	}

	/** Every journey command of these scripts, in order, each as its arguments after "journey". */
	static List<List<String>> in(List<String> scripts) {
		List<List<String>> commands = new ArrayList<>();
		for (String script : scripts) {
			commands.addAll(inTokens(tokens(script.replace("\\\n", " "))));
		}
		return commands;
	}

	private static List<List<String>> inTokens(List<Token> tokens) {
		List<List<String>> commands = new ArrayList<>();
		boolean commandPosition = true;
		int i = 0;
		while (i < tokens.size()) {
			Token token = tokens.get(i);
			if (commandPosition && token.kind() == Kind.WORD && token.text().equals("journey")) {
				List<String> arguments = new ArrayList<>();
				i++;
				while (i < tokens.size() && tokens.get(i).kind() != Kind.CONTROL) {
					if (tokens.get(i).kind() == Kind.REDIRECTION) {
						i += 2;
					} else {
						arguments.add(tokens.get(i++).text());
					}
				}
				commands.add(arguments);
				continue;
			}
			commandPosition = token.kind() == Kind.CONTROL
					|| token.kind() == Kind.WORD && KEYWORDS_BEFORE_A_COMMAND.contains(token.text());
			i++;
		}
		return commands;
	}

	/** The script's words and operators; a script break is an operator, a comment (# at a word's start) is left out. */
	private static List<Token> tokens(String script) {
		List<Token> tokens = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		int i = 0;
		while (i < script.length()) {
			char c = script.charAt(i);
			if (c == '\'' || c == '"') {
				int end = script.indexOf(c, i + 1);
				if (end < 0) {
					throw new IllegalArgumentException("unclosed quote in: " + script);
				}
				word.append(script, i + 1, end);
				inWord = true;
				i = end + 1;
			} else if (script.startsWith("${{", i)) {
				int end = script.indexOf("}}", i);
				if (end < 0) {
					throw new IllegalArgumentException("unclosed ${{ in: " + script);
				}
				word.append(script, i, end + 2);
				inWord = true;
				i = end + 2;
			} else if (c == '\n') {
				inWord = flush(word, inWord, tokens);
				tokens.add(new Token(Kind.CONTROL, "\n"));
				i++;
			} else if (Character.isWhitespace(c)) {
				inWord = flush(word, inWord, tokens);
				i++;
			} else if (c == '#' && !inWord) {
				int end = script.indexOf('\n', i);
				i = end < 0 ? script.length() : end;
			} else if (c == '>' || c == '<' || script.startsWith("&>", i)) {
				// a file descriptor just before it (2>) belongs to the redirection
				if (inWord && word.toString().matches("[0-9]")) {
					word.setLength(0);
					inWord = false;
				}
				inWord = flush(word, inWord, tokens);
				String operator = script.startsWith("&>", i) || script.startsWith(">>", i) || script.startsWith(">&", i)
						? script.substring(i, i + 2)
						: String.valueOf(c);
				tokens.add(new Token(Kind.REDIRECTION, operator));
				i += operator.length();
			} else if (c == ';' || c == '&' || c == '|') {
				inWord = flush(word, inWord, tokens);
				String operator = script.startsWith("&&", i) || script.startsWith("||", i) ? script.substring(i, i + 2) : String.valueOf(c);
				tokens.add(new Token(Kind.CONTROL, operator));
				i += operator.length();
			} else {
				word.append(c);
				inWord = true;
				i++;
			}
		}
		flush(word, inWord, tokens);
		return tokens;
	}

	private static boolean flush(StringBuilder word, boolean inWord, List<Token> tokens) {
		if (inWord) {
			tokens.add(new Token(Kind.WORD, word.toString()));
			word.setLength(0);
		}
		return false;
	}
}
