package org.journey.dsl.generator.report.portfolio

import java.io.IOException
import org.journey.dsl.generator.report.HtmlReport
import org.journey.dsl.generator.report.ReportStyles
import org.journey.dsl.generator.report.html.Html
import org.journey.dsl.generator.report.html.HtmlContext
import org.journey.dsl.generator.report.html.InitiativeTimeline
import org.journey.dsl.generator.report.html.SmallFeelingCurve
import org.journey.dsl.generator.report.portfolio.Portfolio.KpiLine
import org.journey.dsl.generator.report.portfolio.Portfolio.PortfolioJourney
import org.journey.dsl.generator.report.portfolio.Portfolio.TimelineRow
import org.journey.dsl.map.JourneyMap.MilestoneInfo
import org.journey.dsl.map.ReportFormats

import static org.journey.dsl.generator.report.html.Html.escape

/**
 * The portfolio index as one self-contained page, {@code index.html} at the root of the output:
 * like a journey map, inline CSS and SVG, no script, nothing from the network, printable. The
 * cover, the section headings and the timeline are in the portfolio's language; each journey's
 * card is in the journey's own (its {@code lang} says so), with its values written as its map
 * writes them. Every model string goes through {@link Html#escape}.
 */
class PortfolioHtml {

	static val STYLE = readStyle()
	/** Journeys take these colours in turn: a card's top edge and its initiatives' bars match. */
	static val HUES = 6
	/** How close to the axis's end a month's name may start on a narrow screen: a name is about a sixth of the axis wide there. */
	static val NEAR_END = 0.18

	val Portfolio portfolio
	val PortfolioLabels labels
	val ReportFormats formats

	new(Portfolio portfolio) {
		this.portfolio = portfolio
		this.labels = PortfolioLabels.of(portfolio.language())
		this.formats = ReportFormats.of(portfolio.language())
	}

	/** The page, with "\n" line ends on every platform. */
	def String render() {
		page().toString().replace("\r\n", "\n")
	}

	def private page() '''
		<!DOCTYPE html>
		<html lang="«escape(portfolio.language().code())»">
		<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
		<meta name="generator" content="Journey">
		<title>«t('portfolio.title')»</title>
		<style>
		«STYLE»
		</style>
		</head>
		<body>
		<div class="page">
		«cover()»
		<section class="pf-section" id="journeys">
		<h2>«t('portfolio.journeys')»</h2>
		<div class="pf-journeys">
		  «FOR journey : portfolio.journeys()»
		  	«card(journey, portfolio.journeys().indexOf(journey))»
		  «ENDFOR»
		</div>
		</section>
		«IF !portfolio.initiatives().empty»
			«initiatives()»
		«ENDIF»
		<footer class="pf-footer">«t('label.generatedFrom')» «FOR journey : portfolio.journeys() SEPARATOR ', '»<code>«Html.identifier(journey.map().qualifiedName())»</code>«ENDFOR»</footer>
		</div>
		</body>
		</html>
	'''

	def private cover() {
		val figures = #[
			'portfolio.journeys' -> portfolio.journeys().size,
			'label.phases' -> portfolio.phaseCount(),
			'lane.pains' -> portfolio.painCounts().values.fold(0)[a, b | a + b],
			'lane.kpis' -> portfolio.kpiCount(),
			'section.initiatives' -> portfolio.initiatives().size
		].filter[value > 0]
		val measured = portfolio.journeys().exists[map().actuals().present]
		'''
			<header class="pf-cover">
			  <p class="eyebrow">«t('label.customerJourney')»</p>
			  <h1>«t('portfolio.title')»</h1>
			  <dl class="pf-figures">
			    «FOR figure : figures»
			    	<div class="pf-figure"><dt>«t(figure.key)»</dt><dd>«escape(formats.number(figure.value))»</dd></div>
			    «ENDFOR»
			  </dl>
			  «IF measured»
			  	«statusCounts(portfolio.kpiStatusCounts(), labels)»
			  «ELSEIF portfolio.kpiCount() > 0»
			  	<p class="pf-cover-note">«t('portfolio.noStatus')»</p>
			  «ENDIF»
			  «IF portfolio.mixedLanguages()»
			  	<p class="pf-cover-note pf-languages">«escape(labels.format('portfolio.languages', labels.languageList(portfolio.languages())))»</p>
			  «ENDIF»
			</header>
		'''
	}

	/** One journey's card, in the journey's language. */
	def private card(PortfolioJourney journey, int index) {
		val map = journey.map()
		val context = new HtmlContext(map)
		val own = PortfolioLabels.of(map.language())
		val link = escape(journey.link(HtmlReport.FILE_NAME))
		'''
			<article class="pf-journey «hue(index)»" lang="«escape(map.language().code())»" data-journey="«escape(map.qualifiedName())»">
			  <header>
			    <h3><a href="«link»">«escape(map.label())»</a></h3>
			    <p class="pf-meta"><code>«Html.identifier(map.qualifiedName())»</code> · «escape(own.languageName(map.language()))»«IF map.owner() !== null» · «escape(own.get('label.owner'))»: «escape(map.owner())»«ENDIF»</p>
			  </header>
			  «IF map.description() !== null && !map.description().blank»
			  	<p class="pf-desc">«escape(map.description())»</p>
			  «ENDIF»
			  «IF !map.segments().empty»
			  	<div><span class="pf-caption">«escape(own.get('label.segments'))»</span>
			  	<ul class="pf-chips">
			  	  «FOR segment : map.segments()»
			  	  	<li>«escape(segment.label())»«IF segment.share() !== null» <span class="share">«escape(context.formats().percent(segment.share().doubleValue() / 100))»</span>«ENDIF»</li>
			  	  «ENDFOR»
			  	</ul></div>
			  «ENDIF»
			  «IF !map.columns().empty»
			  	<div><span class="pf-caption">«escape(own.get('label.phases'))»«IF map.phaseModel().present» · «escape(own.reportLabels().phaseModel(map.phaseModel().get().id(), map.phaseModel().get().title()))»«ENDIF»</span>
			  	<ol class="pf-chips pf-phases">
			  	  «FOR column : map.columns()»
			  	  	<li>«escape(column.heading())»</li>
			  	  «ENDFOR»
			  	</ol></div>
			  «ENDIF»
			  «IF journey.hasFeelings()»
			  	<div><span class="pf-caption">«escape(own.get('lane.feeling'))»</span>
			  	«SmallFeelingCurve.render(journey.map(), context, 'pf-curve', 'pf-stroke-' + index)»</div>
			  «ENDIF»
			  «IF !journey.pains().empty»
			  	<div class="pf-pains"><span class="pf-caption">«escape(own.get('lane.pains'))»</span>
			  	<p class="pf-counts">
			  	  «FOR severity : journey.painCounts().entrySet»
			  	  	<span class="pf-count severity-«severity.key ?: 'none'»" data-severity="«severity.key ?: 'none'»" data-count="«severity.value»">«escape(own.severity(severity.key))» <strong>«escape(context.formats().number(severity.value))»</strong></span>
			  	  «ENDFOR»
			  	</p></div>
			  «ENDIF»
			  «IF !journey.kpis().empty»
			  	<div class="pf-kpis"><span class="pf-caption">«escape(own.get('lane.kpis'))»</span>
			  	«IF map.actuals().present»
			  		«statusCounts(journey.kpiStatusCounts(), own)»
			  	«ENDIF»
			  	<ul class="pf-kpi-list">
			  	  «FOR line : journey.kpis()»
			  	  	«kpi(line, context, own, map.actuals().present)»
			  	  «ENDFOR»
			  	</ul></div>
			  «ENDIF»
			  <p class="pf-open"><a href="«link»">«escape(own.get('portfolio.openMap'))» →</a></p>
			</article>
		'''
	}

	/** KPI counts by status, as the journey maps' badges name them; the badge classes are theirs too. */
	def private statusCounts(java.util.Map<String, Integer> counts, PortfolioLabels words) '''
		<p class="pf-counts">
		  «FOR status : counts.entrySet»
		  	<span class="pf-count status-«status.key»" data-status="«status.key»" data-count="«status.value»">«escape(words.status(status.key))» <strong>«status.value»</strong></span>
		  «ENDFOR»
		</p>
	'''

	def private kpi(KpiLine line, HtmlContext context, PortfolioLabels own, boolean measured) {
		val kpi = line.kpi()
		'''
			<li data-kpi="«escape(kpi.name())»" data-status="«line.status()»"><span class="pf-kpi-name">«escape(kpi.label())»</span><span class="pf-kpi-range">«escape(context.kpiValues().range(kpi))»</span>«IF line.actual().present»<span class="pf-kpi-actual">«escape(context.actualValues().actual(kpi, line.actual().get()))»</span>«ENDIF»«IF measured»<span class="pf-count status-«line.status()»">«escape(own.status(line.status()))»</span>«ENDIF»</li>
		'''
	}

	/** The initiatives of all journeys on one time axis, in date order. */
	def private initiatives() {
		val timeline = portfolio.timeline()
		'''
			<section class="pf-section" id="initiatives">
			<h2>«t('section.initiatives')»</h2>
			<div class="pf-timeline">
			  «IF timeline.present»
			  	<div class="pf-axis-spacer"></div>
			  	<div class="pf-axis«IF quarterly(timeline.get())» quarterly«ENDIF»">
			  	  «FOR tick : timeline.get().ticks()»
			  	  	«tick(timeline.get(), tick)»
			  	  «ENDFOR»
			  	</div>
			  «ENDIF»
			  «FOR row : portfolio.initiatives()»
			  	«row(timeline.orElse(null), row)»
			  «ENDFOR»
			</div>
			«IF timeline.present»
				<p class="pf-legend">«FOR journey : portfolio.journeys().filter[!map().initiatives().empty]»<span class="«hue(portfolio.journeys().indexOf(journey))»"><span class="pf-journey-swatch"></span>«escape(journey.map().label())»</span>«ENDFOR»<span class="hue-0"><span class="pf-milestone" style="--hue: var(--faint)"></span>«t('label.milestones')»</span><span><span class="pf-due"></span>«t('label.due')»</span></p>
			«ENDIF»
			</section>
		'''
	}

	/**
	 * A month on the axis, named from its first day on. Its classes let a narrow screen keep only
	 * quarters (only years on a long axis) and leave out a name too close to the end to fit.
	 */
	def private tick(InitiativeTimeline timeline, String tick) {
		val position = timeline.position(tick)
		val month = java.time.LocalDate.parse(tick).monthValue
		'''<span class="pf-tick month-«month»«IF 1 - position < NEAR_END» near-end«ENDIF»" style="left: «Html.cssPercent(position)»">«escape(formats.month(tick))»</span>'''
	}

	/** Whether the axis has a tick per quarter rather than per month. */
	def private quarterly(InitiativeTimeline timeline) {
		val ticks = timeline.ticks()
		ticks.size > 1 && java.time.LocalDate.parse(ticks.get(0)).plusMonths(3).toString == ticks.get(1)
	}

	def private row(InitiativeTimeline timeline, TimelineRow row) {
		val initiative = row.initiative()
		val hue = hue(portfolio.journeys().indexOf(row.journeys().get(0)))
		'''
			<div class="pf-row-label «hue»"><strong>«escape(initiative.label())»</strong><span class="small"><span class="pf-journey-swatch"></span>«FOR journey : row.journeys() SEPARATOR ', '»«escape(journey.map().label())»«ENDFOR» · «IF initiative.due() !== null»«t('label.due')» «escape(date(initiative.due()))»«ELSE»«t('label.noDate')»«ENDIF»</span></div>
			<div class="pf-track «hue»" data-initiative="«escape(initiative.name())»" data-journeys="«FOR journey : row.journeys() SEPARATOR ' '»«escape(journey.map().qualifiedName())»«ENDFOR»"«IF row.span().present» data-first="«row.span().get().first()»" data-last="«row.span().get().last()»"«ENDIF»>
			  «IF timeline !== null»
			  	«FOR tick : timeline.ticks()»
			  		<span class="pf-grid" style="left: «Html.cssPercent(timeline.position(tick))»"></span>
			  	«ENDFOR»
			  	«IF row.span().present»
			  		<span class="pf-bar" style="left: «Html.cssPercent(timeline.position(row.span().get().first()))»; width: «Html.cssPercent(timeline.position(row.span().get().last()) - timeline.position(row.span().get().first()))»"></span>
			  	«ENDIF»
			  	«FOR milestone : initiative.milestones().filter[InitiativeTimeline.isDate(date())]»
			  		«milestone(timeline, milestone)»
			  	«ENDFOR»
			  	«IF InitiativeTimeline.isDate(initiative.due())»
			  		<span class="pf-due" style="left: «Html.cssPercent(timeline.position(initiative.due()))»" title="«t('label.due')» «escape(date(initiative.due()))»"></span>
			  	«ENDIF»
			  «ENDIF»
			</div>
		'''
	}

	def private milestone(InitiativeTimeline timeline, MilestoneInfo milestone) '''
		<span class="pf-milestone" style="left: «Html.cssPercent(timeline.position(milestone.date()))»" title="«escape(date(milestone.date()))»: «escape(milestone.title())»"></span>
	'''

	/** An ISO date as the index's language writes it; one that does not parse as written. */
	def private date(String isoDate) {
		if (InitiativeTimeline.isDate(isoDate)) formats.date(isoDate) else isoDate
	}

	def private hue(int index) {
		"hue-" + (index % HUES)
	}

	/** A word of the index, escaped. */
	def private t(String key) {
		escape(labels.get(key))
	}

	def private static readStyle() {
		ReportStyles.sheet("portfolio/portfolio.css")
	}
}
