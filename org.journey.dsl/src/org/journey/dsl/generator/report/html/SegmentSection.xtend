package org.journey.dsl.generator.report.html

import org.journey.dsl.map.JourneyMap.SegmentProfile
import org.journey.dsl.map.JourneyMap.SegmentReach

/** A card per segment: its share, needs and triggers, and the phases that reach it. */
class SegmentSection extends HtmlPart implements HtmlSection {

	new(HtmlContext context) {
		super(context)
	}

	override shown() {
		!map.segments().empty
	}

	override id() {
		"segments"
	}

	override titleKey() {
		"section.segments"
	}

	override render() '''
		<section class="report-section" id="segments">
		<h2>«t('section.segments')»</h2>
		<div class="cards">
		  «FOR segment : map.segments()»
		  	«segmentCard(segment, lookups.reach(segment.name()))»
		  «ENDFOR»
		</div>
		</section>
	'''

	def private segmentCard(SegmentProfile segment, SegmentReach reach) '''
		<article class="segment-card" data-segment="«e(segment.name())»">
		  <div class="card-head"><h3>«e(segment.label())»</h3></div>
		  «IF segment.share() !== null»
		  	<div class="share-line"><span class="share-value">«share(segment.share())»</span><span class="share-bar"><span style="width: «BarLengths.segmentShare(segment.share())»"></span></span></div>
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
}
