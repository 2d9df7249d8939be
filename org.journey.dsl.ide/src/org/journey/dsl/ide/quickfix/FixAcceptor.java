package org.journey.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the fixes a {@link QuickFix} method finds for one issue, in the order it finds them. */
public final class FixAcceptor {

	/** At most this many alternatives (KPIs, sources, packages) for one issue: a menu, not a list to scroll. */
	public static final int MAX_CHOICES = 5;

	private final List<Fix> fixes = new ArrayList<>();

	FixAcceptor() {
	}

	public void accept(String label, Edit... edits) {
		accept(label, List.of(edits));
	}

	/** {@code edits} in any order: editors expect them by offset, so they are sorted here. */
	public void accept(String label, List<Edit> edits) {
		fixes.add(new Fix(label, edits.stream().sorted(Comparator.comparingInt(Edit::offset)).toList()));
	}

	List<Fix> fixes() {
		return List.copyOf(fixes);
	}
}
