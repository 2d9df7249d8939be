package org.journey.dsl.generator.report.html

import org.journey.dsl.generator.report.html.FeelingCurveGeometry.Point
import org.journey.dsl.map.JourneyMap

import static org.journey.dsl.generator.report.html.FeelingCurveGeometry.*

/**
 * The feeling curve in small, as the portfolio's cards and the map's overview strip draw it: the
 * journey map's curve, drawn with its geometry in a box a few lines high. The line is stretched to
 * the box (strokes do not stretch); the dots are placed in shares of the box, so they stay round,
 * each phase's dot above the middle of its share of the width.
 */
final class SmallFeelingCurve {

	private new() {
	}

	/**
	 * @param boxClass the page's class for the box, which sets its height
	 * @param gradientId an id for the line's gradient, unique within the page
	 */
	def static CharSequence render(JourneyMap map, HtmlContext context, String boxClass, String gradientId) {
		val columns = map.columns().size
		val points = map.feelingCurve().filter[feeling() !== null].map[new Point(columnCentre(columnIndex()), y(feeling()))].toList
		val description = map.columns().filter[feeling() !== null].map[heading() + " " + context.formats().signed(feeling())].join(', ')
		'''
			<div class="mini-curve «boxClass»" role="img" aria-label="«Html.escape(description)»">
			  <svg viewBox="0 0 «FeelingCurveGeometry.width(columns)» «HEIGHT»" preserveAspectRatio="none" aria-hidden="true">
			    <line x1="0" y1="«Html.decimal(y(0))»" x2="«FeelingCurveGeometry.width(columns)»" y2="«Html.decimal(y(0))»" stroke="#cbd5e1" vector-effect="non-scaling-stroke"/>
			    «IF points.size > 1»
			    	<defs>
			    	  <linearGradient id="«gradientId»" gradientUnits="userSpaceOnUse" x1="0" y1="«Html.decimal(y(scoresTopDown().head))»" x2="0" y2="«Html.decimal(y(scoresTopDown().last))»">
			    	    <stop offset="0" stop-color="#16a34a"/><stop offset="0.5" stop-color="#f59e0b"/><stop offset="1" stop-color="#dc2626"/>
			    	  </linearGradient>
			    	</defs>
			    	<path d="«path(points)»" fill="none" stroke="url(#«gradientId»)" stroke-width="2.5" stroke-linecap="round" vector-effect="non-scaling-stroke"/>
			    «ENDIF»
			  </svg>
			  «FOR column : map.columns().filter[feeling() !== null]»
			  	<span class="mini-dot" data-phase="«Html.escape(column.name())»" data-feeling="«column.feeling()»" style="left: «columnCentreShare(column.index(), columns)»; top: «Html.cssPercent(y(column.feeling()) / HEIGHT)»; background: «context.scores().colour(column.feeling())»" title="«Html.escape(column.heading())»: «Html.escape(context.formats().signed(column.feeling()))»"></span>
			  «ENDFOR»
			</div>
		'''
	}
}
