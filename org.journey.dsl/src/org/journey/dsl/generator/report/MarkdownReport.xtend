package org.journey.dsl.generator.report

import java.io.ByteArrayInputStream
import java.nio.charset.StandardCharsets
import java.util.List
import org.eclipse.xtend2.lib.StringConcatenation
import org.eclipse.xtend2.lib.StringConcatenationClient
import org.eclipse.xtext.generator.IFileSystemAccess2
import org.journey.dsl.generator.JourneyRun
import org.journey.dsl.generator.ReportTarget
import org.journey.dsl.map.ActualValues
import org.journey.dsl.map.Actuals.KpiActual
import org.journey.dsl.map.JourneyMap
import org.journey.dsl.map.JourneyMap.Column
import org.journey.dsl.map.JourneyMap.InitiativeCard
import org.journey.dsl.map.JourneyMap.KpiCard
import org.journey.dsl.map.JourneyMap.MilestoneInfo
import org.journey.dsl.map.JourneyMap.OpportunityCard
import org.journey.dsl.map.JourneyMap.PainCard
import org.journey.dsl.map.JourneyMap.SegmentProfile
import org.journey.dsl.map.JourneyMap.TouchpointCard
import org.journey.dsl.map.KpiValues
import org.journey.dsl.map.MapLookups
import org.journey.dsl.map.Quadrant
import org.journey.dsl.map.ReportFormats
import org.journey.dsl.map.ReportLabels
import org.journey.dsl.model.ScoreScale

import static org.journey.dsl.generator.report.MarkdownEscaper.*

/**
 * The journey map as Markdown for git hosting ({@code journey-map.md}): the content of the HTML
 * report as headings, lists and tables, with the customer's experience as Mermaid
 * {@code journey} diagrams, one per phase, which GitHub and GitLab draw. Labels are in the journey's language,
 * numbers and dates formatted for it; every model string goes through {@link MarkdownEscaper}.
 */
class MarkdownReport implements ReportTarget {

	public static val FILE = "journey-map.md"

	override name() {
		"markdown"
	}

	override generate(JourneyRun run, IFileSystemAccess2 files) {
		val map = run.map
		val folder = run.folder
		// bytes, not text: the file is UTF-8 whatever the workspace's encoding is
		files.generateFile(folder + FILE, new ByteArrayInputStream(render(map).getBytes(StandardCharsets.UTF_8)))
	}

	/** The document, with "\n" line ends on every platform. */
	def static String render(JourneyMap map) {
		// a template's own line breaks follow the platform unless the concatenation is told otherwise
		val out = new StringConcatenation("\n")
		out.append(new MarkdownDocument(map).document)
		out.toString
	}

	/**
	 * A touchpoint's experience, else its phase's feeling, on Mermaid's 1..5 scale (5 happiest)
	 * from the model's -2..+2; null where neither is given, as a neutral 3 would claim a feeling
	 * nobody modelled. Values outside -2..+2, which validation reports, are clamped so the
	 * diagram still renders.
	 */
	def static Integer mermaidScore(Integer experience, Integer feeling) {
		val value = experience ?: feeling
		if (value === null) {
			return null
		}
		ScoreScale.clamp(value) - ScoreScale.MIN + 1
	}
}

/** One journey's Markdown document: the map, its labels and formats, and the templates. */
class MarkdownDocument {

	static val FACES = #["😞", "🙁", "😐", "🙂", "😀"]
	static val NOTHING = "–"
	static val LINE_BREAK = "<br>"

	val JourneyMap map
	val ReportLabels labels
	val ReportFormats formats
	val KpiValues kpiValues
	val extension MapLookups lookups
	val ActualValues actualValues

	new(JourneyMap map) {
		this.map = map
		this.labels = ReportLabels.of(map.language())
		this.formats = ReportFormats.of(map.language())
		this.kpiValues = KpiValues.of(map.language())
		this.lookups = MapLookups.of(map)
		this.actualValues = ActualValues.of(map.language())
	}

	def StringConcatenationClient document() '''
		# «text(map.label())»
		«IF map.description() !== null»

		«text(map.description())»
		«ENDIF»

		- **«labels.get("label.journey")»:** «code(map.qualifiedName())»
		«IF map.phaseModel().isPresent»
		- **«labels.get("label.phaseModel")»:** «labels.phaseModel(map.phaseModel().get().id())»
		«ENDIF»
		«IF map.owner() !== null»
		- **«labels.get("label.owner")»:** «text(map.owner())»
		«ENDIF»
		«IF !map.segments().empty»
		- **«labels.get("label.segments")»:** «map.segments().map[text(label())].join(", ")»
		«ENDIF»
		«IF !map.goals().empty»
		- **«labels.get("label.goals")»:** «map.goals().map[text(label())].join(", ")»
		«ENDIF»
		«goals»

		## «labels.get("section.map")»

		«mapTable»
		«experience»
		«funnel»
		«kpis»
		«actuals»
		«priorities»
		«coverage»
		«segments»
		«initiatives»
		«sources»
	'''

	def private StringConcatenationClient goals() '''
		«IF !map.goals().empty»

		## «labels.get("section.goals")»

		| «labels.get("label.goal")» | «labels.get("label.kind")» | «labels.get("lane.kpis")» | «labels.get("label.owner")» |
		| --- | --- | --- | --- |
		«FOR goal : map.goals()»
		| «text(goal.label())»«IF goal.description() !== null»«LINE_BREAK»«text(goal.description())»«ENDIF» | «IF goal.kind() === null»«NOTHING»«ELSE»«labels.goalKind(goal.kind())»«ENDIF» | «cell(goal.kpis().map[kpiLabel])» | «text(goal.owner())» |
		«ENDFOR»
		«ENDIF»
	'''

	/**
	 * The customer's experience as Mermaid {@code journey} diagrams, one per phase: a single
	 * diagram of a long journey is thousands of pixels wide and scaled down past reading. A task
	 * per touchpoint, as written, with its experience, else the phase's feeling; a touchpoint with
	 * neither is left out, and the text below the diagram says which took the phase's feeling
	 * and which were left out. Nothing where no touchpoint can be drawn. Built line by line: each
	 * statement must stay on one line, with the indentation written out here rather than left to
	 * a template's whitespace rules.
	 */
	def private String experience() {
		val phases = map.columns().filter[!touchpoints().empty].toList
		if (!phases.exists[column | !drawn(column).empty]) {
			return ""
		}
		val lines = newArrayList("", "### " + labels.get("label.experienceByPhase"), "", labels.get("note.experienceByPhase"))
		for (column : phases) {
			lines += phaseExperience(column)
		}
		lines.join("\n")
	}

	def private List<String> phaseExperience(Column column) {
		val lines = <String>newArrayList
		val drawn = drawn(column)
		val phase = (column.index() + 1) + ". " + column.heading()
		if (!drawn.empty) {
			lines += #["", "```mermaid", "journey", "    title " + mermaidTitle(phase, column.name())]
			for (touchpoint : drawn) {
				lines += "    " + mermaidTask(touchpoint.label(), touchpoint.name()) + ": "
					+ MarkdownReport.mermaidScore(touchpoint.experience(), column.feeling()) + actors(touchpoint)
			}
			lines += "```"
		}
		val fromFeeling = drawn.filter[experience() === null].toList
		if (!fromFeeling.empty) {
			lines += #["", labels.format("note.scoreFromFeeling", formats.signed(column.feeling()), names(fromFeeling))]
		}
		val leftOut = column.touchpoints().filter[!drawn.contains(it)].toList
		if (!leftOut.empty) {
			val note = labels.format("note.notScored", names(leftOut))
			lines += #["", if(drawn.empty) "**" + text(phase) + ":** " + note else note]
		}
		lines
	}

	/** The phase's touchpoints that have a score to draw, as written. */
	def private List<TouchpointCard> drawn(Column column) {
		column.touchpoints().filter[MarkdownReport.mermaidScore(experience(), column.feeling()) !== null].toList
	}

	def private String names(List<TouchpointCard> touchpoints) {
		touchpoints.map[text(label())].join(", ")
	}

	/** ": Actor1, Actor2" for a task, empty when the journey names no segment. */
	def private String actors(TouchpointCard touchpoint) {
		val names = if(touchpoint.segments().empty) map.segments().map[name()] else touchpoint.segments()
		if (names.empty) "" else ": " + names.map[mermaidActor(segmentLabel, it)].join(", ")
	}

	/** The map itself: phases as columns, lanes as rows; a lane no phase fills is left out. */
	def private StringConcatenationClient mapTable() '''
		| «FOR column : map.columns()» | «text(column.heading())»«ENDFOR» |
		| --- |«FOR column : map.columns()» --- |«ENDFOR»
		«lane(labels.get("lane.customerGoal"), map.columns().map[text(customerGoal())])»
		«lane(labels.get("lane.doing"), map.columns().map[cell(doing())])»
		«lane(labels.get("lane.thinking"), map.columns().map[cell(thinking())])»
		«lane(labels.get("lane.feeling"), map.columns().map[feelingCell])»
		«lane(labels.get("lane.volume"), map.columns().map[if(volume() === null) "" else formats.number(volume())])»
		«FOR row : map.channelCoverage()»
		«lane(labels.get("lane.touchpoints") + ": " + row.channelLabel(), map.columns().map[column | lines(column.touchpoints().filter[channel() == row.channel()].map[touchpointCell].toList)])»
		«ENDFOR»
		«lane(labels.get("lane.pains"), map.columns().map[lines(pains().map[painCell])])»
		«lane(labels.get("lane.opportunities"), map.columns().map[cell(opportunities().map[opportunityLabel])])»
		«lane(labels.get("lane.kpis"), map.columns().map[cell(kpis().map[kpiLabel])])»
	'''

	/** One row of the map; nothing when every cell is empty. */
	def private String lane(String heading, List<String> cells) {
		if (cells.forall[empty]) {
			return ""
		}
		'''| **«heading»** |«FOR cell : cells» «cell» |«ENDFOR»'''.toString
	}

	def private String feelingCell(Column column) {
		if (column.feeling() === null) {
			return text(column.feelingNote())
		}
		val face = FACES.get(ScoreScale.clamp(column.feeling()) - ScoreScale.MIN)
		face + " " + formats.signed(column.feeling()) + if(column.feelingNote() === null) "" else LINE_BREAK + text(column.feelingNote())
	}

	def private String touchpointCell(TouchpointCard touchpoint) {
		val details = newArrayList
		if (touchpoint.experience() !== null) {
			details += formats.signed(touchpoint.experience())
		}
		if (!touchpoint.online()) {
			details += labels.get("label.offline")
		}
		text(touchpoint.label()) + if(details.empty) "" else " (" + details.join(", ") + ")"
	}

	def private String painCell(PainCard pain) {
		text(pain.label()) + if(pain.severity() === null) "" else " (" + labels.level(pain.severity()) + ")"
	}

	def private StringConcatenationClient funnel() '''
		«IF !map.funnel().empty»

		## «labels.get("section.funnel")»

		| «labels.get("label.phase")» | «labels.get("lane.volume")» | «labels.get("label.conversion")» «labels.get("label.fromPrevious")» | «labels.get("label.conversion")» «labels.get("label.fromFirst")» |
		| --- | ---: | ---: | ---: |
		«FOR step : map.funnel()»
		| «text(map.columns().get(step.columnIndex()).heading())» | «formats.number(step.volume())» | «percent(step.conversionFromPrevious())» | «percent(step.conversionFromFirst())» |
		«ENDFOR»
		«ENDIF»
	'''

	def private StringConcatenationClient kpis() '''
		«IF !map.kpis().empty»

		## «labels.get("section.kpis")»

		| «labels.get("label.kpi")» | «labels.get("label.unit")» | «labels.get("label.baseline")» | «labels.get("label.target")» | «labels.get("label.direction")» | «labels.get("label.measuredBy")» | «labels.get("section.goals")» | «labels.get("label.phases")» | «labels.get("label.owner")» |
		| --- | --- | ---: | ---: | --- | --- | --- | --- | --- |
		«FOR kpi : map.kpis()»
		| «kpiCell(kpi)» | «text(kpiValues.unit(kpi))» | «amount(kpiValues.value(kpi, kpi.baseline()))» | «target(kpi)» | «labels.direction(kpi.direction())» | «measuredBy(kpi)» | «cell(kpi.goals().map[goalLabel])» | «cell(kpi.phases().map[phaseHeading])» | «text(kpi.owner())» |
		«ENDFOR»
		«ENDIF»
	'''

	def private String kpiCell(KpiCard kpi) {
		"**" + text(kpi.label()) + "**" + if(kpi.description() === null) "" else LINE_BREAK + text(kpi.description())
	}

	def private String target(KpiCard kpi) {
		val target = amount(kpiValues.value(kpi, kpi.target()))
		if(kpi.targetDate() === null) target else target + " " + kpiValues.by(formats.date(kpi.targetDate()))
	}

	def private String measuredBy(KpiCard kpi) {
		val parts = newArrayList
		if (kpi.formula() !== null) {
			parts += tableCode(kpi.formula())
		}
		parts += kpi.sources().map[text(sourceLabel)]
		parts.join(LINE_BREAK)
	}

	/** The value/effort matrix, then every opportunity with its place in it. */
	def private StringConcatenationClient priorities() '''
		«IF !map.opportunities().empty»

		## «labels.get("section.priorities")»

		| | «labels.get("label.effort")»: «labels.level("low")» | «labels.get("label.effort")»: «labels.level("medium")», «labels.level("high")» |
		| --- | --- | --- |
		| **«labels.get("label.value")»: «labels.level("high")», «labels.level("medium")»** | «quadrantCell(Quadrant.QUICK_WIN)» | «quadrantCell(Quadrant.BIG_BET)» |
		| **«labels.get("label.value")»: «labels.level("low")»** | «quadrantCell(Quadrant.FILL_IN)» | «quadrantCell(Quadrant.MONEY_PIT)» |
		«IF map.opportunities().exists[quadrant() == Quadrant.UNRATED]»

		**«labels.quadrant(Quadrant.UNRATED)»:** «map.opportunities().filter[quadrant() == Quadrant.UNRATED].map[text(label())].join(", ")»
		«ENDIF»

		| «labels.get("label.opportunity")» | «labels.get("label.phase")» | «labels.get("label.value")» | «labels.get("label.effort")» | «labels.get("label.priority")» | «labels.get("label.fixes")» | «labels.get("label.owner")» |
		| --- | --- | --- | --- | --- | --- | --- |
		«FOR opportunity : map.opportunities()»
		| «opportunityCell(opportunity)» | «phaseHeading(opportunity.phase())» | «level(opportunity.value())» | «level(opportunity.effort())» | «labels.quadrant(opportunity.quadrant())» | «cell(opportunity.fixes().map[painLabel])» | «text(opportunity.owner())» |
		«ENDFOR»
		«ENDIF»
	'''

	def private String quadrantCell(Quadrant quadrant) {
		val names = map.opportunities().filter[it.quadrant() == quadrant].map[text(label())].toList
		"**" + labels.quadrant(quadrant) + "**" + if(names.empty) "" else LINE_BREAK + names.join(LINE_BREAK)
	}

	def private String opportunityCell(OpportunityCard opportunity) {
		text(opportunity.label()) + if(opportunity.description() === null) "" else LINE_BREAK + text(opportunity.description())
	}

	def private StringConcatenationClient coverage() '''
		«IF !map.channelCoverage().empty»

		## «labels.get("section.coverage")»

		| «labels.get("label.channel")» |«FOR column : map.columns()» «text(column.heading())» |«ENDFOR» «labels.get("label.total")» |
		| --- |«FOR column : map.columns()» ---: |«ENDFOR» ---: |
		«FOR row : map.channelCoverage()»
		| «row.channelLabel()» |«FOR n : row.countsPerColumn()» «count(n)» |«ENDFOR» «count(row.countsPerColumn().reduce[a, b | a + b])» |
		«ENDFOR»
		| **«labels.get("label.total")»** |«FOR column : map.columns()» **«count(column.touchpointCount())»** |«ENDFOR» **«count(map.columns().map[touchpointCount()].reduce[a, b | a + b])»** |
		«ENDIF»
	'''

	def private String count(Integer count) {
		if(count === null || count == 0) NOTHING else formats.number(count)
	}

	def private StringConcatenationClient segments() '''
		«IF !map.segments().empty»

		## «labels.get("section.segments")»
		«FOR segment : map.segments()»

		### «text(segment.label())»
		«IF segment.description() !== null»

		«text(segment.description())»
		«ENDIF»
		«segmentFacts(segment)»
		«ENDFOR»
		«IF !map.columns().empty»

		| «labels.get("label.segment")» |«FOR column : map.columns()» «text(column.heading())» |«ENDFOR»
		| --- |«FOR column : map.columns()» :---: |«ENDFOR»
		«FOR reach : map.segmentReach()»
		| «text(segmentLabel(reach.segment()))» |«FOR reached : reach.reachedPerColumn()» «IF reached»✓«ELSE»«NOTHING»«ENDIF» |«ENDFOR»
		«ENDFOR»
		«ENDIF»
		«ENDIF»
	'''

	def private StringConcatenationClient segmentFacts(SegmentProfile segment) '''
		«IF segment.share() !== null || !segment.needs().empty || !segment.triggers().empty»

		«IF segment.share() !== null»
		- **«labels.get("label.share")»:** «formats.percent(segment.share().doubleValue() / 100)»
		«ENDIF»
		«IF !segment.needs().empty»
		- **«labels.get("label.needs")»:** «segment.needs().map[text(it)].join("; ")»
		«ENDIF»
		«IF !segment.triggers().empty»
		- **«labels.get("label.triggers")»:** «segment.triggers().map[text(it)].join("; ")»
		«ENDIF»
		«ENDIF»
	'''

	/** Initiatives as a timeline: by due date, those without one last, otherwise as written. */
	def private StringConcatenationClient initiatives() '''
		«IF !map.initiatives().empty»

		## «labels.get("section.initiatives")»

		| «labels.get("label.due")» | «labels.get("label.initiative")» | «labels.get("label.owner")» | «labels.get("label.staffing")» | «labels.get("label.resources")» | «labels.get("label.realizes")» | «labels.get("label.milestones")» |
		| --- | --- | --- | --- | --- | --- | --- |
		«FOR initiative : byDueDate(map.initiatives())»
		| «formats.date(initiative.due())» | «initiativeCell(initiative)» | «text(initiative.owner())» | «IF initiative.staffing() !== null»«labels.staffing(initiative.staffing())»«ENDIF» | «cell(initiative.resources())» | «cell(initiative.realizes().map[opportunityLabel])» | «lines(initiative.milestones().map[milestoneCell])» |
		«ENDFOR»
		«ENDIF»
	'''

	def private List<InitiativeCard> byDueDate(List<InitiativeCard> initiatives) {
		// ISO dates sort as text; sortWith is stable, so equal dates keep the model's order
		initiatives.sortWith[a, b | (a.due() ?: "9999-99-99").compareTo(b.due() ?: "9999-99-99")]
	}

	def private String initiativeCell(InitiativeCard initiative) {
		"**" + text(initiative.label()) + "**" + if(initiative.description() === null) "" else LINE_BREAK + text(initiative.description())
	}

	def private String milestoneCell(MilestoneInfo milestone) {
		val date = if(milestone.date() === null) "" else formats.date(milestone.date()) + ": "
		val moves = if(milestone.kpi() === null) "" else " " + KpiValues.ARROW + " " + text(kpiLabel(milestone.kpi()))
			+ if(milestone.value() === null) "" else " " + milestoneValue(milestone)
		date + text(milestone.title()) + moves
	}

	def private StringConcatenationClient sources() '''
		«IF !map.sources().empty»

		## «labels.get("label.sources")»

		«FOR source : map.sources()»
		- **«text(source.label())»**«IF source.description() !== null»: «text(source.description())»«ENDIF»«IF source.link() !== null» («text(source.link())»)«ENDIF»
		«ENDFOR»
		«ENDIF»
	'''

	// ---------------------------------------------------------------- actuals, when measured

	/** Measured users and conversions beside the funnel's plan, and each measured KPI's actual. */
	def private StringConcatenationClient actuals() '''
		«IF map.actuals().present»

		## «labels.get("section.actuals")»

		«actualValues.measured(map.actuals().get())»
		«IF !map.actuals().get().phases().empty»

		| «labels.get("label.phase")» | «labels.get("lane.volume")» | «labels.get("label.users")» | «labels.get("label.conversion")» («labels.get("label.modelled").toLowerCase(formats.locale())») | «labels.get("label.conversion")» («labels.get("label.actual").toLowerCase(formats.locale())») |
		| --- | ---: | ---: | ---: | ---: |
		«FOR phase : map.actuals().get().phases()»
		| «text(phaseHeading(phase.name()))» | «IF phase.modelledVolume() === null»«NOTHING»«ELSE»«formats.number(phase.modelledVolume())»«ENDIF» | «IF phase.users() === null»«NOTHING»«ELSE»«formats.number(phase.users())»«ENDIF» | «percent(phase.modelledConversion())» | «percent(phase.conversion())» |
		«ENDFOR»
		«ENDIF»
		«IF !map.actuals().get().kpis().empty»

		| «labels.get("label.kpi")» | «labels.get("label.baseline")» | «labels.get("label.target")» | «labels.get("label.actual")» | «labels.get("label.direction")» | «labels.get("label.status")» |
		| --- | ---: | ---: | ---: | --- | --- |
		«FOR measured : map.actuals().get().kpis()»
		| «kpiActualRow(measured)» |
		«ENDFOR»
		«ENDIF»
		«trackingCoverage»
		«ENDIF»
	'''

	/** KPI, baseline, target, actual, direction, status and progress of a measured KPI. */
	def private String kpiActualRow(KpiActual measured) {
		val card = kpi(measured.name())
		if (card === null) {
			return text(measured.name()) + " | " + NOTHING + " | " + NOTHING + " | "
				+ (if(measured.actual() === null) NOTHING else formats.number(measured.actual())) + " | " + NOTHING + " | "
				+ actualValues.status(measured.status())
		}
		val progress = actualValues.progress(measured.progress())
		"**" + text(card.label()) + "** | " + amount(kpiValues.value(card, card.baseline())) + " | "
			+ amount(kpiValues.value(card, card.target())) + " | **" + amount(actualValues.actual(card, measured)) + "** | "
			+ labels.direction(card.direction()) + " | " + actualValues.status(measured.status())
			+ (if(progress.empty) "" else LINE_BREAK + progress)
	}

	def private StringConcatenationClient trackingCoverage() '''

		## «labels.get("section.tracking")»
		«IF map.actuals().get().coverage().clean()»

		«labels.get("label.trackingClean")»
		«ENDIF»
		«IF map.actuals().get().phases().exists[!touchpoints().empty]»

		### «labels.get("label.touchpointEvents")»

		| «labels.get("label.phase")» | «labels.get("label.touchpoint")» | «labels.get("label.events")» | «labels.get("label.users")» |
		| --- | --- | ---: | ---: |
		«FOR phase : map.actuals().get().phases()»
		«FOR touchpoint : phase.touchpoints()»
		| «text(phaseHeading(phase.name()))» | «text(touchpointLabel(phase.name(), touchpoint.name()))» | «formats.number(touchpoint.events())» | «formats.number(touchpoint.users())» |
		«ENDFOR»
		«ENDFOR»
		«ENDIF»
		«IF !map.actuals().get().coverage().modelledEventsNotSeen().empty»

		### «labels.get("label.eventsNotSeen")»

		«FOR event : map.actuals().get().coverage().modelledEventsNotSeen()»
		- «code(event)»
		«ENDFOR»
		«ENDIF»
		«IF !map.actuals().get().coverage().unmodelledEvents().empty»

		### «labels.get("label.unknownEvents")»
		«IF map.actuals().get().coverage().unmodelledEventNames() > map.actuals().get().coverage().unmodelledEvents().size()»

		«labels.format("label.unknownEventsTop", formats.number(map.actuals().get().coverage().unmodelledEvents().size()), formats.number(map.actuals().get().coverage().unmodelledEventNames()))»
		«ENDIF»

		| «labels.get("label.event")» | «labels.get("label.events")» |
		| --- | ---: |
		«FOR event : map.actuals().get().coverage().unmodelledEvents()»
		| «tableCode(event.name())» | «formats.number(event.events())» |
		«ENDFOR»
		«ENDIF»
		«IF !map.actuals().get().coverage().propertyViolations().empty»

		### «labels.get("label.propertyViolations")»

		| «labels.get("label.event")» | «labels.get("label.property")» | «labels.get("label.problem")» | «labels.get("label.events")» | «labels.get("label.example")» |
		| --- | --- | --- | ---: | --- |
		«FOR violation : map.actuals().get().coverage().propertyViolations()»
		| «tableCode(violation.event())» | «tableCode(violation.property())» | «text(actualValues.violation(violation))» | «formats.number(violation.events())» | «IF violation.exampleValue() === null»«labels.get("label.missingValue")»«ELSE»«tableCode(violation.exampleValue())»«ENDIF»«LINE_BREAK»«text(violation.exampleFile())», «labels.format("label.row", String.valueOf(violation.exampleRow()))» |
		«ENDFOR»
		«ENDIF»
	'''

	/** A measured touchpoint's label: its card's, else its name. */
	def private String touchpointLabel(String phase, String touchpoint) {
		val column = map.columns().findFirst[name() == phase]
		val card = if(column === null) null else lookups.touchpoint(column, touchpoint)
		if(card === null) touchpoint else card.label()
	}

	// ---------------------------------------------------------------- cells and names

	/** Model strings in one table cell, escaped, one per line. */
	def private String cell(List<String> items) {
		lines(items.map[text(it)])
	}

	/** Markdown already escaped, in one table cell, one item per line. */
	def private String lines(List<String> markdown) {
		markdown.join(LINE_BREAK)
	}

	def private String level(String literal) {
		if(literal === null) NOTHING else labels.level(literal)
	}

	def private String percent(Double share) {
		if(share === null) NOTHING else formats.percent(share)
	}

	/** A milestone's value in its KPI's unit; the plain number where the KPI is not in the journey's map. */
	def private String milestoneValue(MilestoneInfo milestone) {
		amount(kpiValues.valueOrNumber(kpi(milestone.kpi()), milestone.value()))
	}

	/**
	 * A KPI value: digits, separators, a unit word or a currency symbol, so no Markdown but the
	 * dollar of "US$", which GitHub would read as the start of math. Not {@link MarkdownEscaper#text},
	 * which would write 1.2 as 1\.2 against a list marker that a table cell cannot have.
	 */
	def private static String amount(String value) {
		value.replace("$", "\\$")
	}
}
