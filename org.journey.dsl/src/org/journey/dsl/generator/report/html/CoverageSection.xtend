package org.journey.dsl.generator.report.html

/** How many touchpoints each channel has in each phase, as a heat table with totals. */
class CoverageSection extends HtmlPart implements HtmlSection {

	new(HtmlContext context) {
		super(context)
	}

	override shown() {
		!map.channelCoverage().empty
	}

	override id() {
		"coverage"
	}

	override titleKey() {
		"section.coverage"
	}

	override render() '''
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
}
