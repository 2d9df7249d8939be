package org.journey.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A value written with a common slip the converter recognises (a decimal comma, a text without
 * its closing quote). It carries its own issue code and, as issue data, the text as written and
 * the text corrected, so that a quick fix can replace one with the other.
 */
public class SlipException extends ValueConverterException {

	private static final long serialVersionUID = 1L;

	private final String issueCode;
	private final String written;
	private final String corrected;

	public SlipException(String message, INode node, String issueCode, String written, String corrected) {
		super(message, node, null);
		this.issueCode = issueCode;
		this.written = written;
		this.corrected = corrected;
	}

	public String getIssueCode() {
		return issueCode;
	}

	public String[] getIssueData() {
		return new String[] { written, corrected };
	}
}
