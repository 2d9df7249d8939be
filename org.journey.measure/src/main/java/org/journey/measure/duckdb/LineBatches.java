package org.journey.measure.duckdb;

import java.io.IOException;
import java.io.Reader;
import java.sql.SQLException;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A text's lines, numbered from 1, appended to a table {@code (row BIGINT, line VARCHAR)} a batch at
 * a time. Lines end at {@code \n} only (a {@code \r} before it stays, for the query to trim), as
 * DuckDB's own string_split read them, so line numbers are the same as an editor's.
 */
final class LineBatches {

	private final Reader reader;
	private final char[] buffer = new char[1 << 16];
	private int position;
	private int limit;
	private long lineNumber;
	private boolean ended;

	LineBatches(Reader reader) {
		this.reader = reader;
	}

	/** Appends up to {@code lines} lines to the table; false when the text had none left. */
	boolean appendNext(DuckDbEngine engine, String table, int lines) throws IOException, SQLException {
		if (ended) {
			return false;
		}
		int appended = 0;
		DuckDBConnection connection = engine.connection().unwrap(DuckDBConnection.class);
		try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
			StringBuilder line = new StringBuilder();
			while (appended < lines) {
				String next = nextLine(line);
				if (next == null) {
					ended = true;
					break;
				}
				appender.beginRow().append(++lineNumber).append(next).endRow();
				appended++;
			}
		}
		return appended > 0;
	}

	/** The next line without its \n; null at the end of the text (a final empty line is none). */
	private String nextLine(StringBuilder line) throws IOException {
		line.setLength(0);
		while (true) {
			if (position == limit) {
				limit = reader.read(buffer);
				position = 0;
				if (limit <= 0) {
					limit = 0;
					return line.length() == 0 ? null : line.toString();
				}
			}
			int start = position;
			while (position < limit && buffer[position] != '\n') {
				position++;
			}
			line.append(buffer, start, position - start);
			if (position < limit) {
				position++;
				return line.toString();
			}
		}
	}
}
