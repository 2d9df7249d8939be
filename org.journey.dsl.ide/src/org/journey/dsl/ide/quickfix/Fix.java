package org.journey.dsl.ide.quickfix;

import java.util.List;

/**
 * What the editor offers (label) and what choosing it does (edits of one file, non-overlapping,
 * in the order of their offsets, each at an offset of the text the fix was computed on).
 */
public record Fix(String label, List<Edit> edits) {
}
