package org.journey.dsl.generator.report.html

import org.journey.dsl.map.Actuals.KpiActual
import org.journey.dsl.map.JourneyMap.Direction
import org.journey.dsl.map.JourneyMap.KpiCard
import org.journey.dsl.map.KpiValues

/**
 * The KPI scorecard: a card per KPI with its baseline, target, direction and what measures it;
 * with measurements, its actual value, status and progress too.
 */
class KpiSection extends HtmlPart implements HtmlSection {

	new(HtmlContext context) {
		super(context)
	}

	override shown() {
		!map.kpis().empty
	}

	override id() {
		"kpis"
	}

	override titleKey() {
		"section.kpis"
	}

	override render() '''
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
		  	  	<div class="kpi-arrow">«KpiValues.ARROW»</div>
		  	  «ENDIF»
		  	  «IF kpi.target() !== null»
		  	  	<div class="kpi-number target"><span class="caption">«t('label.target')»</span><span class="value">«kpiValue(kpi, kpi.target())»</span>«IF kpi.targetDate() !== null»<span class="when">«e(kpiValues.by(dateText(kpi.targetDate())))»</span>«ENDIF»</div>
		  	  «ENDIF»
		  	  «IF kpi.baseline() !== null && kpi.target() !== null»
		  	  	«change(kpi)»
		  	  «ENDIF»
		  	</div>
		  «ENDIF»
		  «IF measured(kpi) !== null»
		  	«actual(kpi, measured(kpi))»
		  «ENDIF»
		  <p class="direction">«IF kpi.direction() == Direction.DECREASE»↓«ELSE»↑«ENDIF» «e(labels.direction(kpi.direction()))»</p>
		  <dl class="facts">
		    «IF kpi.formula() !== null || !kpi.sources().empty»
		    	<dt>«t('label.measuredBy')»</dt>
		    	<dd>«IF kpi.formula() !== null»<code class="formula">«id(kpi.formula())»</code>«ENDIF»«IF kpi.formula() !== null && !kpi.sources().empty»<br>«ENDIF»«IF !kpi.sources().empty»«t('label.sources')»: «FOR source : kpi.sources() SEPARATOR ', '»«e(lookups.sourceLabel(source))»«ENDFOR»«ENDIF»</dd>
		    «ENDIF»
		    «IF !kpi.goals().empty»
		    	<dt>«t('section.goals')»</dt>
		    	<dd>«FOR goal : kpi.goals() SEPARATOR ', '»«e(lookups.goalLabel(goal))»«ENDFOR»</dd>
		    «ENDIF»
		    «IF !kpi.phases().empty»
		    	<dt>«t('label.phases')»</dt>
		    	<dd>«FOR phase : kpi.phases() SEPARATOR ', '»«e(lookups.phaseHeading(phase))»«ENDFOR»</dd>
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
		    	    	<li><span class="milestone-date">«IF milestone.date() !== null»«date(milestone.date())»«ELSE»–«ENDIF»</span><span>«e(milestone.title())»«IF milestone.value() !== null» «KpiValues.ARROW» <strong>«kpiValue(kpi, milestone.value())»</strong>«ENDIF»</span></li>
		    	    «ENDFOR»
		    	  </ul>
		    	</dd>
		    «ENDIF»
		  </dl>
		</article>
	'''

	/** What was measured of the KPI; null without measurements or for a KPI without a formula. */
	def private KpiActual measured(KpiCard kpi) {
		if (actuals() === null) null else actuals().kpi(kpi.name()).orElse(null)
	}

	/**
	 * The measured value beside baseline and target: the value in the KPI's unit, its status (which
	 * respects the KPI's direction: measure decided it) and the progress from baseline to target.
	 */
	def private actual(KpiCard kpi, KpiActual measured) '''
		<div class="kpi-actual status-«measured.status().literal()»">
		  <div class="kpi-number actual"><span class="caption">«t('label.actual')»</span><span class="value">«e(actualValues.actual(kpi, measured))»</span></div>
		  <span class="status-badge">«e(actualValues.status(measured.status()))»</span>
		  «IF measured.progress() !== null»
		  	<div class="progress"><div class="progress-track"><span style="width: «BarLengths.progress(measured.progress())»"></span></div><span class="progress-text">«e(actualValues.progress(measured.progress()))»</span></div>
		  «ENDIF»
		</div>
	'''

	/** How far the target is from the baseline, green when it moves the way the KPI should. */
	def private change(KpiCard kpi) {
		val difference = kpi.target().subtract(kpi.baseline())
		val sign = difference.signum
		val wanted = if (kpi.direction() == Direction.DECREASE) -1 else 1
		val css = if (sign == 0) "same" else if (sign == wanted) "better" else "worse"
		'''<div class="change «css»" title="«t('label.change')»">«e(kpiValues.change(kpi, difference))»</div>'''
	}
}
