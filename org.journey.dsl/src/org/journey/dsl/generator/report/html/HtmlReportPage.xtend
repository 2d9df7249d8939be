package org.journey.dsl.generator.report.html

import java.util.List
import org.journey.dsl.map.JourneyMap

/**
 * The HTML of one journey map: the page around the cover and the sections, each drawn by its
 * own class from one {@link HtmlContext}. Sections without content are left out rather than
 * drawn empty, and so are their entries in the contents.
 */
class HtmlReportPage extends HtmlPart {

	val CoverSection cover
	val List<HtmlSection> sections

	new(JourneyMap map) {
		super(new HtmlContext(map))
		this.cover = new CoverSection(context)
		this.sections = #[
			new MapSection(context),
			new FunnelSection(context),
			new KpiSection(context),
			new TrackingSection(context),
			new PrioritySection(context),
			new CoverageSection(context),
			new SegmentSection(context),
			new InitiativeSection(context)
		]
	}

	def CharSequence page() {
		val shown = sections.filter[shown()].toList
		'''
			<!DOCTYPE html>
			<html lang="«e(map.language().code())»">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
			<meta name="generator" content="Journey">
			<title>«e(map.label())» · «t('section.map')»</title>
			<style>
			«context.style()»
			«IF !columns.empty»
				«MapGridLayout.overviewRule(columns)»
			«ENDIF»
			</style>
			</head>
			<body>
			<div class="page">
			«cover.render()»
			«IF !shown.empty»
				«tableOfContents(shown)»
			«ENDIF»
			«FOR section : shown»
				«section.render()»
			«ENDFOR»
			<footer class="report-footer">«t('label.generatedFrom')» <code>«id(map.qualifiedName())»</code></footer>
			</div>
			</body>
			</html>
		'''
	}

	def private tableOfContents(List<HtmlSection> shown) '''
		<nav class="toc" aria-label="«t('label.contents')»">
		  <span class="toc-title">«t('label.contents')»</span>
		  «FOR section : shown»
		  	<a href="#«section.id()»">«t(section.titleKey())»</a>
		  «ENDFOR»
		</nav>
	'''
}
