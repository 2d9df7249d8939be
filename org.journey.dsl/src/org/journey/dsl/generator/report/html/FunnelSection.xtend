package org.journey.dsl.generator.report.html

import org.journey.dsl.map.Actuals.PhaseActual
import org.journey.dsl.map.JourneyMap.FunnelStep

/**
 * The phases with a volume as a funnel: a bar per phase, and the conversion between them. With
 * measurements, each phase also shows the users measured and the actual conversion beside the
 * modelled ones; without, the section is exactly the plan's.
 */
class FunnelSection extends HtmlPart implements HtmlSection {

	new(HtmlContext context) {
		super(context)
	}

	override shown() {
		!map.funnel().empty
	}

	override id() {
		"funnel"
	}

	override titleKey() {
		"section.funnel"
	}

	override render() {
		val largest = map.funnel().fold(0L)[most, step | Math.max(most, step.volume())]
		val measured = actuals() !== null
		val mostUsers = map.funnel().fold(0L)[most, step | Math.max(most, users(step))]
		'''
			<section class="report-section" id="funnel">
			<h2>«t('section.funnel')»</h2>
			<p class="section-note">«t('note.funnel')»</p>
			«IF measured»
				<p class="section-note">«t('note.funnelActuals')» «e(actualValues.measured(actuals()))»</p>
				<p class="funnel-legend"><span><span class="swatch modelled"></span>«t('label.modelled')»</span><span><span class="swatch actual"></span>«t('label.actual')»</span></p>
			«ENDIF»
			<div class="funnel«IF measured» with-actuals«ENDIF»">
			  «FOR step : map.funnel()»
			  	<div class="funnel-step" data-phase="«e(step.phase())»" data-volume="«step.volume()»"«IF measured && phaseActual(step)?.users() !== null» data-users="«phaseActual(step).users()»"«ENDIF»>
			  	  <div class="funnel-label"><span class="phase-no">«num(step.columnIndex() + 1)»</span>«e(columns.get(step.columnIndex()).heading())»</div>
			  	  <div class="funnel-track"><div class="funnel-bar" style="width: «BarLengths.funnelStep(step.volume(), largest)»"></div>«IF measured»<div class="funnel-bar actual" style="width: «BarLengths.funnelStep(users(step), mostUsers)»"></div>«ENDIF»</div>
			  	  <div class="funnel-volume">«IF measured»<span><span class="swatch modelled"></span>«ENDIF»«num(step.volume())»«IF measured»</span><span class="funnel-users"><span class="swatch actual"></span>«IF phaseActual(step) === null»«t('label.notMeasured')»«ELSE»«e(actualValues.users(phaseActual(step)))»«ENDIF»</span>«ENDIF»</div>
			  	  <div class="funnel-conversion">
			  	    «IF measured && phaseActual(step)?.conversion() !== null»
			  	    	<p><span class="swatch actual"></span><strong class="conversion-actual «comparison(phaseActual(step))»">«e(actualValues.conversion(phaseActual(step).conversion()))»</strong> «t('label.fromPrevious')»</p>
			  	    «ENDIF»
			  	    «IF step.conversionFromPrevious() !== null»
			  	    	<p>«IF measured»<span class="swatch modelled"></span>«ENDIF»<strong class="conversion-previous«IF step.conversionFromPrevious() > 1» growth«ENDIF»">«e(formats.percent(step.conversionFromPrevious()))»</strong> «t('label.fromPrevious')»</p>
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

	/** What was measured in the step's phase; null without measurements or for a phase not measured. */
	def private PhaseActual phaseActual(FunnelStep step) {
		if (actuals() === null) null else actuals().phase(step.phase()).orElse(null)
	}

	/** The users measured in the step's phase, 0 where none were. */
	def private long users(FunnelStep step) {
		val users = phaseActual(step)?.users()
		if (users === null) 0L else users
	}

	/** Whether the actual conversion reached the modelled one: "above" or "below" the plan. */
	def private comparison(PhaseActual actual) {
		if (actual.modelledConversion() === null) "" else if (actual.conversion() >= actual.modelledConversion()) "above" else "below"
	}
}
