package org.journey.dsl.resource;

import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.journey.dsl.validation.IssueCodes;

/** A file the parser could not read because its parentheses nest deeper than its stack allows. */
final class NestingTooDeepDiagnostic extends AbstractDiagnostic {

	private final String message;
	private final int offset;
	private final int line;
	private final int column;

	NestingTooDeepDiagnostic(String message, int offset, int line, int column) {
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
		return IssueCodes.NESTING_TOO_DEEP;
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
