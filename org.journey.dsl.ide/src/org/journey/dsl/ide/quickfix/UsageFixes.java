package org.journey.dsl.ide.quickfix;

import org.eclipse.emf.ecore.EObject;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Segment;
import org.journey.dsl.journey.Source;
import org.journey.dsl.validation.IssueCodes;

/** Elements nothing uses are removed, with their lines when they stand on lines of their own. */
public class UsageFixes {

	@QuickFix(IssueCodes.UNUSED_SEGMENT)
	public void removeSegment(IssueToFix issue, FixAcceptor fixes) {
		issue.containerOf(Segment.class).ifPresent(segment -> remove(issue, fixes, segment, "segment " + segment.getName()));
	}

	@QuickFix(IssueCodes.UNUSED_KPI)
	public void removeKpi(IssueToFix issue, FixAcceptor fixes) {
		issue.containerOf(Kpi.class).ifPresent(kpi -> remove(issue, fixes, kpi, "KPI " + kpi.getName()));
	}

	@QuickFix(IssueCodes.UNUSED_SOURCE)
	public void removeSource(IssueToFix issue, FixAcceptor fixes) {
		issue.containerOf(Source.class).ifPresent(source -> remove(issue, fixes, source, "source " + source.getName()));
	}

	private static void remove(IssueToFix issue, FixAcceptor fixes, EObject element, String what) {
		fixes.accept("Remove the unused " + what, TextEdits.removeWithItsLines(element, issue.text()));
	}
}
