package org.journey.dsl.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.journey.dsl.parser.FormulaNesting;
import org.journey.dsl.parser.SyntaxDiagnostics;
import org.journey.dsl.validation.IssueCodes;

/**
 * A .journey file. Files saved as "UTF-8 with BOM" (Windows Notepad, Excel, PowerShell 5) start
 * with U+FEFF; the decoder keeps it as a character, and the parser would reject the whole file
 * with "missing EOF at '\uFEFF'", an error about a character no editor shows. The mark says how
 * the file is encoded, it is not content, so it is dropped before parsing.
 */
public class JourneyResource extends LazyLinkingResource {

	private static final int BYTE_ORDER_MARK = '\uFEFF';

	/**
	 * The largest file read. Read, validated and generated, a model holds some 75 times its text's
	 * size in memory (the benchmark: 591 MiB after GC for 7.9 MB): 16 MB, some 400,000 lines, needs
	 * about 1.2 GB; a 50 MB file would need about 4 GB.
	 */
	public static final int MAX_FILE_BYTES = 16 << 20;

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		PushbackReader reader = new PushbackReader(super.createReader(inputStream), 1);
		int first = reader.read();
		if (first != -1 && first != BYTE_ORDER_MARK) {
			reader.unread(first);
		}
		return reader;
	}

	/**
	 * Reads the file. A file whose parentheses nest deeper than {@link FormulaNesting#MAX_DEPTH} is
	 * not parsed: it becomes empty with one error at the deepest parenthesis. The limit is checked
	 * before parsing, so the same file gets the same error in every run, in every thread; before,
	 * the parser's own stack overflow decided, and the JIT moved that limit from run to run.
	 */
	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		byte[] bytes = inputStream.readNBytes(MAX_FILE_BYTES + 1);
		if (bytes.length > MAX_FILE_BYTES) {
			getContents().clear();
			getErrors().clear();
			getErrors().add(new UnreadableFileDiagnostic(IssueCodes.FILE_TOO_LARGE, "This file is larger than "
					+ (MAX_FILE_BYTES >> 20) + " MB, too large to read: its model would not fit in the memory of a build or an"
					+ " editor. Split it into several files that import each other's packages.", 0, 1, 1));
			return;
		}
		String text = new String(bytes, getEncoding());
		FormulaNesting nesting = FormulaNesting.of(text);
		if (nesting.tooDeep()) {
			unreadable(tooDeep(text, nesting));
			return;
		}
		try {
			super.doLoad(new ByteArrayInputStream(bytes), options);
		} catch (RuntimeException | StackOverflowError e) {
			// a thread with a smaller stack than the limit was chosen for
			if (!causedByStackOverflow(e)) {
				throw e;
			}
			unreadable(tooDeep(text, nesting));
		}
	}

	/** Whether the file was not parsed (too large, nested too deep): then it has no parse result and no model. */
	public boolean isUnreadable() {
		return getErrors().stream().anyMatch(UnreadableFileDiagnostic.class::isInstance);
	}

	private void unreadable(UnreadableFileDiagnostic error) {
		getContents().clear();
		getErrors().clear();
		getWarnings().clear();
		getErrors().add(error);
	}

	/** One syntax error per mistake, at the mistake: see {@link SyntaxDiagnostics}. */
	@Override
	protected void addSyntaxErrors() {
		if (isValidationDisabled() || getParseResult() == null) {
			return;
		}
		getErrors().addAll(SyntaxDiagnostics.of(getParseResult()));
	}

	/** Whether the file has syntax errors: then the model holds only what the parser's recovery kept. */
	public boolean hasSyntaxErrors() {
		for (Resource.Diagnostic error : getErrors()) {
			if (SyntaxDiagnostics.isSyntaxDiagnostic(error) || error instanceof UnreadableFileDiagnostic) {
				return true;
			}
		}
		return false;
	}

	private static boolean causedByStackOverflow(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof StackOverflowError) {
				return true;
			}
		}
		return false;
	}

	private static UnreadableFileDiagnostic tooDeep(String text, FormulaNesting nesting) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < nesting.offset(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new UnreadableFileDiagnostic(IssueCodes.NESTING_TOO_DEEP, "Parentheses nest " + nesting.depth()
				+ " levels deep here; at most " + FormulaNesting.MAX_DEPTH + " are read. Simplify the formula: a KPI formula"
				+ " needs a few levels at most.", nesting.offset(), line, nesting.offset() - lineStart + 1);
	}
}
