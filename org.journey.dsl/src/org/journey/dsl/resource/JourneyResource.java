package org.journey.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/**
 * A .journey file. Files saved as "UTF-8 with BOM" (Windows Notepad, Excel, PowerShell 5) start
 * with U+FEFF; the decoder keeps it as a character, and the parser would reject the whole file
 * with "missing EOF at '\uFEFF'", an error about a character no editor shows. The mark says how
 * the file is encoded, it is not content, so it is dropped before parsing.
 */
public class JourneyResource extends LazyLinkingResource {

	private static final int BYTE_ORDER_MARK = '\uFEFF';

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		PushbackReader reader = new PushbackReader(super.createReader(inputStream), 1);
		int first = reader.read();
		if (first != -1 && first != BYTE_ORDER_MARK) {
			reader.unread(first);
		}
		return reader;
	}
}
