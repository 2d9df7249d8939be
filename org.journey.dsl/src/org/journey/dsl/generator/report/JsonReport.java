package org.journey.dsl.generator.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.journey.dsl.generator.JourneyRun;
import org.journey.dsl.generator.ReportTarget;
import org.journey.dsl.map.Actuals;
import org.journey.dsl.map.Actuals.Coverage;
import org.journey.dsl.map.Actuals.KpiActual;
import org.journey.dsl.map.Actuals.PhaseActual;
import org.journey.dsl.map.Actuals.PropertyViolation;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMap.ChannelRow;
import org.journey.dsl.map.JourneyMap.Column;
import org.journey.dsl.map.JourneyMap.CurvePoint;
import org.journey.dsl.map.JourneyMap.EventInfo;
import org.journey.dsl.map.JourneyMap.ExperiencePoint;
import org.journey.dsl.map.JourneyMap.FunnelStep;
import org.journey.dsl.map.JourneyMap.GoalSummary;
import org.journey.dsl.map.JourneyMap.InitiativeCard;
import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.map.JourneyMap.MilestoneInfo;
import org.journey.dsl.map.JourneyMap.OpportunityCard;
import org.journey.dsl.map.JourneyMap.PainCard;
import org.journey.dsl.map.JourneyMap.PropertyInfo;
import org.journey.dsl.map.JourneyMap.SegmentProfile;
import org.journey.dsl.map.JourneyMap.SegmentReach;
import org.journey.dsl.map.JourneyMap.SourceInfo;
import org.journey.dsl.map.JourneyMap.TouchpointCard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The whole journey as JSON for other tools: {@code journey.json}, described by the JSON Schema
 * {@code schema/journey.schema.json} (in org.journey.dsl and in its jar).
 * <p>
 * The JSON is the journey map: the journey's facts (segments, goals, phases with their
 * touchpoints, events and pains, KPIs, opportunities, initiatives, cited sources) followed by
 * what the map computes (feeling curve, experience points, funnel, channel coverage, segment
 * reach), and, in a file generated with measurements, what was measured ({@code actuals}, since
 * format 1.2). Every other key is always present, {@code null} where the model gives nothing and {@code []}
 * for an empty list, so a tool needs no existence checks. Values are the model's own (names,
 * grammar literals such as {@code word-of-mouth}), never words of the report language, except
 * {@code modelPhaseName}, the standard phase's name in the journey's language.
 * <p>
 * Output is deterministic: keys in a fixed order, lists in the map's order (and sources, which
 * have no natural order, sorted by name), decimals written exactly as the modeller wrote them
 * ({@code 2.0} stays {@code 2.0}), two-space indentation and {@code \n} line ends on every
 * platform, UTF-8.
 */
public class JsonReport implements ReportTarget {

	public static final String FILE = "journey.json";

	/** Where the schema lives: its {@code $id}, which each generated file names in {@code $schema}. */
	public static final String SCHEMA_ID = "https://www.journey.org/dsl/schema/journey-1.schema.json";

	/** The schema on the class path of org.journey.dsl. */
	public static final String SCHEMA_RESOURCE = "/schema/journey.schema.json";

	/**
	 * Major.minor: the minor grows when keys are added (old readers keep working), the major when
	 * keys change meaning or go away (and with it the schema's {@code $id}).
	 */
	public static final String FORMAT_VERSION = "1.1";

	/** The version of a file with {@code actuals}, the key 1.2 added: a 1.1 reader still reads the rest. */
	public static final String FORMAT_VERSION_WITH_ACTUALS = "1.2";

	/** Exact decimals: the factory's default would strip {@code 2.0} to {@code 2}. */
	private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

	private static final ObjectWriter WRITER = createWriter();

	private static ObjectWriter createWriter() {
		// the default pretty printer ends lines with the platform's separator and writes "key" : value
		DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
		Separators separators = Separators.createDefaultInstance()
				.withObjectFieldValueSpacing(Separators.Spacing.AFTER)
				.withObjectEmptySeparator("")
				.withArrayEmptySeparator("");
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
		printer.indentObjectsWith(indenter);
		printer.indentArraysWith(indenter);
		return JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build().writer(printer);
	}

	@Override
	public String name() {
		return "json";
	}

	@Override
	public void generate(JourneyRun run, IFileSystemAccess2 files) {
		JourneyMap map = run.map();
		String folder = run.folder();
		// bytes, not text: JSON is UTF-8 (RFC 8259) whatever the workspace's encoding is
		files.generateFile(folder + FILE, new ByteArrayInputStream(render(map).getBytes(StandardCharsets.UTF_8)));
	}

	/** The file's content, ending with a line break. */
	public static String render(JourneyMap map) {
		try {
			return WRITER.writeValueAsString(toJson(map)) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("A JSON tree built in memory could not be written", e);
		}
	}

	public static ObjectNode toJson(JourneyMap map) {
		ObjectNode root = NODES.objectNode();
		root.put("$schema", SCHEMA_ID);
		root.put("formatVersion", map.actuals().isPresent() ? FORMAT_VERSION_WITH_ACTUALS : FORMAT_VERSION);
		root.put("qualifiedName", map.qualifiedName());
		root.put("name", map.name());
		root.put("title", map.title());
		root.put("description", map.description());
		root.put("owner", map.owner());
		root.put("language", map.language().code());
		root.set("phaseModel", map.phaseModel().<com.fasterxml.jackson.databind.JsonNode>map(model -> {
			ObjectNode node = NODES.objectNode();
			node.put("id", model.id());
			node.put("title", model.title());
			return node;
		}).orElse(NODES.nullNode()));
		root.set("segments", array(map.segments(), JsonReport::segment));
		root.set("goals", array(map.goals(), JsonReport::goal));
		root.set("phases", array(map.columns(), JsonReport::phase));
		root.set("kpis", array(map.kpis(), JsonReport::kpi));
		root.set("opportunities", array(map.opportunities(), JsonReport::opportunity));
		root.set("initiatives", array(map.initiatives(), JsonReport::initiative));
		root.set("sources", array(map.sources(), JsonReport::source));
		root.set("feelingCurve", array(map.feelingCurve(), JsonReport::curvePoint));
		root.set("experiencePoints", array(map.experiencePoints(), JsonReport::experiencePoint));
		root.set("funnel", array(map.funnel(), JsonReport::funnelStep));
		root.set("channelCoverage", array(map.channelCoverage(), JsonReport::channelRow));
		root.set("segmentReach", array(map.segmentReach(), JsonReport::segmentReach));
		map.actuals().ifPresent(actuals -> root.set("actuals", actuals(actuals)));
		return root;
	}

	private static void segment(SegmentProfile segment, ObjectNode node) {
		node.put("name", segment.name());
		node.put("title", segment.title());
		node.put("description", segment.description());
		putDecimal(node, "share", segment.share());
		node.set("needs", strings(segment.needs()));
		node.set("triggers", strings(segment.triggers()));
	}

	private static void goal(GoalSummary goal, ObjectNode node) {
		node.put("name", goal.name());
		node.put("title", goal.title());
		node.put("description", goal.description());
		node.put("kind", goal.kind());
		node.put("owner", goal.owner());
		node.set("kpis", strings(goal.kpis()));
	}

	private static void phase(Column column, ObjectNode node) {
		node.put("index", column.index());
		node.put("name", column.name());
		node.put("title", column.title());
		node.put("modelPhaseName", column.modelPhaseName());
		node.put("heading", column.heading());
		node.put("description", column.description());
		node.put("customerGoal", column.customerGoal());
		node.set("doing", strings(column.doing()));
		node.set("thinking", strings(column.thinking()));
		node.put("feeling", column.feeling());
		node.put("feelingNote", column.feelingNote());
		node.put("volume", column.volume());
		node.set("kpis", strings(column.kpis()));
		node.set("touchpoints", array(column.touchpoints(), JsonReport::touchpoint));
		node.set("pains", array(column.pains(), JsonReport::pain));
		node.set("opportunities", strings(column.opportunities()));
	}

	private static void touchpoint(TouchpointCard touchpoint, ObjectNode node) {
		node.put("name", touchpoint.name());
		node.put("title", touchpoint.title());
		node.put("description", touchpoint.description());
		node.put("channel", touchpoint.channel());
		node.put("online", touchpoint.online());
		node.put("owner", touchpoint.owner());
		node.put("experience", touchpoint.experience());
		node.set("segments", strings(touchpoint.segments()));
		node.set("events", array(touchpoint.events(), JsonReport::event));
	}

	private static void event(EventInfo event, ObjectNode node) {
		node.put("name", event.name());
		node.put("description", event.description());
		node.set("properties", array(event.properties(), JsonReport::property));
	}

	private static void property(PropertyInfo property, ObjectNode node) {
		node.put("name", property.name());
		node.put("type", property.type());
		node.put("required", property.required());
		node.put("description", property.description());
	}

	private static void pain(PainCard pain, ObjectNode node) {
		node.put("name", pain.name());
		node.put("title", pain.title());
		node.put("description", pain.description());
		node.put("severity", pain.severity());
		node.set("evidence", strings(pain.evidence()));
	}

	private static void kpi(KpiCard kpi, ObjectNode node) {
		node.put("name", kpi.name());
		node.put("title", kpi.title());
		node.put("description", kpi.description());
		node.put("unit", kpi.unit() == null ? null : kpi.unit().literal());
		node.put("currency", kpi.currency());
		node.put("durationUnit", kpi.durationUnit());
		putDecimal(node, "baseline", kpi.baseline());
		putDecimal(node, "target", kpi.target());
		node.put("targetDate", kpi.targetDate());
		node.put("direction", kpi.direction().literal());
		node.put("formula", kpi.formula());
		node.set("sources", strings(kpi.sources()));
		node.put("owner", kpi.owner());
		node.set("goals", strings(kpi.goals()));
		node.set("phases", strings(kpi.phases()));
		node.set("milestones", array(kpi.milestones(), JsonReport::milestone));
	}

	private static void milestone(MilestoneInfo milestone, ObjectNode node) {
		node.put("title", milestone.title());
		node.put("date", milestone.date());
		node.put("kpi", milestone.kpi());
		putDecimal(node, "value", milestone.value());
	}

	private static void opportunity(OpportunityCard opportunity, ObjectNode node) {
		node.put("name", opportunity.name());
		node.put("title", opportunity.title());
		node.put("description", opportunity.description());
		node.put("phase", opportunity.phase());
		node.put("value", opportunity.value());
		node.put("effort", opportunity.effort());
		node.put("quadrant", opportunity.quadrant().id());
		node.set("fixes", strings(opportunity.fixes()));
		node.put("owner", opportunity.owner());
	}

	private static void initiative(InitiativeCard initiative, ObjectNode node) {
		node.put("name", initiative.name());
		node.put("title", initiative.title());
		node.put("description", initiative.description());
		node.put("owner", initiative.owner());
		node.put("staffing", initiative.staffing());
		node.set("resources", strings(initiative.resources()));
		node.put("due", initiative.due());
		node.set("realizes", strings(initiative.realizes()));
		node.set("milestones", array(initiative.milestones(), JsonReport::milestone));
	}

	private static void source(SourceInfo source, ObjectNode node) {
		node.put("name", source.name());
		node.put("title", source.title());
		node.put("kind", source.kind());
		node.put("description", source.description());
		node.put("link", source.link());
	}

	private static void curvePoint(CurvePoint point, ObjectNode node) {
		node.put("phaseIndex", point.columnIndex());
		node.put("phase", point.phase());
		node.put("feeling", point.feeling());
	}

	private static void experiencePoint(ExperiencePoint point, ObjectNode node) {
		node.put("phaseIndex", point.columnIndex());
		node.put("touchpoint", point.touchpoint());
		node.put("experience", point.experience());
	}

	private static void funnelStep(FunnelStep step, ObjectNode node) {
		node.put("phaseIndex", step.columnIndex());
		node.put("phase", step.phase());
		node.put("volume", step.volume());
		node.put("conversionFromPrevious", step.conversionFromPrevious());
		node.put("conversionFromFirst", step.conversionFromFirst());
	}

	private static void channelRow(ChannelRow row, ObjectNode node) {
		node.put("channel", row.channel());
		ArrayNode counts = node.putArray("countsPerPhase");
		row.countsPerColumn().forEach(counts::add);
	}

	private static void segmentReach(SegmentReach reach, ObjectNode node) {
		node.put("segment", reach.segment());
		ArrayNode reached = node.putArray("reachedPerPhase");
		reach.reachedPerColumn().forEach(reached::add);
	}

	/**
	 * What journey measure measured, under {@code actuals}: only in a file generated with
	 * measurements, so that a file without them is byte for byte the format 1.1 one.
	 */
	private static ObjectNode actuals(Actuals actuals) {
		ObjectNode node = NODES.objectNode();
		ObjectNode window = node.putObject("window");
		window.put("from", actuals.from());
		window.put("to", actuals.to());
		node.put("events", actuals.events());
		node.put("users", actuals.users());
		node.set("phases", array(actuals.phases(), JsonReport::phaseActual));
		node.set("kpis", array(actuals.kpis(), JsonReport::kpiActual));
		Coverage coverage = actuals.coverage();
		ObjectNode coverageNode = node.putObject("coverage");
		coverageNode.set("modelledEventsNotSeen", strings(coverage.modelledEventsNotSeen()));
		coverageNode.set("unmodelledEvents", array(coverage.unmodelledEvents(), (event, eventNode) -> {
			eventNode.put("name", event.name());
			eventNode.put("events", event.events());
		}));
		coverageNode.put("unmodelledEventNames", coverage.unmodelledEventNames());
		coverageNode.set("propertyViolations", array(coverage.propertyViolations(), JsonReport::violation));
		return node;
	}

	private static void phaseActual(PhaseActual phase, ObjectNode node) {
		node.put("name", phase.name());
		node.put("modelledVolume", phase.modelledVolume());
		node.put("users", phase.users());
		node.put("modelledConversion", phase.modelledConversion());
		node.put("conversion", phase.conversion());
		node.put("events", phase.events());
		node.set("touchpoints", array(phase.touchpoints(), (touchpoint, touchpointNode) -> {
			touchpointNode.put("name", touchpoint.name());
			touchpointNode.put("events", touchpoint.events());
			touchpointNode.put("users", touchpoint.users());
			touchpointNode.set("trackedEvents", array(touchpoint.trackedEvents(), (event, eventNode) -> {
				eventNode.put("name", event.name());
				eventNode.put("events", event.events());
				eventNode.put("users", event.users());
			}));
		}));
	}

	private static void kpiActual(KpiActual kpi, ObjectNode node) {
		node.put("name", kpi.name());
		putDecimal(node, "actual", kpi.actual());
		putDecimal(node, "progress", kpi.progress());
		node.put("status", kpi.status().literal());
		node.put("onTrack", kpi.onTrack());
	}

	private static void violation(PropertyViolation violation, ObjectNode node) {
		node.put("event", violation.event());
		node.put("property", violation.property());
		node.put("kind", violation.kind().literal());
		node.put("expectedType", violation.expectedType());
		node.put("events", violation.events());
		ObjectNode example = node.putObject("example");
		example.put("file", violation.exampleFile());
		example.put("row", violation.exampleRow());
		example.put("value", violation.exampleValue());
	}

	private static <T> ArrayNode array(List<T> items, BiConsumer<T, ObjectNode> fill) {
		ArrayNode array = NODES.arrayNode();
		for (T item : items) {
			ObjectNode node = NODES.objectNode();
			fill.accept(item, node);
			array.add(node);
		}
		return array;
	}

	private static ArrayNode strings(List<String> values) {
		ArrayNode array = NODES.arrayNode();
		values.forEach(array::add);
		return array;
	}

	private static void putDecimal(ObjectNode node, String key, BigDecimal value) {
		node.set(key, value == null ? NODES.nullNode() : NODES.numberNode(value));
	}
}
