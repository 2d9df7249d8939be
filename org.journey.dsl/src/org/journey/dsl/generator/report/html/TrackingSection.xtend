package org.journey.dsl.generator.report.html

import org.journey.dsl.map.Actuals.PropertyViolation
import org.journey.dsl.map.JourneyMap.Column

/**
 * Tracking coverage, from the measurements: how many events each touchpoint sent, the modelled
 * events never seen, the seen events the model does not name (the most frequent), and the
 * properties that arrive missing, mistyped or undeclared, each with one example row. Shown only
 * when the report was given measurements.
 */
class TrackingSection extends HtmlPart implements HtmlSection {

	new(HtmlContext context) {
		super(context)
	}

	override shown() {
		actuals() !== null
	}

	override id() {
		"tracking"
	}

	override titleKey() {
		"section.tracking"
	}

	override render() {
		val coverage = actuals().coverage()
		'''
			<section class="report-section" id="tracking">
			<h2>«t('section.tracking')»</h2>
			<p class="section-note">«e(actualValues.measured(actuals()))»</p>
			«IF coverage.clean()»
				<p class="tracking-clean">«t('label.trackingClean')»</p>
			«ENDIF»
			<div class="tracking-grid">
			«IF !touchpointRows().empty»
				<div class="tracking-block">
				<h3>«t('label.touchpointEvents')»</h3>
				<div class="table-scroll">
				<table class="tracking-table">
				  <thead><tr><th>«t('label.phase')»</th><th>«t('label.touchpoint')»</th><th class="number">«t('label.events')»</th><th class="number">«t('label.users')»</th></tr></thead>
				  <tbody>
				    «FOR row : touchpointRows()»
				    	<tr data-touchpoint="«e(row.get(1))»"«IF row.get(3) == "0"» class="silent"«ENDIF»><td>«e(row.get(0))»</td><td>«e(row.get(2))»</td><td class="number">«e(row.get(3))»</td><td class="number">«e(row.get(4))»</td></tr>
				    «ENDFOR»
				  </tbody>
				</table>
				</div>
				</div>
			«ENDIF»
			«IF !coverage.modelledEventsNotSeen().empty»
				<div class="tracking-block">
				<h3>«t('label.eventsNotSeen')» <span class="count">«num(coverage.modelledEventsNotSeen().size())»</span></h3>
				<ul class="event-list">
				  «FOR event : coverage.modelledEventsNotSeen()»
				  	<li><code>«id(event)»</code></li>
				  «ENDFOR»
				</ul>
				</div>
			«ENDIF»
			«IF !coverage.unmodelledEvents().empty»
				<div class="tracking-block">
				<h3>«t('label.unknownEvents')» <span class="count">«num(coverage.unmodelledEventNames())»</span></h3>
				«IF coverage.unmodelledEventNames() > coverage.unmodelledEvents().size()»
					<p class="section-note">«e(labels.format('label.unknownEventsTop', formats.number(coverage.unmodelledEvents().size()), formats.number(coverage.unmodelledEventNames())))»</p>
				«ENDIF»
				<div class="table-scroll">
				<table class="tracking-table">
				  <thead><tr><th>«t('label.event')»</th><th class="number">«t('label.events')»</th></tr></thead>
				  <tbody>
				    «FOR event : coverage.unmodelledEvents()»
				    	<tr><td><code>«id(event.name())»</code></td><td class="number">«num(event.events())»</td></tr>
				    «ENDFOR»
				  </tbody>
				</table>
				</div>
				</div>
			«ENDIF»
			</div>
			«IF !coverage.propertyViolations().empty»
				<div class="tracking-block">
				<h3>«t('label.propertyViolations')» <span class="count">«num(coverage.propertyViolations().size())»</span></h3>
				<div class="table-scroll">
				<table class="tracking-table violations">
				  <thead><tr><th>«t('label.event')»</th><th>«t('label.property')»</th><th>«t('label.problem')»</th><th class="number">«t('label.events')»</th><th>«t('label.example')»</th></tr></thead>
				  <tbody>
				    «FOR violation : coverage.propertyViolations()»
				    	<tr class="violation-«violation.kind().literal()»"><td><code>«id(violation.event())»</code></td><td data-label="«t('label.property')»"><code>«id(violation.property())»</code></td><td>«e(actualValues.violation(violation))»</td><td class="number" data-label="«t('label.events')»">«num(violation.events())»</td><td data-label="«t('label.example')»">«example(violation)»</td></tr>
				    «ENDFOR»
				  </tbody>
				</table>
				</div>
				</div>
			«ENDIF»
			</section>
		'''
	}

	/** The example row: the value found (or that there was none), and where: file, row. */
	def private example(PropertyViolation violation) {
		val value = if (violation.exampleValue() === null) '''<span class="muted">«t('label.missingValue')»</span>''' else '''<code>«id(violation.exampleValue())»</code>'''
		'''«value»<span class="example-where">«e(violation.exampleFile())», «e(labels.format('label.row', String.valueOf(violation.exampleRow())))»</span>'''
	}

	/**
	 * Per measured touchpoint, in the map's order: phase heading, name, label, events, users, the
	 * numbers written in the report's format.
	 */
	def private touchpointRows() {
		val rows = <java.util.List<String>>newArrayList
		for (Column column : columns) {
			val phase = actuals().phase(column.name()).orElse(null)
			if (phase !== null) {
				for (touchpoint : phase.touchpoints()) {
					val card = lookups.touchpoint(column, touchpoint.name())
					rows.add(#[column.heading(), touchpoint.name(), if (card === null) touchpoint.name() else card.label(),
						formats.number(touchpoint.events()), formats.number(touchpoint.users())])
				}
			}
		}
		rows
	}
}
