package org.journey.dsl.resource;

import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A file the parser does not read: too large to read within the memory a build or an editor has,
 * or with parentheses nested deeper than the parser's stack allows. One error at one position.
 */
final class UnreadableFileDiagnostic extends AbstractDiagnostic {

	private final String code;
	private final String message;
	private final int offset;
	private final int line;
	private final int column;

	UnreadableFileDiagnostic(String code, String message, int offset, int line, int column) {
		this.code = code;
		this.message = message;
		this.offset = offset;
		this.line = line;
		this.column = column;
	}

	@Override
	protected INode getNode() {
		return null;
	}

	@Override
	public String getCode() {
		return code;
	}

	@Override
	public String[] getData() {
		return new String[0];
	}

	@Override
	public String getMessage() {
		return message;
	}

	@Override
	public int getOffset() {
		return offset;
	}

	@Override
	public int getLength() {
		return 1;
	}

	@Override
	public int getLine() {
		return line;
	}

	@Override
	public int getColumn() {
		return column;
	}

	@Override
	public int getLineEnd() {
		return line;
	}

	@Override
	public int getColumnEnd() {
		return column + 1;
	}
}
