package org.journey.dsl.formatting2;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.IMerger;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegionPart;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.formatting2.regionaccess.IWhitespace;

/**
 * Lays out one gap between two tokens: its whitespace and the comments in it.
 * <p>
 * Xtext does this in {@code formatting2.internal.HiddenRegionReplacer}, which is not API (it may
 * change in any release), and offers no public hook for the two things the Journey layout needs
 * differently. So the layout of a gap with comments is ours, written against the public API only:
 * the whitespace and comment replacers still come from the formatter ({@link
 * AbstractFormatter2#createWhitespaceReplacer}, {@link AbstractFormatter2#createCommentReplacer}),
 * and this class decides the formatting of each piece of whitespace, as Xtext 2.42 does except:
 * <ul>
 * <li>Xtext applies the indentation decrease before a closing brace to the first line break of
 * the gap, so a comment on its own line before the brace (often a commented-out property) would
 * move out to the brace's column. Here the decrease applies to the last part of the gap, just
 * before the brace, and the comment stays in the body.</li>
 * <li>Xtext allows no blank line between two comments of one gap; modellers use one to set a
 * section header (a {@code // ----} line) apart from the comment of the element below it. Here
 * such a blank line stays.</li>
 * </ul>
 * A gap without comments is left to Xtext's whitespace replacer as it is.
 */
final class GapReplacer implements ITextReplacer {

	/** How the formatter treats a comment, by the same rule as {@link AbstractFormatter2#createCommentReplacer}. */
	private enum CommentKind {
		/** {@code /* ... *}{@code /}: on lines of their own when it spans lines, else one space around it. */
		MULTI_LINE,
		/** {@code //} after code or indented: keeps to the indentation of the code around it. */
		SINGLE_LINE,
		/** {@code //} at the start of a line (code commented out): stays at the start of the line. */
		SINGLE_LINE_AT_LINE_START;

		static CommentKind of(IComment comment) {
			String rule = comment.getGrammarElement() instanceof AbstractRule r ? r.getName() : "";
			if (rule.startsWith("ML")) {
				return MULTI_LINE;
			}
			return comment.getLineRegions().get(0).getIndentation().getLength() > 0 ? SINGLE_LINE
					: SINGLE_LINE_AT_LINE_START;
		}
	}

	/**
	 * One piece of the gap, whitespace or comment, in text order.
	 *
	 * @param spacing the whitespace's formatting, null for a comment
	 * @param comment the comment's kind, null for whitespace
	 */
	private record Piece(ITextSegment segment, ITextReplacer replacer, IHiddenRegionFormatting spacing,
			CommentKind comment) {

		boolean isComment() {
			return comment != null;
		}
	}

	private final IHiddenRegion region;
	private final IHiddenRegionFormatting formatting;

	GapReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		this.region = region;
		this.formatting = formatting;
	}

	/**
	 * One replacer for a gap that several format calls set, with their formattings merged; null
	 * when they are not all gap replacers of one gap or their formattings conflict.
	 */
	static GapReplacer merge(List<? extends ITextReplacer> conflicting, IMerger<IHiddenRegionFormatting> formattings) {
		List<IHiddenRegionFormatting> merged = new ArrayList<>();
		IHiddenRegion gap = null;
		for (ITextReplacer replacer : conflicting) {
			if (!(replacer instanceof GapReplacer gapReplacer) || gap != null && gap != gapReplacer.region) {
				return null;
			}
			gap = gapReplacer.region;
			merged.add(gapReplacer.formatting);
		}
		IHiddenRegionFormatting formatting = formattings.merge(merged);
		return formatting == null ? null : new GapReplacer(gap, formatting);
	}

	@Override
	public IHiddenRegion getRegion() {
		return region;
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		AbstractFormatter2 formatter = context.getFormatter();
		List<IHiddenRegionPart> parts = region.getParts();
		if (parts.isEmpty()) {
			return formatter.createWhitespaceReplacer(region, formatting).createReplacements(context);
		}
		if (parts.size() == 1 && parts.get(0) instanceof IWhitespace whitespace) {
			return formatter.createWhitespaceReplacer(whitespace, formatting).createReplacements(context);
		}
		List<Piece> pieces = pieces(formatter);
		layOut(pieces);
		ITextReplacerContext current = context;
		current.setNextReplacerIsChild();
		for (Piece piece : pieces) {
			current = piece.replacer().createReplacements(current.withReplacer(piece.replacer()));
		}
		return current;
	}

	/** Whitespace and comments alternate, starting and ending with (maybe empty) whitespace. */
	private List<Piece> pieces(AbstractFormatter2 formatter) {
		List<Piece> pieces = new ArrayList<>();
		for (ITextSegment segment : region.getAlternatingMergedSpaceAndComments()) {
			if (segment instanceof IComment comment) {
				pieces.add(new Piece(segment, formatter.createCommentReplacer(comment), null, CommentKind.of(comment)));
			} else {
				IHiddenRegionFormatting spacing = formatter.createHiddenRegionFormatting();
				pieces.add(new Piece(segment, formatter.createWhitespaceReplacer(segment, spacing), spacing, null));
			}
		}
		return pieces;
	}

	private void layOut(List<Piece> pieces) {
		IHiddenRegionFormatting separator = separator(pieces);
		indent(pieces, separator);
		separator.setNewLinesDefault(formatting.getNewLineDefault());
		separator.setNewLinesMax(formatting.getNewLineMax());
		separator.setNewLinesMin(formatting.getNewLineMin());
		separator.setSpace(formatting.getSpace());
		spaceAroundComments(pieces, separator);
		for (int i = 1; i < pieces.size() - 1; i++) {
			if (pieces.get(i).isComment()) {
				placeComment(pieces.get(i), pieces.get(i - 1), pieces.get(i + 1));
			}
		}
		keepBlankLinesBetweenComments(pieces);
	}

	/**
	 * The whitespace that stands for the gap as a whole and takes its line breaks and space: the
	 * first one at or after a line break, else the last one.
	 */
	private static IHiddenRegionFormatting separator(List<Piece> pieces) {
		boolean afterLineBreak = false;
		for (Piece piece : pieces) {
			if (!piece.isComment()) {
				afterLineBreak |= piece.segment().isMultiline();
				if (afterLineBreak) {
					return piece.spacing();
				}
			}
		}
		return pieces.get(pieces.size() - 1).spacing();
	}

	/** A decrease alone goes to the last whitespace, just before the closing token: see the class comment. */
	private void indent(List<Piece> pieces, IHiddenRegionFormatting separator) {
		Integer increase = formatting.getIndentationIncrease();
		Integer decrease = formatting.getIndentationDecrease();
		IHiddenRegionFormatting last = pieces.get(pieces.size() - 1).spacing();
		if (increase != null && decrease != null) {
			pieces.get(0).spacing().setIndentationIncrease(increase);
			last.setIndentationDecrease(decrease);
		} else if (increase != null) {
			separator.setIndentationIncrease(increase);
		} else if (decrease != null) {
			last.setIndentationDecrease(decrease);
		}
	}

	/**
	 * Whitespace other than the separator: at most one line break, and one space unless it
	 * follows a comment or precedes a multi-line comment (which the next step puts on a line of its own).
	 */
	private void spaceAroundComments(List<Piece> pieces, IHiddenRegionFormatting separator) {
		for (int i = 0; i < pieces.size(); i++) {
			Piece piece = pieces.get(i);
			if (piece.isComment()) {
				continue;
			}
			piece.spacing().setPriority(formatting.getPriority());
			if (piece.spacing() == separator) {
				continue;
			}
			boolean afterComment = i > 0 && pieces.get(i - 1).isComment();
			boolean beforeMultiLineComment = i + 1 < pieces.size() && pieces.get(i + 1).comment() == CommentKind.MULTI_LINE;
			if (!afterComment && !beforeMultiLineComment) {
				piece.spacing().setSpace(piece.segment().getOffset() > 0 ? " " : "");
			}
			piece.spacing().setNewLinesMin(0);
			piece.spacing().setNewLinesMax(1);
		}
	}

	private static void placeComment(Piece comment, Piece leading, Piece trailing) {
		switch (comment.comment()) {
		case MULTI_LINE -> {
			if (comment.segment().isMultiline()) {
				atLeastOneLineBreak(leading);
				atLeastOneLineBreak(trailing);
			} else {
				atLeastOneSpaceUnlessOnItsOwnLine(leading);
				atLeastOneSpaceUnlessOnItsOwnLine(trailing);
			}
		}
		case SINGLE_LINE_AT_LINE_START -> leading.spacing().setNoIndentation(true);
		case SINGLE_LINE -> {
			// keeps to the indentation of the code around it
		}
		}
	}

	private static void atLeastOneLineBreak(Piece whitespace) {
		Integer min = whitespace.spacing().getNewLineMin();
		if (whitespace.segment().getOffset() > 0 && (min == null || min < 1)) {
			whitespace.spacing().setNewLinesMin(1);
		}
	}

	private static void atLeastOneSpaceUnlessOnItsOwnLine(Piece whitespace) {
		String space = whitespace.spacing().getSpace();
		if (!whitespace.segment().isMultiline() && whitespace.segment().getOffset() > 0
				&& (space == null || space.isEmpty())) {
			whitespace.spacing().setSpace(" ");
		}
	}

	/** A blank line between a line comment and the next comment stays: see the class comment. */
	private static void keepBlankLinesBetweenComments(List<Piece> pieces) {
		for (int i = 1; i < pieces.size() - 1; i++) {
			Piece before = pieces.get(i - 1);
			Piece between = pieces.get(i);
			if (!between.isComment() && before.isComment() && before.segment().getText().endsWith("\n")
					&& pieces.get(i + 1).isComment()) {
				// Counted with the line break that ends the first comment, which the whitespace
				// replacer leaves out: two keeps one blank line, one keeps none.
				int lineBreaks = Math.min(between.segment().getLineCount(), 2);
				between.spacing().setNewLinesMin(lineBreaks);
				between.spacing().setNewLinesMax(lineBreaks);
			}
		}
	}
}
