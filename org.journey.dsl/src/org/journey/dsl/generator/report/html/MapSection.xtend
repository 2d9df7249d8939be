package org.journey.dsl.generator.report.html

import org.journey.dsl.map.JourneyMap.Column
import org.journey.dsl.map.JourneyMap.EventInfo
import org.journey.dsl.map.JourneyMap.KpiCard
import org.journey.dsl.map.JourneyMap.OpportunityCard
import org.journey.dsl.map.JourneyMap.PainCard
import org.journey.dsl.map.JourneyMap.TouchpointCard

/**
 * The journey map itself: a column per phase, a row (lane) per kind of content; a lane no phase
 * fills is left out. The feeling lane is the {@link FeelingCurve}'s.
 */
class MapSection extends HtmlPart implements HtmlSection {

	val FeelingCurve feelingCurve
	val MapOverview overview

	new(HtmlContext context) {
		super(context)
		this.feelingCurve = new FeelingCurve(context)
		this.overview = new MapOverview(context)
	}

	override shown() {
		!columns.empty
	}

	override id() {
		"journey-map"
	}

	override titleKey() {
		"section.map"
	}

	override render() '''
		<section class="report-section map-section" id="journey-map">
		<h2>«t('section.map')»</h2>
		«overview.render()»
		<div class="map-scroll">
		<table class="map" style="--phases: «columns.size»; --print-zoom: «MapGridLayout.printZoom(columns)»«IF MapGridLayout.minimumColumnWidth(columns) > 0»; --min-column-width: «MapGridLayout.minimumColumnWidth(columns)»px«ENDIF»">
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
		«IF feelingCurve.shown()»
			«feelingCurve.lane()»
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

	def private phaseHead(Column column) '''
		<th scope="col" id="«MapGridLayout.phaseAnchor(column)»" class="phase-head«IF column.index() == 0» first«ENDIF»" data-phase="«e(column.name())»" style="--phase-hue: «MapGridLayout.phaseHue(column.index(), columns.size)»">
		  <div class="chevron"><span class="phase-no">«num(column.index() + 1)»</span><span class="phase-title">«e(column.heading())»</span></div>
		  «IF column.modelPhaseName() !== null && column.modelPhaseName() != column.heading()»
		  	<p class="phase-sub">«phaseModelTitle()»: <span class="model-phase">«e(column.modelPhaseName())»</span></p>
		  «ENDIF»
		  «IF present(column.description())»
		  	<p class="phase-desc">«e(column.description())»</p>
		  «ENDIF»
		  «IF column.volume() !== null»
		  	<p class="phase-volume">«t('lane.volume')» <strong>«num(column.volume())»</strong></p>
		  «ENDIF»
		</th>
	'''

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

	def private touchpointCell(Column column) '''
		«FOR n : 0 ..< column.touchpointCount()»
			«touchpointCard(n + 1, column.touchpoints().get(n))»
		«ENDFOR»
	'''

	/**
	 * A touchpoint's card, numbered in its phase as written: the number is the one on its marker in
	 * the feeling curve, which says on paper whose experience a marker shows.
	 */
	def private touchpointCard(int number, TouchpointCard touchpoint) '''
		<article class="touchpoint ch-«e(touchpoint.channel())»" data-touchpoint="«e(touchpoint.name())»" data-channel="«e(touchpoint.channel())»">
		  <p class="channel-name"><span class="touchpoint-no" title="«t('lane.touchpoints')» «num(number)»">«num(number)»</span>«e(touchpoint.channelLabel())»</p>
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
		  	<p class="touchpoint-meta">«t('label.serves')»: «FOR segment : touchpoint.segments() SEPARATOR ', '»«e(lookups.segmentLabel(segment))»«ENDFOR»</p>
		  «ENDIF»
		  «IF !touchpoint.events().empty»
		  	<ul class="events" aria-label="«t('label.events')»">
		  	  «FOR event : touchpoint.events()»
		  	  	<li title="«e(eventSummary(event))»"><code>«id(event.name())»</code></li>
		  	  «ENDFOR»
		  	</ul>
		  «ENDIF»
		</article>
	'''

	def private score(int score) '''
		<span class="score score-«ScoreStyle.cssClass(score)»" title="«t('label.experience')» «signed(score)»">«signed(score)»</span>
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
		  	<p class="evidence">«t('label.evidence')»: «FOR source : pain.evidence() SEPARATOR ', '»«e(lookups.sourceLabel(source))»«ENDFOR»</p>
		  «ENDIF»
		</article>
	'''

	def private opportunityCell(Column column) '''
		«FOR name : column.opportunities()»
			«opportunityInLane(name, lookups.opportunity(name, column.name()))»
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
			«kpiChip(name, lookups.kpi(name))»
		«ENDFOR»
	'''

	def private kpiChip(String name, KpiCard kpi) '''
		<div class="kpi-chip" data-kpi="«e(name)»">
		  <p class="kpi-chip-title">«e(kpi?.label() ?: name)»</p>
		  «IF kpi !== null && (kpi.baseline() !== null || kpi.target() !== null)»
		  	<p class="kpi-chip-values">«e(kpiValues.range(kpi))»</p>
		  «ENDIF»
		</div>
	'''
}
