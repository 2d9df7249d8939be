package org.journey.dsl.ide.contentassist;

import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;

/**
 * A document that knows where the cursor is, so that the position of an offset on the cursor's
 * line is counted from the cursor: Xtext's document counts from the top of the file, and a
 * completion list asks once per proposal.
 */
final class CaretAnchoredDocument extends Document {

	private final int caretOffset;
	private final Position caretPosition;

	CaretAnchoredDocument(Document document, int caretOffset, Position caretPosition) {
		super(document.getVersion(), document.getContents(), document.isPrintSourceOnError());
		this.caretOffset = caretOffset;
		this.caretPosition = caretPosition;
	}

	@Override
	public Position getPosition(int offset) {
		String contents = getContents();
		if (offset >= 0 && offset <= contents.length() && !hasLineBreakBetween(contents, offset, caretOffset)) {
			return new Position(caretPosition.getLine(), caretPosition.getCharacter() + offset - caretOffset);
		}
		return super.getPosition(offset);
	}

	/** Only '\n' starts a line, as in Xtext's document. */
	private static boolean hasLineBreakBetween(String contents, int one, int other) {
		int from = Math.min(one, other);
		int to = Math.max(one, other);
		int lineBreak = contents.indexOf('\n', from);
		return lineBreak >= 0 && lineBreak < to;
	}
}
