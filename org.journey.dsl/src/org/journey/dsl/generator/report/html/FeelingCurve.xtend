package org.journey.dsl.generator.report.html

import org.journey.dsl.generator.report.html.FeelingCurveGeometry.Point
import org.journey.dsl.map.JourneyMap.Column
import org.journey.dsl.map.JourneyMap.ExperiencePoint

import static org.journey.dsl.generator.report.html.FeelingCurveGeometry.*

/**
 * The feeling lane of the map: the customer's feeling per phase as a curve with faces, and each
 * touchpoint's experience as a marker on the same scale; the phases' feeling notes below it.
 */
class FeelingCurve extends HtmlPart {

	new(HtmlContext context) {
		super(context)
	}

	def boolean shown() {
		columns.exists[feeling() !== null] || !map.experiencePoints().empty
	}

	def CharSequence lane() {
		val notes = columns.exists[present(feelingNote())]
		'''
			<tr class="feeling-lane">
			<th scope="row" class="lane-label">«t('lane.feeling')»
			  <span class="legend">
			    <span class="legend-item"><span class="legend-swatch curve"></span>«t('lane.feeling')»</span>
			    «IF !map.experiencePoints().empty»
			    	<span class="legend-item"><span class="legend-swatch marker"></span>«t('label.experience')»</span>
			    «ENDIF»
			  </span>
			</th>
			<td class="feeling-curve" colspan="«columns.size»">
			«curve()»
			</td>
			</tr>
			«IF notes»
				<tr class="feeling-notes-lane">
				<th scope="row" class="lane-label continued"></th>
				«FOR column : columns»
					<td class="cell feeling-notes">«e(column.feelingNote())»</td>
				«ENDFOR»
				</tr>
			«ENDIF»
		'''
	}

	/**
	 * The feeling curve. The SVG is as wide as the phase columns and of fixed height, whatever the
	 * number of phases: faces, markers and labels are placed at a share of the width (a column's
	 * centre) and in pixels vertically, so they keep their size; only the curve itself is drawn in
	 * a stretched inner SVG, with strokes that do not stretch.
	 */
	def private curve() {
		val width = FeelingCurveGeometry.width(columns.size)
		val points = map.feelingCurve().filter[feeling() !== null].map[new Point(columnCentre(columnIndex()), y(feeling()))].toList
		val top = scoresTopDown().head
		val bottom = scoresTopDown().last
		'''
			<svg class="feeling-svg" width="100%" height="«HEIGHT»" role="img" aria-label="«t('lane.feeling')»">
			  <rect x="0" y="0" width="100%" height="«Html.decimal(y(0))»" fill="#f7fdf9"/>
			  <rect x="0" y="«Html.decimal(y(0))»" width="100%" height="«Html.decimal(HEIGHT - y(0))»" fill="#fdf7f7"/>
			  «FOR score : scoresTopDown().filter[it != 0]»
			  	<line x1="0" y1="«Html.decimal(y(score))»" x2="100%" y2="«Html.decimal(y(score))»" stroke="#e2e8f0" stroke-dasharray="3 5"/>
			  «ENDFOR»
			  <line x1="0" y1="«Html.decimal(y(0))»" x2="100%" y2="«Html.decimal(y(0))»" stroke="#cbd5e1"/>
			  «FOR i : 1 ..< columns.size»
			  	<line x1="«columnBoundary(i, columns.size)»" y1="0" x2="«columnBoundary(i, columns.size)»" y2="100%" stroke="#e2e8f0"/>
			  «ENDFOR»
			  «FOR score : scoresTopDown()»
			  	<text x="6" y="«Html.decimal(y(score) + 3.5)»" font-size="10" fill="#94a3b8">«signed(score)»</text>
			  «ENDFOR»
			  «IF points.size > 1»
			  	<svg class="feeling-line" viewBox="0 0 «width» «HEIGHT»" preserveAspectRatio="none" width="100%" height="«HEIGHT»">
			  	  <defs>
			  	    <linearGradient id="feeling-stroke" gradientUnits="userSpaceOnUse" x1="0" y1="«Html.decimal(y(top))»" x2="0" y2="«Html.decimal(y(bottom))»">
			  	      <stop offset="0" stop-color="#16a34a"/><stop offset="0.5" stop-color="#f59e0b"/><stop offset="1" stop-color="#dc2626"/>
			  	    </linearGradient>
			  	    <linearGradient id="feeling-fill" gradientUnits="userSpaceOnUse" x1="0" y1="«Html.decimal(y(top))»" x2="0" y2="«Html.decimal(y(bottom))»">
			  	      <stop offset="0" stop-color="#16a34a" stop-opacity="0.22"/><stop offset="0.5" stop-color="#f59e0b" stop-opacity="0.04"/><stop offset="1" stop-color="#dc2626" stop-opacity="0.22"/>
			  	    </linearGradient>
			  	  </defs>
			  	  <path d="«area(points)»" fill="url(#feeling-fill)"/>
			  	  <path d="«path(points)»" fill="none" stroke="url(#feeling-stroke)" stroke-width="3.5" stroke-linecap="round" vector-effect="non-scaling-stroke"/>
			  	</svg>
			  «ENDIF»
			  «FOR marker : experienceMarkers()»
			  	«experienceMarker(marker.key.key, marker.key.value, marker.value)»
			  «ENDFOR»
			  «FOR column : columns.filter[feeling() !== null]»
			  	«face(column)»
			  «ENDFOR»
			</svg>
		'''
	}

	/**
	 * Each touchpoint's experience with its number in its phase (as on its card) and its offset in
	 * pixels from its column's centre.
	 */
	def private experienceMarkers() {
		val markers = <Pair<Pair<ExperiencePoint, Integer>, Double>>newArrayList
		for (column : columns) {
			val inColumn = map.experiencePoints().filter[columnIndex() == column.index()].toList
			for (n : 0 ..< inColumn.size) {
				val point = inColumn.get(n)
				val number = column.touchpoints().map[name()].indexOf(point.touchpoint()) + 1
				markers += (point -> number) -> markerOffset(n)
			}
		}
		markers
	}

	/**
	 * A touchpoint's marker: a ring in its channel's colour with its number in the phase, so that a
	 * printed map, where no tooltip shows, still says whose experience it is.
	 */
	def private experienceMarker(ExperiencePoint point, int number, double offset) {
		val touchpoint = lookups.touchpoint(columns.get(point.columnIndex()), point.touchpoint())
		val channel = touchpoint?.channel() ?: "unspecified"
		val label = touchpoint?.label() ?: point.touchpoint()
		'''
			<svg x="«columnCentreShare(point.columnIndex(), columns.size)»" y="0" overflow="visible"><g class="ch-«e(channel)»"><circle class="experience-point" data-touchpoint-experience="«e(point.touchpoint())»" cx="«Html.decimal(offset)»" cy="«Html.decimal(y(point.experience()))»" r="«MARKER_RADIUS»" stroke-width="2"><title>«IF number > 0»«num(number)». «ENDIF»«e(label)»: «signed(point.experience())»</title></circle>«IF number > 0»<text class="experience-no" x="«Html.decimal(offset)»" y="«Html.decimal(y(point.experience()) + 3.2)»" text-anchor="middle" aria-hidden="true">«num(number)»</text>«ENDIF»</g></svg>
		'''
	}

	/** A face on the curve: its colour and mouth say the feeling at a glance, in print too. */
	def private face(Column column) {
		val feeling = column.feeling()
		'''
			<svg class="curve-point" data-phase="«e(column.name())»" data-feeling="«column.feeling()»" x="«columnCentreShare(column.index(), columns.size)»" y="«Html.decimal(y(column.feeling()))»" overflow="visible">
			  <title>«e(column.heading())»: «signed(column.feeling())»«IF present(column.feelingNote())» · «e(column.feelingNote())»«ENDIF»</title>
			  <circle r="13" fill="«context.scores().colour(feeling)»" stroke="#fff" stroke-width="3"/>
			  <circle cx="-4.3" cy="-3" r="1.7" fill="#fff"/>
			  <circle cx="4.3" cy="-3" r="1.7" fill="#fff"/>
			  <path d="M-5.5 «Html.decimal(mouth(feeling))» Q0 «Html.decimal(mouthMiddle(feeling))» 5.5 «Html.decimal(mouth(feeling))»" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>
			</svg>
		'''
	}
}
