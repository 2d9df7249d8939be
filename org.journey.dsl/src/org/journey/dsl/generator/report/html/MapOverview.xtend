package org.journey.dsl.generator.report.html

import org.journey.dsl.map.JourneyMap.Column
import org.journey.dsl.map.JourneyMap.TouchpointCard

/**
 * The whole map at a glance, above the map when the screen is too narrow to show all its phases
 * (a 12-phase map needs 2,840 px): a strip a tile per phase, as wide as the page, with the
 * feeling curve in small over the tiles, each tile its phase's feeling, its touchpoints (a dot
 * each, numbered as on their cards, filled with the colour of their experience), the number of its
 * pains, opportunities and KPIs, and a link to the phase's column in the map.
 * Plain HTML and CSS, no script: the page's own style rule hides the strip where the whole map
 * fits ({@link MapGridLayout#overviewRule}); on paper the map itself is zoomed to fit the page.
 */
class MapOverview extends HtmlPart {

	new(HtmlContext context) {
		super(context)
	}

	def CharSequence render() '''
		<nav class="map-overview" aria-label="«t('label.overview')»" style="--phases: «columns.size»">
		<p class="overview-title">«t('label.overview')»</p>
		«IF columns.exists[feeling() !== null]»
			«SmallFeelingCurve.render(map, context, 'overview-curve', 'overview-stroke')»
		«ENDIF»
		<ol class="overview-phases">
		  «FOR column : columns»
		  	«tile(column)»
		  «ENDFOR»
		</ol>
		</nav>
	'''

	def private tile(Column column) '''
		<li class="overview-phase" data-phase="«e(column.name())»" style="--phase-hue: «MapGridLayout.phaseHue(column.index(), columns.size)»">
		  <a class="overview-head" href="#«MapGridLayout.phaseAnchor(column)»" title="«e(column.heading())»"><span class="phase-no">«num(column.index() + 1)»</span><span class="overview-name">«e(column.heading())»</span></a>
		  «IF column.feeling() !== null»
		  	<p class="overview-feeling"><span class="score score-«ScoreStyle.cssClass(column.feeling())»" title="«t('lane.feeling')» «signed(column.feeling())»">«signed(column.feeling())»</span>«IF present(column.feelingNote())» <span class="overview-note">«e(column.feelingNote())»</span>«ENDIF»</p>
		  «ENDIF»
		  «IF column.touchpointCount() > 0»
		  	<ul class="overview-touchpoints" aria-label="«t('lane.touchpoints')»">
		  	  «FOR n : 0 ..< column.touchpointCount()»
		  	  	«touchpointDot(n + 1, column.touchpoints().get(n))»
		  	  «ENDFOR»
		  	</ul>
		  «ENDIF»
		  «IF !column.pains().empty || !column.opportunities().empty || !column.kpis().empty»
		  	<dl class="overview-counts">
		  	  «count('lane.pains', column.pains().size)»
		  	  «count('lane.opportunities', column.opportunities().size)»
		  	  «count('lane.kpis', column.kpis().size)»
		  	</dl>
		  «ENDIF»
		</li>
	'''

	/** A touchpoint as a dot numbered as on its card, filled with its experience's colour (none: grey ring). */
	def private touchpointDot(int number, TouchpointCard touchpoint) '''
		<li class="overview-touchpoint ch-«e(touchpoint.channel())»«IF touchpoint.experience() !== null» score-«ScoreStyle.cssClass(touchpoint.experience())»«ELSE» unscored«ENDIF»" title="«num(number)». «e(touchpoint.label())» · «e(touchpoint.channelLabel())»«IF touchpoint.experience() !== null» · «t('label.experience')» «signed(touchpoint.experience())»«ENDIF»">«num(number)»</li>
	'''

	def private count(String key, int count) '''
		«IF count > 0»
			<div><dt>«t(key)»</dt><dd>«num(count)»</dd></div>
		«ENDIF»
	'''
}
