package org.journey.dsl.generator.report.html

/**
 * The report's cover: the journey's title, description and owner, the journey in numbers, and
 * panels with its segments, business goals and phase model.
 */
class CoverSection extends HtmlPart {

	new(HtmlContext context) {
		super(context)
	}

	def CharSequence render() '''
		<header class="cover">
		  <p class="eyebrow">«t('label.customerJourney')»</p>
		  <h1>«e(map.label())»</h1>
		  «IF map.title() !== null»
		  	<p class="qualified-name"><code>«id(map.qualifiedName())»</code></p>
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
		  	  	    	  	<p class="meta">«t('lane.kpis')»: «FOR kpi : goal.kpis() SEPARATOR ', '»«e(lookups.kpiLabel(kpi))»«ENDFOR»</p>
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
		  	  	  <p class="phase-model-title">«phaseModelTitle()»</p>
		  	  	  <p class="meta"><code>«id(map.phaseModel().get().id())»</code></p>
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
}
