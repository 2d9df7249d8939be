package org.journey.dsl.generator.report.html

import org.journey.dsl.map.JourneyMap.OpportunityCard
import org.journey.dsl.map.Quadrant

/** The value/effort matrix: each opportunity in its quadrant, the unrated ones below it. */
class PrioritySection extends HtmlPart implements HtmlSection {

	new(HtmlContext context) {
		super(context)
	}

	override shown() {
		!map.opportunities().empty
	}

	override id() {
		"priorities"
	}

	override titleKey() {
		"section.priorities"
	}

	override render() {
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
		  <p class="idea-meta">«t('label.phase')»: «e(lookups.phaseHeading(opportunity.phase()))» · «t('label.value')»: «e(labels.level(opportunity.value()))» · «t('label.effort')»: «e(labels.level(opportunity.effort()))»</p>
		  «IF present(opportunity.description())»
		  	<p class="idea-meta">«e(opportunity.description())»</p>
		  «ENDIF»
		  «IF !opportunity.fixes().empty»
		  	<p class="idea-meta">«t('label.fixes')»: «FOR pain : opportunity.fixes() SEPARATOR ', '»«e(lookups.painLabel(pain))»«ENDFOR»</p>
		  «ENDIF»
		  «IF present(opportunity.owner())»
		  	<p class="idea-meta">«t('label.owner')»: «e(opportunity.owner())»</p>
		  «ENDIF»
		</div>
	'''
}
