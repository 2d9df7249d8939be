package org.journey.dsl.generator.report

import java.io.IOException
import java.io.UncheckedIOException
import java.math.BigDecimal
import java.nio.charset.StandardCharsets
import java.util.List
import org.journey.dsl.generator.report.FeelingCurveGeometry.Point
import org.journey.dsl.map.JourneyMap
import org.journey.dsl.map.JourneyMap.Column
import org.journey.dsl.map.JourneyMap.EventInfo
import org.journey.dsl.map.JourneyMap.ExperiencePoint
import org.journey.dsl.map.JourneyMap.InitiativeCard
import org.journey.dsl.map.JourneyMap.KpiCard
import org.journey.dsl.map.JourneyMap.MilestoneInfo
import org.journey.dsl.map.JourneyMap.OpportunityCard
import org.journey.dsl.map.JourneyMap.PainCard
import org.journey.dsl.map.JourneyMap.SegmentProfile
import org.journey.dsl.map.JourneyMap.SegmentReach
import org.journey.dsl.map.JourneyMap.TouchpointCard
import org.journey.dsl.map.KpiValues
import org.journey.dsl.map.Quadrant
import org.journey.dsl.map.ReportFormats
import org.journey.dsl.map.ReportLabels

import static org.journey.dsl.generator.report.FeelingCurveGeometry.*

/**
 * The HTML of one journey map. Every model string goes through {@link Html#escape} (the
 * {@code e} and {@code t} helpers) before it reaches the page; numbers and dates shown to the
 * reader go through {@link ReportFormats}, numbers in CSS and SVG through {@link Html#decimal}.
 * Sections and lanes without content are left out rather than drawn empty.
 */
class HtmlReportPage {

	static val STYLE = readStyle()

	/**
	 * Printable width of A3 landscape at 10 mm margins, in CSS pixels (96 per inch): the print
	 * style puts the map on A3 pages, the size journey maps are printed at.
	 */
	static val A3_PRINT_WIDTH = 1505.0
	/** The lane-label and column widths the print style gives the map before it is zoomed to fit. */
	static val PRINT_LANE_WIDTH = 140
	static val PRINT_COLUMN_WIDTH = 196

	val JourneyMap map
	val List<Column> columns
	val ReportLabels labels
	val ReportFormats formats
	/** KPI values in their units: 12,5 %, 1.800.000 kr., 3 dage. */
	val KpiValues kpiValues

	new(JourneyMap map) {
		this.map = map
		this.columns = map.columns()
		this.labels = ReportLabels.of(map.language())
		this.formats = ReportFormats.of(map.language())
		this.kpiValues = KpiValues.of(map.language())
	}

	def CharSequence page() '''
		<!DOCTYPE html>
		<html lang="«e(map.language().code())»">
		<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
		<meta name="generator" content="Journey">
		<title>«e(journeyTitle())» · «t('section.map')»</title>
		<style>
		«STYLE»
		</style>
		</head>
		<body>
		<div class="page">
		«cover()»
		«IF hasSections()»
			«tableOfContents()»
		«ENDIF»
		«IF !columns.empty»
			«mapSection()»
		«ENDIF»
		«IF !map.funnel().empty»
			«funnelSection()»
		«ENDIF»
		«IF !map.kpis().empty»
			«kpiSection()»
		«ENDIF»
		«IF !map.opportunities().empty»
			«prioritySection()»
		«ENDIF»
		«IF !map.channelCoverage().empty»
			«coverageSection()»
		«ENDIF»
		«IF !map.segments().empty»
			«segmentSection()»
		«ENDIF»
		«IF !map.initiatives().empty»
			«initiativeSection()»
		«ENDIF»
		<footer class="report-footer">«t('label.generatedFrom')» <code>«e(map.qualifiedName())»</code></footer>
		</div>
		</body>
		</html>
	'''

	// ------------------------------------------------------------------ cover

	def private cover() '''
		<header class="cover">
		  <p class="eyebrow">«t('label.customerJourney')»</p>
		  <h1>«e(journeyTitle())»</h1>
		  «IF map.title() !== null»
		  	<p class="qualified-name"><code>«e(map.qualifiedName())»</code></p>
		  «ENDIF»
		  «IF present(map.description())»
		  	<p class="lead">«e(map.description())»</p>
		  «ENDIF»
		  «IF present(map.owner())»
		  	<p class="journey-owner">«t('label.owner')»: «e(map.owner())»</p>
		  «ENDIF»
		  «IF !figures().empty»
		  	<dl class="figures">
		  	  «FOR figure : figures()»
		  	  	<div class="figure"><dt>«t(figure.key)»</dt><dd>«num(figure.value)»</dd></div>
		  	  «ENDFOR»
		  	</dl>
		  «ENDIF»
		  «IF !map.segments().empty || !map.goals().empty || map.phaseModel().present»
		  	<div class="cover-panels">
		  	  «IF !map.segments().empty»
		  	  	<div class="panel">
		  	  	  <h2>«t('label.segments')»</h2>
		  	  	  <ul>
		  	  	    «FOR segment : map.segments()»
		  	  	    	<li class="segment-chip"><span>«e(segment.label())»</span>«IF segment.share() !== null»<span class="share">«share(segment.share())»</span>«ENDIF»</li>
		  	  	    «ENDFOR»
		  	  	  </ul>
		  	  	</div>
		  	  «ENDIF»
		  	  «IF !map.goals().empty»
		  	  	<div class="panel">
		  	  	  <h2>«t('section.goals')»</h2>
		  	  	  <ul>
		  	  	    «FOR goal : map.goals()»
		  	  	    	<li>
		  	  	    	  <strong>«e(goal.label())»</strong>«IF goal.kind() !== null» <span class="tag">«e(labels.goalKind(goal.kind()))»</span>«ENDIF»
		  	  	    	  «IF !goal.kpis().empty»
		  	  	    	  	<p class="meta">«t('lane.kpis')»: «FOR kpi : goal.kpis() SEPARATOR ', '»«e(kpiLabel(kpi))»«ENDFOR»</p>
		  	  	    	  «ENDIF»
		  	  	    	  «IF present(goal.owner())»
		  	  	    	  	<p class="meta">«t('label.owner')»: «e(goal.owner())»</p>
		  	  	    	  «ENDIF»
		  	  	    	</li>
		  	  	    «ENDFOR»
		  	  	  </ul>
		  	  	</div>
		  	  «ENDIF»
		  	  «IF map.phaseModel().present»
		  	  	<div class="panel">
		  	  	  <h2>«t('label.phaseModel')»</h2>
		  	  	  <p class="phase-model-title">«e(phaseModelTitle())»</p>
		  	  	  <p class="meta"><code>«e(map.phaseModel().get().id())»</code></p>
		  	  	  «IF !columns.empty»
		  	  	  	<ol class="phase-list">
		  	  	  	  «FOR column : columns»
		  	  	  	  	<li><span class="phase-no">«num(column.index() + 1)»</span>«e(column.heading())»</li>
		  	  	  	  «ENDFOR»
		  	  	  	</ol>
		  	  	  «ENDIF»
		  	  	</div>
		  	  «ENDIF»
		  	</div>
		  «ENDIF»
		</header>
	'''

	/** The journey in numbers, by label key; a count of zero is left out. */
	def private figures() {
		#[
			'label.phases' -> columns.size,
			'lane.touchpoints' -> columns.fold(0)[sum, c | sum + c.touchpointCount()],
			'lane.pains' -> columns.fold(0)[sum, c | sum + c.pains().size],
			'lane.opportunities' -> map.opportunities().size,
			'lane.kpis' -> map.kpis().size,
			'section.initiatives' -> map.initiatives().size
		].filter[value > 0].toList
	}

	def private hasSections() {
		!columns.empty || !map.funnel().empty || !map.kpis().empty || !map.opportunities().empty
			|| !map.channelCoverage().empty || !map.segments().empty || !map.initiatives().empty
	}

	def private tableOfContents() '''
		<nav class="toc" aria-label="«t('label.contents')»">
		  <span class="toc-title">«t('label.contents')»</span>
		  «IF !columns.empty»<a href="#journey-map">«t('section.map')»</a>«ENDIF»
		  «IF !map.funnel().empty»<a href="#funnel">«t('section.funnel')»</a>«ENDIF»
		  «IF !map.kpis().empty»<a href="#kpis">«t('section.kpis')»</a>«ENDIF»
		  «IF !map.opportunities().empty»<a href="#priorities">«t('section.priorities')»</a>«ENDIF»
		  «IF !map.channelCoverage().empty»<a href="#coverage">«t('section.coverage')»</a>«ENDIF»
		  «IF !map.segments().empty»<a href="#segments">«t('section.segments')»</a>«ENDIF»
		  «IF !map.initiatives().empty»<a href="#initiatives">«t('section.initiatives')»</a>«ENDIF»
		</nav>
	'''

	// ------------------------------------------------------------------ the journey map

	def private mapSection() '''
		<section class="report-section map-section" id="journey-map">
		<h2>«t('section.map')»</h2>
		<div class="map-scroll">
		<table class="map" style="--phases: «columns.size»; --print-zoom: «printZoom()»">
		<colgroup><col class="lane-col">«FOR column : columns»<col>«ENDFOR»</colgroup>
		<thead>
		<tr>
		<td class="lane-label corner"></td>
		«FOR column : columns»
			«phaseHead(column)»
		«ENDFOR»
		</tr>
		</thead>
		<tbody>
		«IF columns.exists[customerGoal() !== null]»
			«lane('lane.customerGoal', 'text-lane', [customerGoal() !== null], [customerGoalCell])»
		«ENDIF»
		«IF columns.exists[!doing().empty]»
			«lane('lane.doing', 'text-lane', [!doing().empty], [doingCell])»
		«ENDIF»
		«IF columns.exists[!thinking().empty]»
			«lane('lane.thinking', 'text-lane', [!thinking().empty], [thinkingCell])»
		«ENDIF»
		«IF columns.exists[feeling() !== null] || !map.experiencePoints().empty»
			«feelingLane()»
		«ENDIF»
		«IF columns.exists[touchpointCount() > 0]»
			«lane('lane.touchpoints', 'card-lane', [touchpointCount() > 0], [touchpointCell])»
		«ENDIF»
		«IF columns.exists[!pains().empty]»
			«lane('lane.pains', 'card-lane', [!pains().empty], [painCell])»
		«ENDIF»
		«IF columns.exists[!opportunities().empty]»
			«lane('lane.opportunities', 'card-lane', [!opportunities().empty], [opportunityCell])»
		«ENDIF»
		«IF columns.exists[!kpis().empty]»
			«lane('lane.kpis', 'card-lane', [!kpis().empty], [kpiCell])»
		«ENDIF»
		</tbody>
		</table>
		</div>
		</section>
	'''

	/**
	 * The zoom that fits the map's print width onto the printed page, rounded down; a map with few
	 * phases keeps its size and gets wider columns instead.
	 */
	def private printZoom() {
		val mapWidth = PRINT_LANE_WIDTH + columns.size * PRINT_COLUMN_WIDTH
		Html.decimal(Math.floor(Math.min(1.0, A3_PRINT_WIDTH / mapWidth) * 100) / 100)
	}

	def private phaseHead(Column column) '''
		<th scope="col" class="phase-head«IF column.index() == 0» first«ENDIF»" data-phase="«e(column.name())»" style="--phase-hue: «phaseHue(column.index())»">
		  <div class="chevron"><span class="phase-no">«num(column.index() + 1)»</span><span class="phase-title">«e(column.heading())»</span></div>
		  «IF column.modelPhaseName() !== null && column.modelPhaseName() != column.heading()»
		  	<p class="phase-sub">«e(phaseModelTitle())»: <span class="model-phase">«e(column.modelPhaseName())»</span></p>
		  «ENDIF»
		  «IF present(column.description())»
		  	<p class="phase-desc">«e(column.description())»</p>
		  «ENDIF»
		  «IF column.volume() !== null»
		  	<p class="phase-volume">«t('lane.volume')» <strong>«num(column.volume())»</strong></p>
		  «ENDIF»
		</th>
	'''

	/** Phases shade from indigo to teal, so the eye follows the journey from left to right. */
	def private phaseHue(int index) {
		if (columns.size <= 1) 228 else 228 - Math.round(60.0 * index / (columns.size - 1))
	}

	/**
	 * One row of the map: the lane's name, then a cell per phase (a quiet empty cell where the
	 * phase has nothing). A lane of cards may continue on the next printed page, a lane of text not.
	 */
	def private lane(String labelKey, String kind, (Column)=>boolean filled, (Column)=>CharSequence content) '''
		<tr class="«kind»">
		<th scope="row" class="lane-label">«t(labelKey)»</th>
		«FOR column : columns»
			«IF filled.apply(column)»
				<td class="cell">
				  «content.apply(column)»
				</td>
			«ELSE»
				<td class="cell empty"></td>
			«ENDIF»
		«ENDFOR»
		</tr>
	'''

	def private customerGoalCell(Column column) '''
		<p class="customer-goal">«e(column.customerGoal())»</p>
	'''

	def private doingCell(Column column) '''
		<ul class="doing">
		  «FOR doing : column.doing()»
		  	<li>«e(doing)»</li>
		  «ENDFOR»
		</ul>
	'''

	def private thinkingCell(Column column) '''
		«FOR thought : column.thinking()»
			<p class="thought">«e(thought)»</p>
		«ENDFOR»
	'''

	def private feelingLane() {
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
			«feelingCurve()»
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
	def private feelingCurve() {
		val width = FeelingCurveGeometry.width(columns.size)
		val points = map.feelingCurve().filter[feeling() !== null].map[new Point(columnCentre(columnIndex()), y(feeling()))].toList
		'''
			<svg class="feeling-svg" width="100%" height="«HEIGHT»" role="img" aria-label="«t('lane.feeling')»">
			  <rect x="0" y="0" width="100%" height="«Html.decimal(y(0))»" fill="#f7fdf9"/>
			  <rect x="0" y="«Html.decimal(y(0))»" width="100%" height="«Html.decimal(HEIGHT - y(0))»" fill="#fdf7f7"/>
			  «FOR score : #[2, 1, -1, -2]»
			  	<line x1="0" y1="«Html.decimal(y(score))»" x2="100%" y2="«Html.decimal(y(score))»" stroke="#e2e8f0" stroke-dasharray="3 5"/>
			  «ENDFOR»
			  <line x1="0" y1="«Html.decimal(y(0))»" x2="100%" y2="«Html.decimal(y(0))»" stroke="#cbd5e1"/>
			  «FOR i : 1 ..< columns.size»
			  	<line x1="«Html.cssPercent(i as double / columns.size)»" y1="0" x2="«Html.cssPercent(i as double / columns.size)»" y2="100%" stroke="#e2e8f0"/>
			  «ENDFOR»
			  «FOR score : #[2, 1, 0, -1, -2]»
			  	<text x="6" y="«Html.decimal(y(score) + 3.5)»" font-size="10" fill="#94a3b8">«e(signed(score))»</text>
			  «ENDFOR»
			  «IF points.size > 1»
			  	<svg class="feeling-line" viewBox="0 0 «width» «HEIGHT»" preserveAspectRatio="none" width="100%" height="«HEIGHT»">
			  	  <defs>
			  	    <linearGradient id="feeling-stroke" gradientUnits="userSpaceOnUse" x1="0" y1="«Html.decimal(y(2))»" x2="0" y2="«Html.decimal(y(-2))»">
			  	      <stop offset="0" stop-color="#16a34a"/><stop offset="0.5" stop-color="#f59e0b"/><stop offset="1" stop-color="#dc2626"/>
			  	    </linearGradient>
			  	    <linearGradient id="feeling-fill" gradientUnits="userSpaceOnUse" x1="0" y1="«Html.decimal(y(2))»" x2="0" y2="«Html.decimal(y(-2))»">
			  	      <stop offset="0" stop-color="#16a34a" stop-opacity="0.22"/><stop offset="0.5" stop-color="#f59e0b" stop-opacity="0.04"/><stop offset="1" stop-color="#dc2626" stop-opacity="0.22"/>
			  	    </linearGradient>
			  	  </defs>
			  	  <path d="«area(points)»" fill="url(#feeling-fill)"/>
			  	  <path d="«path(points)»" fill="none" stroke="url(#feeling-stroke)" stroke-width="3.5" stroke-linecap="round" vector-effect="non-scaling-stroke"/>
			  	</svg>
			  «ENDIF»
			  «FOR marker : experienceMarkers()»
			  	«experienceMarker(marker.key, marker.value)»
			  «ENDFOR»
			  «FOR column : columns.filter[feeling() !== null]»
			  	«curvePoint(column)»
			  «ENDFOR»
			</svg>
		'''
	}

	/** Each touchpoint's experience with its offset in pixels from its column's centre. */
	def private experienceMarkers() {
		val markers = <Pair<ExperiencePoint, Double>>newArrayList
		for (column : columns) {
			val inColumn = map.experiencePoints().filter[columnIndex() == column.index()].toList
			for (n : 0 ..< inColumn.size) {
				markers += inColumn.get(n) -> markerOffset(n)
			}
		}
		markers
	}

	def private experienceMarker(ExperiencePoint point, double offset) {
		val touchpoint = touchpoint(columns.get(point.columnIndex()), point.touchpoint())
		val channel = touchpoint?.channel() ?: "unspecified"
		val label = touchpoint?.label() ?: point.touchpoint()
		'''
			<svg x="«columnCentreShare(point.columnIndex())»" y="0" overflow="visible"><circle class="experience-point ch-«e(channel)»" data-touchpoint-experience="«e(point.touchpoint())»" cx="«Html.decimal(offset)»" cy="«Html.decimal(y(point.experience()))»" r="5" stroke-width="2.5"><title>«e(label)»: «e(signed(point.experience()))»</title></circle></svg>
		'''
	}

	/** A face on the curve: its colour and mouth say the feeling at a glance, in print too. */
	def private curvePoint(Column column) {
		val feeling = Math.max(-2, Math.min(2, column.feeling()))
		val mouth = if (feeling < 0) 6.0 else 3.5
		'''
			<svg class="curve-point" data-phase="«e(column.name())»" data-feeling="«column.feeling()»" x="«columnCentreShare(column.index())»" y="«Html.decimal(y(column.feeling()))»" overflow="visible">
			  <title>«e(column.heading())»: «e(signed(column.feeling()))»«IF present(column.feelingNote())» · «e(column.feelingNote())»«ENDIF»</title>
			  <circle r="13" fill="«scoreColour(feeling)»" stroke="#fff" stroke-width="3"/>
			  <circle cx="-4.3" cy="-3" r="1.7" fill="#fff"/>
			  <circle cx="4.3" cy="-3" r="1.7" fill="#fff"/>
			  <path d="M-5.5 «Html.decimal(mouth)» Q0 «Html.decimal(mouth + feeling * 2.2)» 5.5 «Html.decimal(mouth)»" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>
			</svg>
		'''
	}

	/** The centre of a phase column as a share of the curve's width. */
	def private columnCentreShare(int columnIndex) {
		Html.cssPercent((columnIndex + 0.5) / columns.size)
	}

	def private touchpointCell(Column column) '''
		«FOR group : column.touchpointsByChannel()»
			<div class="channel-group ch-«e(group.channel())»">
			  <p class="channel-name">«e(group.channelLabel())»</p>
			  «FOR touchpoint : group.touchpoints()»
			  	«touchpointCard(touchpoint)»
			  «ENDFOR»
			</div>
		«ENDFOR»
	'''

	def private touchpointCard(TouchpointCard touchpoint) '''
		<article class="touchpoint" data-touchpoint="«e(touchpoint.name())»">
		  <div class="touchpoint-top">
		    <span class="touchpoint-title">«e(touchpoint.label())»</span>
		    «IF touchpoint.experience() !== null»
		    	«score(touchpoint.experience())»
		    «ENDIF»
		  </div>
		  <p class="touchpoint-meta">«IF touchpoint.online()»<span class="mode online">«t('label.online')»</span>«ELSE»<span class="mode offline">«t('label.offline')»</span>«ENDIF»«IF present(touchpoint.owner())» · «e(touchpoint.owner())»«ENDIF»</p>
		  «IF present(touchpoint.description())»
		  	<p class="touchpoint-desc">«e(touchpoint.description())»</p>
		  «ENDIF»
		  «IF !touchpoint.segments().empty»
		  	<p class="touchpoint-meta">«t('label.serves')»: «FOR segment : touchpoint.segments() SEPARATOR ', '»«e(segmentLabel(segment))»«ENDFOR»</p>
		  «ENDIF»
		  «IF !touchpoint.events().empty»
		  	<ul class="events" aria-label="«t('label.events')»">
		  	  «FOR event : touchpoint.events()»
		  	  	<li title="«e(eventSummary(event))»"><code>«e(event.name())»</code></li>
		  	  «ENDFOR»
		  	</ul>
		  «ENDIF»
		</article>
	'''

	/** An event's description and properties, for the tooltip of its name. */
	def private eventSummary(EventInfo event) {
		val properties = event.properties().map[
			name() + ": " + type() + (if (required()) " (" + labels.get("label.required") + ")" else "")
				+ (if (present(description())) " – " + description() else "")
		].join(", ")
		#[event.description(), properties].filter[present(it)].join(" · ")
	}

	def private painCell(Column column) '''
		«FOR pain : column.pains()»
			«painCard(pain)»
		«ENDFOR»
	'''

	def private painCard(PainCard pain) '''
		<article class="pain" data-pain="«e(pain.name())»">
		  «IF pain.severity() !== null»
		  	<span class="severity severity-«e(pain.severity())»">«e(labels.level(pain.severity()))»</span>
		  «ENDIF»
		  <p class="pain-title">«e(pain.label())»</p>
		  «IF present(pain.description())»
		  	<p class="pain-desc">«e(pain.description())»</p>
		  «ENDIF»
		  «IF !pain.evidence().empty»
		  	<p class="evidence">«t('label.evidence')»: «FOR source : pain.evidence() SEPARATOR ', '»«e(source)»«ENDFOR»</p>
		  «ENDIF»
		</article>
	'''

	def private opportunityCell(Column column) '''
		«FOR name : column.opportunities()»
			«opportunityInLane(name, opportunity(name, column.name()))»
		«ENDFOR»
	'''

	def private opportunityInLane(String name, OpportunityCard opportunity) '''
		<article class="opportunity" data-opportunity="«e(name)»">
		  <p class="opportunity-title">«e(opportunity?.label() ?: name)»</p>
		  «IF opportunity !== null»
		  	<div class="opportunity-meta">
		  	  <span class="quadrant-tag quadrant-«opportunity.quadrant().name()»">«e(labels.quadrant(opportunity.quadrant()))»</span>
		  	  <span class="rating">«t('label.value')»: «e(labels.level(opportunity.value()))»</span>
		  	  <span class="rating">«t('label.effort')»: «e(labels.level(opportunity.effort()))»</span>
		  	</div>
		  «ENDIF»
		</article>
	'''

	def private kpiCell(Column column) '''
		«FOR name : column.kpis()»
			«kpiChip(name, kpi(name))»
		«ENDFOR»
	'''

	def private kpiChip(String name, KpiCard kpi) '''
		<div class="kpi-chip" data-kpi="«e(name)»">
		  <p class="kpi-chip-title">«e(kpi?.label() ?: name)»</p>
		  «IF kpi !== null && (kpi.baseline() !== null || kpi.target() !== null)»
		  	<p class="kpi-chip-values">«kpiValue(kpi, kpi.baseline())»«IF kpi.baseline() !== null && kpi.target() !== null» → «ENDIF»«kpiValue(kpi, kpi.target())»</p>
		  «ENDIF»
		</div>
	'''

	// ------------------------------------------------------------------ funnel

	def private funnelSection() {
		val largest = map.funnel().fold(0L)[most, step | Math.max(most, step.volume())]
		'''
			<section class="report-section" id="funnel">
			<h2>«t('section.funnel')»</h2>
			<p class="section-note">«t('note.funnel')»</p>
			<div class="funnel">
			  «FOR step : map.funnel()»
			  	<div class="funnel-step" data-phase="«e(step.phase())»" data-volume="«step.volume()»">
			  	  <div class="funnel-label"><span class="phase-no">«num(step.columnIndex() + 1)»</span>«e(columns.get(step.columnIndex()).heading())»</div>
			  	  <div class="funnel-track"><div class="funnel-bar" style="width: «Html.cssPercent(if (largest == 0L) 0.0 else step.volume() as double / largest)»"></div></div>
			  	  <div class="funnel-volume">«num(step.volume())»</div>
			  	  <div class="funnel-conversion">
			  	    «IF step.conversionFromPrevious() !== null»
			  	    	<p><strong class="conversion-previous«IF step.conversionFromPrevious() > 1» growth«ENDIF»">«e(formats.percent(step.conversionFromPrevious()))»</strong> «t('label.fromPrevious')»</p>
			  	    «ENDIF»
			  	    «IF step.conversionFromFirst() !== null»
			  	    	<p><span class="conversion-first">«e(formats.percent(step.conversionFromFirst()))»</span> «t('label.fromFirst')»</p>
			  	    «ENDIF»
			  	  </div>
			  	</div>
			  «ENDFOR»
			</div>
			</section>
		'''
	}

	// ------------------------------------------------------------------ KPI scorecard

	def private kpiSection() '''
		<section class="report-section" id="kpis">
		<h2>«t('section.kpis')»</h2>
		<div class="cards">
		  «FOR kpi : map.kpis()»
		  	«kpiCard(kpi)»
		  «ENDFOR»
		</div>
		</section>
	'''

	def private kpiCard(KpiCard kpi) '''
		<article class="kpi-card" data-kpi="«e(kpi.name())»">
		  <div class="card-head">
		    <h3>«e(kpi.label())»</h3>
		    «IF kpi.unit() !== null»
		    	<span class="tag">«e(kpiValues.unit(kpi))»</span>
		    «ENDIF»
		  </div>
		  «IF present(kpi.description())»
		  	<p class="card-desc">«e(kpi.description())»</p>
		  «ENDIF»
		  «IF kpi.baseline() !== null || kpi.target() !== null»
		  	<div class="kpi-numbers">
		  	  «IF kpi.baseline() !== null»
		  	  	<div class="kpi-number baseline"><span class="caption">«t('label.baseline')»</span><span class="value">«kpiValue(kpi, kpi.baseline())»</span></div>
		  	  «ENDIF»
		  	  «IF kpi.baseline() !== null && kpi.target() !== null»
		  	  	<div class="kpi-arrow">→</div>
		  	  «ENDIF»
		  	  «IF kpi.target() !== null»
		  	  	<div class="kpi-number target"><span class="caption">«t('label.target')»</span><span class="value">«kpiValue(kpi, kpi.target())»</span>«IF kpi.targetDate() !== null»<span class="when">«t('label.by')» «date(kpi.targetDate())»</span>«ENDIF»</div>
		  	  «ENDIF»
		  	  «IF kpi.baseline() !== null && kpi.target() !== null»
		  	  	«change(kpi)»
		  	  «ENDIF»
		  	</div>
		  «ENDIF»
		  <p class="direction">«IF kpi.direction() == 'decrease'»↓«ELSE»↑«ENDIF» «e(labels.direction(kpi.direction()))»</p>
		  <dl class="facts">
		    «IF kpi.formula() !== null || !kpi.sources().empty»
		    	<dt>«t('label.measuredBy')»</dt>
		    	<dd>«IF kpi.formula() !== null»<code class="formula">«e(kpi.formula())»</code>«ENDIF»«IF kpi.formula() !== null && !kpi.sources().empty»<br>«ENDIF»«IF !kpi.sources().empty»«t('label.sources')»: «FOR source : kpi.sources() SEPARATOR ', '»«e(source)»«ENDFOR»«ENDIF»</dd>
		    «ENDIF»
		    «IF !kpi.goals().empty»
		    	<dt>«t('section.goals')»</dt>
		    	<dd>«FOR goal : kpi.goals() SEPARATOR ', '»«e(goalLabel(goal))»«ENDFOR»</dd>
		    «ENDIF»
		    «IF !kpi.phases().empty»
		    	<dt>«t('label.phases')»</dt>
		    	<dd>«FOR phase : kpi.phases() SEPARATOR ', '»«e(phaseHeading(phase))»«ENDFOR»</dd>
		    «ENDIF»
		    «IF present(kpi.owner())»
		    	<dt>«t('label.owner')»</dt>
		    	<dd>«e(kpi.owner())»</dd>
		    «ENDIF»
		    «IF !kpi.milestones().empty»
		    	<dt>«t('label.milestones')»</dt>
		    	<dd>
		    	  <ul class="milestones">
		    	    «FOR milestone : kpi.milestones()»
		    	    	<li><span class="milestone-date">«IF milestone.date() !== null»«date(milestone.date())»«ELSE»–«ENDIF»</span><span>«e(milestone.title())»«IF milestone.value() !== null» → <strong>«kpiValue(kpi, milestone.value())»</strong>«ENDIF»</span></li>
		    	    «ENDFOR»
		    	  </ul>
		    	</dd>
		    «ENDIF»
		  </dl>
		</article>
	'''

	/** How far the target is from the baseline, green when it moves the way the KPI should. */
	def private change(KpiCard kpi) {
		val difference = kpi.target().subtract(kpi.baseline())
		val sign = difference.signum
		val wanted = if (kpi.direction() == 'decrease') -1 else 1
		val css = if (sign == 0) "same" else if (sign == wanted) "better" else "worse"
		'''<div class="change «css»" title="«t('label.change')»">«e(kpiValues.change(kpi, difference))»</div>'''
	}

	// ------------------------------------------------------------------ value and effort

	def private prioritySection() {
		val unrated = map.opportunities().filter[quadrant() == Quadrant.UNRATED].toList
		'''
			<section class="report-section" id="priorities">
			<h2>«t('section.priorities')»</h2>
			<p class="section-note">«t('note.priorities')»</p>
			<div class="matrix">
			  <div class="matrix-axis-y"><span>«e(labels.level('high'))»</span><span class="axis-name">«t('label.value')» →</span><span>«e(labels.level('low'))»</span></div>
			  «quadrant(Quadrant.QUICK_WIN)»
			  «quadrant(Quadrant.BIG_BET)»
			  «quadrant(Quadrant.FILL_IN)»
			  «quadrant(Quadrant.MONEY_PIT)»
			  <div class="matrix-axis-x"><span>«e(labels.level('low'))»</span><span class="axis-name">«t('label.effort')» →</span><span>«e(labels.level('high'))»</span></div>
			</div>
			«IF !unrated.empty»
				<div class="unrated">
				  <h3>«e(labels.quadrant(Quadrant.UNRATED))»</h3>
				  «FOR opportunity : unrated»
				  	«idea(opportunity)»
				  «ENDFOR»
				</div>
			«ENDIF»
			</section>
		'''
	}

	def private quadrant(Quadrant quadrant) {
		val ideas = map.opportunities().filter[it.quadrant() == quadrant].toList
		'''
			<div class="quadrant «quadrant.name()»" data-quadrant="«quadrant.name()»">
			  <h3>«e(labels.quadrant(quadrant))»<span class="count">«num(ideas.size)»</span></h3>
			  «IF ideas.empty»
			  	<p class="quadrant-empty">–</p>
			  «ENDIF»
			  «FOR opportunity : ideas»
			  	«idea(opportunity)»
			  «ENDFOR»
			</div>
		'''
	}

	def private idea(OpportunityCard opportunity) '''
		<div class="idea" data-opportunity="«e(opportunity.name())»">
		  <p class="idea-title">«e(opportunity.label())»</p>
		  <p class="idea-meta">«t('label.phase')»: «e(phaseHeading(opportunity.phase()))» · «t('label.value')»: «e(labels.level(opportunity.value()))» · «t('label.effort')»: «e(labels.level(opportunity.effort()))»</p>
		  «IF present(opportunity.description())»
		  	<p class="idea-meta">«e(opportunity.description())»</p>
		  «ENDIF»
		  «IF !opportunity.fixes().empty»
		  	<p class="idea-meta">«t('label.fixes')»: «FOR pain : opportunity.fixes() SEPARATOR ', '»«e(painLabel(pain))»«ENDFOR»</p>
		  «ENDIF»
		  «IF present(opportunity.owner())»
		  	<p class="idea-meta">«t('label.owner')»: «e(opportunity.owner())»</p>
		  «ENDIF»
		</div>
	'''

	// ------------------------------------------------------------------ channels by phase

	def private coverageSection() '''
		<section class="report-section" id="coverage">
		<h2>«t('section.coverage')»</h2>
		<div class="table-scroll">
		<table class="coverage">
		  <thead>
		    <tr>
		      <th class="channel-col">«t('label.channel')»</th>
		      «FOR column : columns»
		      	<th scope="col" data-phase="«e(column.name())»"><span class="phase-no">«num(column.index() + 1)»</span><br>«e(column.heading())»</th>
		      «ENDFOR»
		      <th scope="col">«t('label.total')»</th>
		    </tr>
		  </thead>
		  <tbody>
		    «FOR row : map.channelCoverage()»
		    	<tr data-channel="«e(row.channel())»">
		    	  <td class="channel-cell ch-«e(row.channel())»">«e(row.channelLabel())»</td>
		    	  «FOR count : row.countsPerColumn()»
		    	  	<td class="heat-«Math.min(3, count)»">«IF count > 0»«num(count)»«ELSE»·«ENDIF»</td>
		    	  «ENDFOR»
		    	  <td class="total">«num(row.countsPerColumn().fold(0)[sum, count | sum + count])»</td>
		    	</tr>
		    «ENDFOR»
		  </tbody>
		  <tfoot>
		    <tr>
		      <td class="channel-cell">«t('label.total')»</td>
		      «FOR column : columns»
		      	<td class="total">«num(column.touchpointCount())»</td>
		      «ENDFOR»
		      <td class="total">«num(columns.fold(0)[sum, c | sum + c.touchpointCount()])»</td>
		    </tr>
		  </tfoot>
		</table>
		</div>
		</section>
	'''

	// ------------------------------------------------------------------ segments

	def private segmentSection() '''
		<section class="report-section" id="segments">
		<h2>«t('section.segments')»</h2>
		<div class="cards">
		  «FOR segment : map.segments()»
		  	«segmentCard(segment, map.segmentReach().findFirst[it.segment() == segment.name()])»
		  «ENDFOR»
		</div>
		</section>
	'''

	def private segmentCard(SegmentProfile segment, SegmentReach reach) '''
		<article class="segment-card" data-segment="«e(segment.name())»">
		  <div class="card-head"><h3>«e(segment.label())»</h3></div>
		  «IF segment.share() !== null»
		  	<div class="share-line"><span class="share-value">«share(segment.share())»</span><span class="share-bar"><span style="width: «Html.cssPercent(Math.max(0, Math.min(1, segment.share().doubleValue() / 100)))»"></span></span></div>
		  «ENDIF»
		  «IF present(segment.description())»
		  	<p class="card-desc">«e(segment.description())»</p>
		  «ENDIF»
		  «IF !segment.needs().empty || !segment.triggers().empty»
		  	<div class="segment-lists">
		  	  «IF !segment.needs().empty»
		  	  	<div><h4>«t('label.needs')»</h4><ul>«FOR need : segment.needs()»<li>«e(need)»</li>«ENDFOR»</ul></div>
		  	  «ENDIF»
		  	  «IF !segment.triggers().empty»
		  	  	<div><h4>«t('label.triggers')»</h4><ul>«FOR trigger : segment.triggers()»<li>«e(trigger)»</li>«ENDFOR»</ul></div>
		  	  «ENDIF»
		  	</div>
		  «ENDIF»
		  «IF reach !== null && !columns.empty»
		  	<div class="reach">
		  	  <h4>«t('label.reach')»</h4>
		  	  <div class="reach-line">
		  	    <ol class="reach-strip">
		  	      «FOR column : columns»
		  	      	<li«IF reach.reachedPerColumn().get(column.index())» class="reached"«ENDIF» title="«e(column.heading())»">«num(column.index() + 1)»</li>
		  	      «ENDFOR»
		  	    </ol>
		  	    <span class="reach-summary">«e(labels.format('label.reachSummary', formats.number(reach.reachedPerColumn().filter[it].size), formats.number(columns.size)))»</span>
		  	  </div>
		  	</div>
		  «ENDIF»
		</article>
	'''

	// ------------------------------------------------------------------ initiatives

	def private initiativeSection() {
		val timeline = InitiativeTimeline.of(map.initiatives())
		'''
			<section class="report-section" id="initiatives">
			<h2>«t('section.initiatives')»</h2>
			«IF timeline.present»
				«timeline(timeline.get())»
			«ENDIF»
			<div class="cards">
			  «FOR initiative : map.initiatives()»
			  	«initiativeCard(initiative)»
			  «ENDFOR»
			</div>
			</section>
		'''
	}

	def private timeline(InitiativeTimeline timeline) '''
		<div class="timeline">
		  <div></div>
		  <div class="timeline-axis">
		    «FOR tick : timeline.ticks()»
		    	<span class="timeline-tick" style="left: «Html.cssPercent(timeline.position(tick))»">«date(tick, true)»</span>
		    «ENDFOR»
		  </div>
		  «FOR initiative : map.initiatives()»
		  	«timelineRow(timeline, initiative)»
		  «ENDFOR»
		</div>
		<p class="timeline-legend"><span><span class="timeline-milestone"></span>«t('label.milestones')»</span><span><span class="timeline-due"></span>«t('label.due')»</span></p>
	'''

	def private timelineRow(InitiativeTimeline timeline, InitiativeCard initiative) {
		val span = InitiativeTimeline.span(initiative)
		'''
			<div class="timeline-row-label"><strong>«e(initiative.label())»</strong><span class="small">«IF initiative.due() !== null»«t('label.due')» «date(initiative.due())»«ELSE»«t('label.noDate')»«ENDIF»</span></div>
			<div class="timeline-track" data-initiative="«e(initiative.name())»">
			  «FOR tick : timeline.ticks()»
			  	<span class="timeline-grid" style="left: «Html.cssPercent(timeline.position(tick))»"></span>
			  «ENDFOR»
			  «IF span.present»
			  	<span class="timeline-bar" style="left: «Html.cssPercent(timeline.position(span.get().first()))»; width: «Html.cssPercent(timeline.position(span.get().last()) - timeline.position(span.get().first()))»"></span>
			  «ENDIF»
			  «FOR n : 0 ..< initiative.milestones().size»
			  	«milestoneMarker(timeline, n + 1, initiative.milestones().get(n))»
			  «ENDFOR»
			  «IF InitiativeTimeline.isDate(initiative.due())»
			  	<span class="timeline-due" style="left: «Html.cssPercent(timeline.position(initiative.due()))»" title="«t('label.due')» «date(initiative.due())»"></span>
			  «ENDIF»
			</div>
		'''
	}

	def private milestoneMarker(InitiativeTimeline timeline, int number, MilestoneInfo milestone) '''
		«IF InitiativeTimeline.isDate(milestone.date())»
			<span class="timeline-milestone" style="left: «Html.cssPercent(timeline.position(milestone.date()))»" title="«date(milestone.date())»: «e(milestone.title())»">«num(number)»</span>
		«ENDIF»
	'''

	def private initiativeCard(InitiativeCard initiative) '''
		<article class="initiative-card" data-initiative="«e(initiative.name())»">
		  <div class="card-head">
		    <h3>«e(initiative.label())»</h3>
		    «IF initiative.due() !== null»
		    	<span class="tag">«t('label.due')» «date(initiative.due())»</span>
		    «ENDIF»
		  </div>
		  «IF present(initiative.description())»
		  	<p class="card-desc">«e(initiative.description())»</p>
		  «ENDIF»
		  <dl class="facts">
		    «IF !initiative.realizes().empty»
		    	<dt>«t('label.realizes')»</dt>
		    	<dd>«FOR opportunity : initiative.realizes() SEPARATOR ', '»«e(opportunityLabel(opportunity))»«ENDFOR»</dd>
		    «ENDIF»
		    «IF present(initiative.owner())»
		    	<dt>«t('label.owner')»</dt>
		    	<dd>«e(initiative.owner())»</dd>
		    «ENDIF»
		    «IF initiative.staffing() !== null»
		    	<dt>«t('label.staffing')»</dt>
		    	<dd>«e(labels.staffing(initiative.staffing()))»</dd>
		    «ENDIF»
		    «IF !initiative.resources().empty»
		    	<dt>«t('label.resources')»</dt>
		    	<dd>«FOR resource : initiative.resources() SEPARATOR '<br>'»«e(resource)»«ENDFOR»</dd>
		    «ENDIF»
		    «IF !initiative.milestones().empty»
		    	<dt>«t('label.milestones')»</dt>
		    	<dd>
		    	  <ol class="milestones">
		    	    «FOR n : 0 ..< initiative.milestones().size»
		    	    	«milestoneItem(n + 1, initiative.milestones().get(n))»
		    	    «ENDFOR»
		    	  </ol>
		    	</dd>
		    «ENDIF»
		  </dl>
		</article>
	'''

	def private milestoneItem(int number, MilestoneInfo milestone) {
		val kpi = if (milestone.kpi() !== null) kpi(milestone.kpi())
		'''
			<li><span class="milestone-no">«num(number)»</span><span>«e(milestone.title())»«IF milestone.date() !== null» <span class="milestone-date">· «date(milestone.date())»</span>«ENDIF»«IF milestone.kpi() !== null»<br><span class="milestone-date">«e(kpi?.label() ?: milestone.kpi())»«IF milestone.value() !== null» → «IF kpi !== null»«kpiValue(kpi, milestone.value())»«ELSE»«num(milestone.value())»«ENDIF»«ENDIF»</span>«ENDIF»</span></li>
		'''
	}

	// ------------------------------------------------------------------ lookups by name

	def private journeyTitle() {
		map.title() ?: map.name()
	}

	def private phaseModelTitle() {
		map.phaseModel().map[labels.phaseModel(id(), title())].orElse(labels.get("label.phaseModel"))
	}

	def private phaseHeading(String phase) {
		columns.findFirst[name() == phase]?.heading() ?: phase
	}

	def private KpiCard kpi(String name) {
		map.kpis().findFirst[it.name() == name]
	}

	def private kpiLabel(String name) {
		kpi(name)?.label() ?: name
	}

	def private goalLabel(String name) {
		map.goals().findFirst[it.name() == name]?.label() ?: name
	}

	def private segmentLabel(String name) {
		map.segments().findFirst[it.name() == name]?.label() ?: name
	}

	def private painLabel(String name) {
		columns.map[pains()].flatten.findFirst[it.name() == name]?.label() ?: name
	}

	/** The opportunity of this name, preferring the given phase's, for names used in two phases. */
	def private OpportunityCard opportunity(String name, String phase) {
		map.opportunities().findFirst[it.name() == name && it.phase() == phase]
			?: map.opportunities().findFirst[it.name() == name]
	}

	def private opportunityLabel(String name) {
		opportunity(name, null)?.label() ?: name
	}

	def private TouchpointCard touchpoint(Column column, String name) {
		column.touchpointsByChannel().map[touchpoints()].flatten.findFirst[it.name() == name]
	}

	// ------------------------------------------------------------------ words and numbers

	def private static e(String text) {
		Html.escape(text)
	}

	def private t(String key) {
		Html.escape(labels.get(key))
	}

	def private static present(String text) {
		text !== null && !text.isBlank()
	}

	def private num(Number value) {
		Html.escape(formats.number(value))
	}

	def private share(BigDecimal percent) {
		Html.escape(formats.percent(percent.doubleValue() / 100))
	}

	/** An ISO date as the reader writes it; a date that does not parse is shown as written. */
	def private date(String isoDate) {
		date(isoDate, false)
	}

	def private date(String isoDate, boolean monthOnly) {
		if (!InitiativeTimeline.isDate(isoDate)) {
			return Html.escape(isoDate)
		}
		Html.escape(if (monthOnly) formats.month(isoDate) else formats.date(isoDate))
	}

	/** A KPI's value in its unit: a percent sign, the currency, the time unit. */
	def private kpiValue(KpiCard kpi, BigDecimal value) {
		Html.escape(kpiValues.value(kpi, value))
	}

	def private signed(int score) {
		(if (score > 0) "+" else "") + formats.number(score)
	}

	def private score(int score) '''
		<span class="score score-«scoreClass(score)»" title="«t('label.experience')» «e(signed(score))»">«e(signed(score))»</span>
	'''

	def private static scoreClass(int score) {
		val clamped = Math.max(-2, Math.min(2, score))
		if (clamped < 0) "m" + (-clamped) else if (clamped > 0) "p" + clamped else "0"
	}

	def private static scoreColour(int score) {
		switch (score) {
			case -2: "#dc2626"
			case -1: "#f97316"
			case 0: "#94a3b8"
			case 1: "#65a30d"
			default: "#15803d"
		}
	}

	def private static readStyle() {
		try {
			val in = HtmlReportPage.getResourceAsStream("journey-map.css")
			try {
				new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").trim()
			} finally {
				in.close()
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e)
		}
	}
}
