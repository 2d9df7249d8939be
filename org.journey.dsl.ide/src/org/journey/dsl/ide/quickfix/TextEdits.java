package org.journey.dsl.ide.quickfix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.journey.dsl.journey.Model;

/**
 * Edits that add or remove a line, a body or an element the way the formatter would have written
 * it: in the file's own indentation, without blank lines or blanks left behind.
 */
public final class TextEdits {

	/** A line indented with spaces: the shortest such indentation is the file's indentation step. */
	private static final Pattern SPACE_INDENTED_LINE = Pattern.compile("\n( +)\\S");

	private TextEdits() {
	}

	/** The element of the file (segment, KPI, journey...) that contains {@code object}. */
	public static EObject topLevelOf(EObject object) {
		EObject topLevel = object;
		while (topLevel.eContainer() != null && !(topLevel.eContainer() instanceof Model)) {
			topLevel = topLevel.eContainer();
		}
		return topLevel;
	}

	/**
	 * A new element of the file on a line of its own before {@code topLevel}: right after the
	 * element before it, so the comments above {@code topLevel} stay with it.
	 */
	public static Edit declareBefore(EObject topLevel, String declaration, String text) {
		if (topLevel.eContainer() instanceof Model model) {
			int index = model.getElements().indexOf(topLevel);
			if (index > 0) {
				return new Edit(NodeModelUtils.getNode(model.getElements().get(index - 1)).getEndOffset(), 0, "\n" + declaration);
			}
		}
		return new Edit(lineStart(text, NodeModelUtils.getNode(topLevel).getOffset()), 0, declaration + "\n");
	}

	/**
	 * Adds {@code line} as the last line of the element's body; an element without a body
	 * ({@code kpi X "title"}) gets one.
	 */
	public static Edit appendToBody(EObject element, String line, String text) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		int end = node.getEndOffset();
		if (text.charAt(end - 1) != '}') {
			String indent = indentationOfLine(text, node.getOffset());
			return new Edit(end, 0, " {\n" + indent + indentUnit(text) + line + "\n" + indent + "}");
		}
		return insertBeforeClosingBrace(element, line, text);
	}

	/** Inserts {@code line} as the body's last line, or before the brace of a one-line body. */
	public static Edit insertBeforeClosingBrace(EObject element, String line, String text) {
		int closing = NodeModelUtils.getNode(element).getEndOffset() - 1;
		int lineStart = lineStart(text, closing);
		if (text.substring(lineStart, closing).isBlank()) {
			String indent = text.substring(lineStart, closing);
			return new Edit(lineStart, 0, indent + indentUnit(text) + line + "\n");
		}
		return new Edit(closing, 0, (text.charAt(closing - 1) == ' ' ? "" : " ") + line + " ");
	}

	/** The element's opening brace; the element must have a body. */
	public static INode openingBrace(EObject element) {
		for (ILeafNode leaf : NodeModelUtils.getNode(element).getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				return leaf;
			}
		}
		throw new IllegalStateException("no body: " + element);
	}

	/** Removes the element, with its whole lines when it stands on lines of its own. */
	public static Edit removeWithItsLines(EObject element, String text) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		int start = node.getOffset();
		int end = start + node.getLength();
		int lineStart = lineStart(text, start);
		if (text.substring(lineStart, start).isBlank()) {
			start = lineStart;
		}
		int lineEnd = text.indexOf('\n', end);
		if (lineEnd >= 0 && text.substring(end, lineEnd).isBlank()) {
			end = lineEnd + 1;
		}
		return new Edit(start, end - start, "");
	}

	/** Where the last token (not a comment, not white space) of {@code container} before {@code offset} ends. */
	public static int endOfLastTokenBefore(EObject container, int offset) {
		int end = NodeModelUtils.getNode(container).getOffset();
		for (ILeafNode leaf : NodeModelUtils.getNode(container).getLeafNodes()) {
			if (leaf.getEndOffset() > offset) {
				break;
			}
			if (!leaf.isHidden()) {
				end = leaf.getEndOffset();
			}
		}
		return end;
	}

	public static int lineStart(String text, int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	public static String indentationOfLine(String text, int offset) {
		int start = lineStart(text, offset);
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	/** The file's own indentation step: a tab unless its lines are indented with spaces. */
	public static String indentUnit(String text) {
		Matcher spaces = SPACE_INDENTED_LINE.matcher(text);
		int smallest = Integer.MAX_VALUE;
		while (spaces.find()) {
			smallest = Math.min(smallest, spaces.group(1).length());
		}
		return smallest == Integer.MAX_VALUE ? "\t" : " ".repeat(smallest);
	}
}
