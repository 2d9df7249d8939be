package org.journey.dsl.ide.quickfix;

/** Replace {@code length} characters at {@code offset} of the file's text with {@code text}. */
public record Edit(int offset, int length, String text) {
}
