package org.journey.dsl.generator.report

import org.eclipse.xtext.generator.IFileSystemAccess2
import org.journey.dsl.generator.JourneyRun
import org.journey.dsl.generator.ReportTarget
import org.journey.dsl.generator.report.html.HtmlReportPage
import org.journey.dsl.map.JourneyMap

/**
 * The journey map as one self-contained HTML page, {@code journey-map.html} in the journey's
 * folder: what a CX lead opens in a browser, sends round, or prints to PDF for management.
 * Drawn from the {@link JourneyMap} only, so it shows what the diagram and the other reports show.
 */
class HtmlReport implements ReportTarget {

	public static val FILE_NAME = "journey-map.html"

	override name() {
		"html"
	}

	override generate(JourneyRun run, IFileSystemAccess2 files) {
		val map = run.map
		val folder = run.folder
		files.generateFile(folder + FILE_NAME, render(map))
	}

	/**
	 * The page for a journey map. Line ends are always "\n", whatever the platform, so the same
	 * model gives the same bytes everywhere.
	 */
	def String render(JourneyMap map) {
		new HtmlReportPage(map).page().toString().replace("\r\n", "\n")
	}
}
