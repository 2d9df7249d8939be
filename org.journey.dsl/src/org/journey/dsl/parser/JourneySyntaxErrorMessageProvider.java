package org.journey.dsl.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.journey.dsl.conversion.SlipException;
import org.journey.dsl.services.JourneyGrammarAccess;
import org.journey.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * Syntax errors with the project's issue codes, in words a modeller understands, saying how to
 * fix the mistake: where a word must be one of a few keywords (a channel, a unit) the message
 * lists them and suggests the closest, with a quick fix; a misspelt keyword gets "did you mean";
 * a property line after a header without '{' asks for the brace.
 */
public class JourneySyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final String TOP_LEVEL = "package, import, segment, source, kpi, goal, journey or initiative";

	/** Issue data prefix that moves a syntax error to another range: see {@link SyntaxDiagnostics}. */
	public static final String RANGE_PREFIX = "range:";

	@Inject
	private JourneyGrammarAccess grammar;

	private Set<String> keywords;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String message = context.getDefaultMessage();
		Token token = context.getRecognitionException() == null ? null : context.getRecognitionException().token;
		if (token != null && token.getType() == Token.EOF) {
			int expecting = message.indexOf("expecting ");
			return new SyntaxErrorMessage("The file ends too early" + (expecting < 0 ? "" : ", " + message.substring(expecting))
					+ ". Check for a missing '}' or an unfinished line.", IssueCodes.SYNTAX_ERROR);
		}
		String written = token == null ? lexerErrorText(message) : token.getText();
		ILeafNode previous = previousVisibleLeaf(context.getCurrentNode());
		Optional<SyntaxErrorMessage> specific = invalidKeywordValue(written, previous)
				.or(() -> missingOpeningBrace(written, previous, token))
				.or(() -> misspeltKeyword(written));
		if (specific.isPresent()) {
			return specific.get();
		}
		if (message.endsWith("expecting EOF") || message.startsWith("missing EOF at ")) {
			String found = written == null ? "this" : "'" + written + "'";
			message = found + " is not allowed here: at the top level of a file only " + TOP_LEVEL
					+ " may follow. Is there a '}' too many above, or is this meant to be inside a journey or phase?";
		} else if (message.startsWith("missing '}' at ")) {
			ICompositeNode unclosed = context.getCurrentNode() == null ? null : enclosingRuleNode(context.getCurrentNode());
			message = "A '}' is missing before " + message.substring("missing '}' at ".length()) + ": close "
					+ (unclosed == null ? "the element above" : firstLine(unclosed.getText().substring(
							unclosed.getOffset() - unclosed.getTotalOffset())) + " first")
					+ ".";
		}
		return new SyntaxErrorMessage(message, IssueCodes.SYNTAX_ERROR);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		if (context.getValueConverterException() instanceof SlipException slip) {
			return new SyntaxErrorMessage(slip.getMessage(), slip.getIssueCode(), slip.getIssueData());
		}
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		if (IssueCodes.XTEXT_RANGED_SYNTAX_ERROR.equals(message.getIssueCode())) {
			// Xtext reads the range from this code's data; keep it
			return message;
		}
		return new SyntaxErrorMessage(message.getMessage(), IssueCodes.INVALID_VALUE);
	}

	/**
	 * A word where the grammar wants one of a few keywords: the word after {@code channel},
	 * {@code unit}, {@code model}, a property's ':', a conversion window's number... The values
	 * come from the grammar's enum (or keyword) rule, so the message never falls behind it.
	 */
	private Optional<SyntaxErrorMessage> invalidKeywordValue(String written, ILeafNode previous) {
		if (written == null || previous == null || !isWord(written)) {
			return Optional.empty();
		}
		List<AbstractRule> valueRules = rulesAfter(previous.getGrammarElement());
		List<String> allowed = new ArrayList<>();
		valueRules.forEach(rule -> keywordValues(rule).stream().filter(v -> !allowed.contains(v)).forEach(allowed::add));
		if (allowed.isEmpty() || allowed.contains(written)) {
			return Optional.empty();
		}
		String what = previous.getGrammarElement() instanceof Keyword keyword && isWord(keyword.getValue())
				? "a value of '" + keyword.getValue() + "'"
				: "a " + words(typeName(valueRules.get(0)));
		Optional<String> suggestion = Suggestions.closest(written, allowed);
		String message = "'" + written + "' is not " + what + ". Write one of: " + String.join(", ", allowed) + "."
				+ suggestion.map(s -> " Did you mean '" + s + "'?").orElse("");
		return Optional.of(new SyntaxErrorMessage(message, IssueCodes.INVALID_KEYWORD_VALUE,
				suggestion.map(s -> new String[] { written, s }).orElse(new String[] { written })));
	}

	/**
	 * A keyword of an element's body right after that element's header: the '{' is missing
	 * ({@code touchpoint Ad "Ad"} and then {@code channel social} on the next line). The error is
	 * moved to the end of the header, where the brace belongs.
	 */
	private Optional<SyntaxErrorMessage> missingOpeningBrace(String written, ILeafNode previous, Token token) {
		if (written == null || previous == null || token == null) {
			return Optional.empty();
		}
		ICompositeNode element = enclosingRuleNode(previous);
		if (element == null || !(GrammarUtil.containingRule(element.getGrammarElement()) instanceof ParserRule)) {
			return Optional.empty();
		}
		ParserRule rule = ruleOf(element);
		if (rule == null || !bodyKeywords(rule).contains(written) || containsLeaf(element, "{")) {
			return Optional.empty();
		}
		String header = element.getRootNode().getText().substring(element.getOffset(), previous.getEndOffset());
		String message = "'" + written + "' belongs inside a body: the '{' after " + firstLine(header) + " is missing.";
		return Optional.of(new SyntaxErrorMessage(message, IssueCodes.MISSING_OPENING_BRACE,
				new String[] { RANGE_PREFIX + previous.getOffset() + ":" + previous.getLength(), previous.getText(),
						previous.getText() + " {" }));
	}

	/** A word close to a keyword, where no keyword fits: "did you mean". */
	private Optional<SyntaxErrorMessage> misspeltKeyword(String written) {
		if (written == null || !isWord(written) || allKeywords().contains(written)) {
			return Optional.empty();
		}
		return Suggestions.closest(written, allKeywords().stream().filter(k -> k.length() > 3).toList())
				.map(keyword -> new SyntaxErrorMessage("'" + written + "' is not a keyword. Did you mean '" + keyword + "'?",
						IssueCodes.KEYWORD_TYPO, new String[] { written, keyword }));
	}

	private Set<String> allKeywords() {
		if (keywords == null) {
			Set<String> all = new LinkedHashSet<>();
			GrammarUtil.containedKeywords(grammar.getGrammar()).forEach(k -> all.add(k.getValue()));
			keywords = all;
		}
		return keywords;
	}

	/** The rule called right after {@code element} in its group, if it is an assignment to a keyword rule. */
	private static List<AbstractRule> rulesAfter(EObject element) {
		EObject current = element instanceof RuleCall && element.eContainer() instanceof Assignment ? element.eContainer()
				: element;
		if (!(current instanceof AbstractElement) || !(current.eContainer() instanceof Group group)) {
			return List.of();
		}
		int index = group.getElements().indexOf(current);
		if (index < 0 || index + 1 >= group.getElements().size()) {
			return List.of();
		}
		AbstractElement next = group.getElements().get(index + 1);
		// 'unit' (unit=Unit | unit=CurrencyUnit currency=... | unit=DurationUnit ...): every alternative's first value
		List<AbstractElement> alternatives = next instanceof Alternatives choice ? choice.getElements() : List.of(next);
		List<AbstractRule> rules = new ArrayList<>();
		for (AbstractElement alternative : alternatives) {
			AbstractElement first = alternative instanceof Group inner && !inner.getElements().isEmpty()
					? inner.getElements().get(0)
					: alternative;
			if (first instanceof Assignment assignment && assignment.getTerminal() instanceof RuleCall call) {
				rules.add(call.getRule());
			}
		}
		return rules;
	}

	/** What a rule's values are called: the type it returns (WindowUnit returns a TimeUnit: "time unit"). */
	private static String typeName(AbstractRule rule) {
		return rule.getType() != null && rule.getType().getClassifier() != null ? rule.getType().getClassifier().getName()
				: rule.getName();
	}

	/** The words an enum rule or a rule of keyword alternatives allows; 'unspecified' is the value of leaving it out. */
	private static List<String> keywordValues(AbstractRule rule) {
		List<String> values = new ArrayList<>();
		if (rule instanceof EnumRule) {
			for (EnumLiteralDeclaration literal : EcoreUtil2.eAllOfType(rule, EnumLiteralDeclaration.class)) {
				values.add(literal.getLiteral().getValue());
			}
		} else if (rule instanceof ParserRule parserRule && GrammarUtil.isDatatypeRule(parserRule)
				&& GrammarUtil.containedRuleCalls(rule.getAlternatives()).isEmpty()) {
			GrammarUtil.containedKeywords(rule.getAlternatives()).forEach(k -> values.add(k.getValue()));
		}
		values.remove("unspecified");
		return values;
	}

	/** The keywords that start a line of a rule's body (description, channel...), not of rules it calls. */
	private static Set<String> bodyKeywords(ParserRule rule) {
		Set<String> words = new LinkedHashSet<>();
		GrammarUtil.containedKeywords(rule.getAlternatives()).stream().map(Keyword::getValue)
				.filter(JourneySyntaxErrorMessageProvider::isWord).forEach(words::add);
		return words;
	}

	private static ParserRule ruleOf(ICompositeNode node) {
		EObject grammarElement = node.getGrammarElement();
		if (grammarElement instanceof RuleCall call && call.getRule() instanceof ParserRule rule) {
			return rule;
		}
		return grammarElement instanceof ParserRule rule ? rule : null;
	}

	/**
	 * The word the lexer could not read: it reports "Invalid token twelve-step" for a word that
	 * starts like a keyword with a dash (twelve-steps) and then is not one.
	 */
	private static String lexerErrorText(String message) {
		String prefix = "Invalid token ";
		return message != null && message.startsWith(prefix) ? message.substring(prefix.length()).strip() : null;
	}

	/** The node of the (non-datatype) parser rule that {@code node} is or belongs to. */
	private static ICompositeNode enclosingRuleNode(INode start) {
		for (ICompositeNode node = start instanceof ICompositeNode composite ? composite : start.getParent(); node != null;
				node = node.getParent()) {
			ParserRule rule = ruleOf(node);
			if (rule != null && !GrammarUtil.isDatatypeRule(rule)) {
				return node;
			}
		}
		return null;
	}

	private static boolean containsLeaf(ICompositeNode node, String text) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && text.equals(leaf.getText())) {
				return true;
			}
		}
		return false;
	}

	/** The last token the parser read before the error: inside the node being built, else before it. */
	static ILeafNode previousVisibleLeaf(INode current) {
		ILeafNode inside = current == null ? null : lastVisibleLeaf(current);
		return inside != null ? inside : visibleLeafBefore(current);
	}

	/** The last token before {@code node} starts. */
	static ILeafNode visibleLeafBefore(INode node) {
		for (INode ancestor = node; ancestor != null; ancestor = ancestor.getParent()) {
			for (INode sibling = ancestor.hasPreviousSibling() ? ancestor.getPreviousSibling() : null; sibling != null;
					sibling = sibling.hasPreviousSibling() ? sibling.getPreviousSibling() : null) {
				ILeafNode found = lastVisibleLeaf(sibling);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static ILeafNode lastVisibleLeaf(INode node) {
		if (node instanceof ILeafNode leaf) {
			return leaf.isHidden() || leaf.getGrammarElement() == null
					|| leaf.getGrammarElement() instanceof TerminalRule ? null : leaf;
		}
		if (node instanceof ICompositeNode composite) {
			for (INode child = composite.getLastChild(); child != null;
					child = child.hasPreviousSibling() ? child.getPreviousSibling() : null) {
				ILeafNode found = lastVisibleLeaf(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static boolean isWord(String text) {
		return !text.isEmpty() && Character.isLetter(text.charAt(0))
				&& text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

	/** PropertyType -> "property type". */
	private static String words(String ruleName) {
		return ruleName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}

	/** The first line of an element's text, up to its '{': how the modeller recognises the element. */
	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		String line = end < 0 ? text.strip() : text.substring(0, end).strip();
		int brace = line.indexOf('{');
		return brace < 0 ? line : line.substring(0, brace).strip();
	}
}
