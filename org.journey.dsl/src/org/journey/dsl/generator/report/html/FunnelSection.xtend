package org.journey.dsl.generator.report.html

/** The phases with a volume as a funnel: a bar per phase, and the conversion between them. */
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
		'''
			<section class="report-section" id="funnel">
			<h2>«t('section.funnel')»</h2>
			<p class="section-note">«t('note.funnel')»</p>
			<div class="funnel">
			  «FOR step : map.funnel()»
			  	<div class="funnel-step" data-phase="«e(step.phase())»" data-volume="«step.volume()»">
			  	  <div class="funnel-label"><span class="phase-no">«num(step.columnIndex() + 1)»</span>«e(columns.get(step.columnIndex()).heading())»</div>
			  	  <div class="funnel-track"><div class="funnel-bar" style="width: «BarLengths.funnelStep(step.volume(), largest)»"></div></div>
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
}
