package org.journey.dsl.generator.report.portfolio

import org.eclipse.xtend2.lib.StringConcatenation
import org.eclipse.xtend2.lib.StringConcatenationClient
import org.journey.dsl.generator.report.MarkdownReport
import org.journey.dsl.generator.report.html.InitiativeTimeline
import org.journey.dsl.generator.report.portfolio.Portfolio.PortfolioJourney
import org.journey.dsl.generator.report.portfolio.Portfolio.TimelineRow
import org.journey.dsl.map.ActualValues
import org.journey.dsl.map.KpiValues
import org.journey.dsl.map.ReportFormats
import org.journey.dsl.model.ScoreScale

import static org.journey.dsl.generator.report.MarkdownEscaper.*

/**
 * The portfolio index as Markdown, {@code index.md} at the root of the output, for git hosting:
 * an overview table, a section per journey in the journey's own language with a link to its
 * {@code journey-map.md}, and the initiatives of all journeys in date order. Every model string
 * goes through {@link org.journey.dsl.generator.report.MarkdownEscaper}.
 */
class PortfolioMarkdown {

	/** The journey map's faces for a feeling, from -2 to +2. */
	static val FACES = #["😞", "🙁", "😐", "🙂", "😀"]
	static val NOTHING = "–"

	val Portfolio portfolio
	val PortfolioLabels labels
	val ReportFormats formats

	new(Portfolio portfolio) {
		this.portfolio = portfolio
		this.labels = PortfolioLabels.of(portfolio.language())
		this.formats = ReportFormats.of(portfolio.language())
	}

	/** The document, with "\n" line ends on every platform. */
	def String render() {
		val out = new StringConcatenation("\n")
		out.append(document())
		out.toString
	}

	def private StringConcatenationClient document() '''
		# «labels.get("portfolio.title")»
		«IF portfolio.mixedLanguages()»

		«text(labels.format("portfolio.languages", labels.languageList(portfolio.languages())))»
		«ENDIF»
		«IF portfolio.kpiCount() > 0 && !portfolio.journeys().exists[map().actuals().present]»

		«text(labels.get("portfolio.noStatus"))»
		«ENDIF»

		| «labels.get("portfolio.journey")» | «labels.get("portfolio.language")» | «labels.get("label.phases")» | «labels.get("lane.pains")» | «labels.get("lane.kpis")» | «labels.get("section.initiatives")» |
		| --- | --- | --- | --- | --- | --- |
		«FOR journey : portfolio.journeys()»
		| [«text(journey.map().label())»](«journey.link(MarkdownReport.FILE)») | «labels.languageName(journey.language())» | «journey.map().columns().size» | «painSummary(journey, labels)» | «kpiSummary(journey, labels)» | «journey.map().initiatives().size» |
		«ENDFOR»
		«FOR journey : portfolio.journeys()»
		«journey(journey)»
		«ENDFOR»
		«IF !portfolio.initiatives().empty»

		## «labels.get("section.initiatives")»

		| «labels.get("portfolio.span")» | «labels.get("label.initiative")» | «labels.get("portfolio.journey")» | «labels.get("label.due")» | «labels.get("label.milestones")» |
		| --- | --- | --- | --- | --- |
		«FOR row : portfolio.initiatives()»
		| «span(row)» | «text(row.initiative().label())» | «row.journeys().map[text(map().label())].join(", ")» | «IF row.initiative().due() === null»«NOTHING»«ELSE»«date(row.initiative().due())»«ENDIF» | «row.initiative().milestones().size» |
		«ENDFOR»
		«ENDIF»
	'''

	/** A journey's section, in the journey's language. */
	def private StringConcatenationClient journey(PortfolioJourney journey) {
		val map = journey.map()
		val own = PortfolioLabels.of(map.language())
		val ownFormats = ReportFormats.of(map.language())
		val kpiValues = KpiValues.of(map.language())
		val actualValues = ActualValues.of(map.language())
		val measured = map.actuals().present
		'''

			## [«text(map.label())»](«journey.link(MarkdownReport.FILE)»)

			«code(map.qualifiedName())» · «own.languageName(map.language())»«IF map.owner() !== null» · «own.get("label.owner")»: «text(map.owner())»«ENDIF»
			«IF map.description() !== null»

			«text(map.description())»
			«ENDIF»

			«IF !map.segments().empty»
			- **«own.get("label.segments")»:** «map.segments().map[text(label()) + if (share() === null) "" else " (" + ownFormats.percent(share().doubleValue() / 100) + ")"].join(", ")»
			«ENDIF»
			«IF !map.columns().empty»
			- **«own.get("label.phases")»«IF map.phaseModel().present» («own.reportLabels().phaseModel(map.phaseModel().get().id(), map.phaseModel().get().title())»)«ENDIF»:** «map.columns().map[(index() + 1) + ". " + text(heading())].join(" → ")»
			«ENDIF»
			«IF journey.hasFeelings()»
			- **«own.get("lane.feeling")»:** «map.columns().filter[feeling() !== null].map[text(heading()) + " " + face(feeling()) + " " + ownFormats.signed(feeling())].join(" · ")»
			«ENDIF»
			«IF !journey.pains().empty»
			- **«own.get("lane.pains")»:** «painSummary(journey, own)»
			«ENDIF»
			«IF !journey.kpis().empty»
			- **«own.get("lane.kpis")»:** «kpiSummary(journey, own)»

			| «own.get("label.kpi")» | «own.get("label.baseline")» «KpiValues.ARROW» «own.get("label.target")» |«IF measured» «own.get("label.actual")» | «own.get("label.status")» |«ENDIF»
			| --- | --- |«IF measured» --- | --- |«ENDIF»
			«FOR line : journey.kpis()»
			| «text(line.kpi().label())» | «orNothing(text(kpiValues.range(line.kpi())))» |«IF measured» «IF line.actual().present»«text(actualValues.actual(line.kpi(), line.actual().get()))»«ELSE»«NOTHING»«ENDIF» | «own.status(line.status())» |«ENDIF»
			«ENDFOR»
			«ENDIF»
		'''
	}

	/** "high 2 · medium 1", in the words of {@code words}; a dash for none. */
	def private String painSummary(PortfolioJourney journey, PortfolioLabels words) {
		val counts = journey.painCounts()
		if (counts.empty) NOTHING else counts.entrySet.map[words.severity(key) + " " + value].join(" · ")
	}

	/** "5" without measurements, "5: On track 2 · Off track 1 · Not measured 2" with them. */
	def private String kpiSummary(PortfolioJourney journey, PortfolioLabels words) {
		val count = String.valueOf(journey.kpis().size)
		if (!journey.map().actuals().present || journey.kpis().empty) {
			return count
		}
		count + ": " + journey.kpiStatusCounts().entrySet.map[words.status(key) + " " + value].join(" · ")
	}

	def private String face(int feeling) {
		FACES.get(ScoreScale.clamp(feeling) - ScoreScale.MIN)
	}

	/** The first and last date of an initiative, "31 Oct 2026 – 30 Jun 2027"; a dash without dates. */
	def private String span(TimelineRow row) {
		if (!row.span().present) {
			return NOTHING
		}
		val first = date(row.span().get().first())
		val last = date(row.span().get().last())
		if (first == last) first else first + " – " + last
	}

	def private String date(String isoDate) {
		text(if (InitiativeTimeline.isDate(isoDate)) formats.date(isoDate) else isoDate)
	}

	def private String orNothing(String text) {
		if (text.empty) NOTHING else text
	}
}
