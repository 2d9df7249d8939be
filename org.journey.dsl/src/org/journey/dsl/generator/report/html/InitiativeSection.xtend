package org.journey.dsl.generator.report.html

import org.journey.dsl.map.JourneyMap.InitiativeCard
import org.journey.dsl.map.JourneyMap.MilestoneInfo
import org.journey.dsl.map.KpiValues

/** The initiatives: a timeline of their due dates and milestones, then a card each. */
class InitiativeSection extends HtmlPart implements HtmlSection {

	new(HtmlContext context) {
		super(context)
	}

	override shown() {
		!map.initiatives().empty
	}

	override id() {
		"initiatives"
	}

	override titleKey() {
		"section.initiatives"
	}

	override render() {
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
		    	<dd>«FOR opportunity : initiative.realizes() SEPARATOR ', '»«e(lookups.opportunityLabel(opportunity))»«ENDFOR»</dd>
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

	def private milestoneItem(int number, MilestoneInfo milestone) '''
		<li><span class="milestone-no">«num(number)»</span><span>«e(milestone.title())»«IF milestone.date() !== null» <span class="milestone-date">· «date(milestone.date())»</span>«ENDIF»«IF milestone.kpi() !== null»<br><span class="milestone-date">«e(lookups.kpiLabel(milestone.kpi()))»«IF milestone.value() !== null» «KpiValues.ARROW» «e(kpiValues.valueOrNumber(lookups.kpi(milestone.kpi()), milestone.value()))»«ENDIF»</span>«ENDIF»</span></li>
	'''
}
