package org.journey.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journey.dsl.generator.tracking.TrackingPlan;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedEvent;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedKpi;
import org.journey.dsl.generator.tracking.TrackingPlan.TrackedProperty;
import org.journey.dsl.generator.tracking.TrackingPlanBuilder;
import org.journey.dsl.generator.tracking.TrackingSettings;
import org.journey.dsl.journey.Aggregate;
import org.journey.dsl.journey.Conversion;
import org.journey.dsl.journey.Formula;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Kpi;
import org.journey.dsl.journey.Phase;
import org.journey.dsl.journey.Ratio;
import org.journey.dsl.journey.Touchpoint;
import org.journey.dsl.map.FormulaPrinter;
import org.journey.dsl.map.JourneyMapBuilder;
import org.journey.dsl.model.JourneyQueries;
import org.journey.measure.Measurements.Coverage;
import org.journey.measure.Measurements.EventCount;
import org.journey.measure.Measurements.EventMeasurement;
import org.journey.measure.Measurements.EventsRead;
import org.journey.measure.Measurements.Example;
import org.journey.measure.Measurements.FileRead;
import org.journey.measure.Measurements.KpiMeasurement;
import org.journey.measure.Measurements.MalformedRow;
import org.journey.measure.Measurements.PhaseMeasurement;
import org.journey.measure.Measurements.PropertyViolation;
import org.journey.measure.Measurements.Term;
import org.journey.measure.Measurements.TouchpointMeasurement;
import org.journey.measure.sql.MeasureQueries;
import org.journey.measure.sql.QueryRunner;
import org.journey.measure.sql.Sql;

/**
 * Measures journeys on event data an engine has read into {@code journey_rows}: first the events
 * of the window (well-formed, duplicates once), then per journey its phases, KPIs and tracking
 * coverage. The event names are the tracking plan's, as the generated tracking configurations send them.
 */
public final class JourneyMeasurer {

	/** How many malformed rows measurements.json lists (all are counted). */
	public static final int MALFORMED_ROWS_LISTED = 10;
	/** How many event names the model does not know measurements.json lists, most frequent first. */
	public static final int UNMODELLED_EVENTS_LISTED = 20;

	private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);
	private static final int SCALE = 6;

	private final QueryRunner runner;
	private final MeasureQueries queries;
	private final Window window;
	private final EventsRead eventsRead;
	private final List<EventCount> eventNameCounts;

	public JourneyMeasurer(QueryRunner runner, Window window, List<FileRead> files) {
		this.runner = runner;
		this.queries = new MeasureQueries(runner.dialect());
		this.window = window;
		runner.createTable(MeasureQueries.EVENTS, queries.events(window.fromMicros(), window.toMicros()));
		this.eventsRead = eventsRead(files);
		this.eventNameCounts = runner.rows(queries.eventNameCounts()).stream()
				.map(row -> new EventCount((String) row.get(0), number(row.get(1)))).toList();
	}

	public EventsRead eventsRead() {
		return eventsRead;
	}

	/**
	 * The journey's measurements. {@code modelledEvents} are the event names of every journey being
	 * measured: a seen event none of them names is an unmodelled one.
	 */
	public Measurements measure(Journey journey, Set<String> modelledEvents) {
		TrackingPlan plan = TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
		return new Measurements(JourneyMapBuilder.qualifiedName(journey), journey.getName(), journey.getTitle(), window,
				eventsRead, phases(journey, plan), kpis(journey, plan), coverage(plan, modelledEvents));
	}

	/** The event names of a journey's tracking plan. */
	public static Set<String> eventNames(Journey journey) {
		return new LinkedHashSet<>(TrackingPlanBuilder.declarationsByEvent(journey).keySet());
	}

	// ------------------------------------------------------------------ events read

	private EventsRead eventsRead(List<FileRead> files) {
		List<Object> rows = runner.rows(queries.rowCounts(window.fromMicros(), window.toMicros())).get(0);
		long read = number(rows.get(0));
		long malformed = number(rows.get(1));
		long outside = number(rows.get(2));
		List<Object> totals = runner.rows(queries.eventTotals()).get(0);
		long events = number(totals.get(0));
		List<MalformedRow> first = runner.rows(queries.malformedRows(MALFORMED_ROWS_LISTED)).stream()
				.map(row -> new MalformedRow((String) row.get(0), number(row.get(1)), (String) row.get(2))).toList();
		return new EventsRead(files, read, malformed, first, outside, read - malformed - outside - events, events,
				number(totals.get(2)), number(totals.get(1)));
	}

	// ------------------------------------------------------------------ phases

	private List<PhaseMeasurement> phases(Journey journey, TrackingPlan plan) {
		List<PhaseMeasurement> phases = new ArrayList<>();
		PhaseMeasurement previous = null;
		for (Phase phase : journey.getPhases()) {
			List<TouchpointMeasurement> touchpoints = new ArrayList<>();
			Set<String> phaseEvents = new LinkedHashSet<>();
			for (Touchpoint touchpoint : phase.getTouchpoints()) {
				List<String> names = eventsEmittedAt(plan, phase, touchpoint);
				phaseEvents.addAll(names);
				Map<String, EventMeasurement> byName = new LinkedHashMap<>();
				names.forEach(name -> byName.put(name, new EventMeasurement(name, 0, 0)));
				for (List<Object> row : runner.rows(queries.eventsAndUsersByName(names))) {
					byName.put((String) row.get(0), new EventMeasurement((String) row.get(0), number(row.get(1)), number(row.get(2))));
				}
				List<Object> totals = runner.rows(queries.eventsAndUsers(names)).get(0);
				touchpoints.add(new TouchpointMeasurement(touchpoint.getName(), touchpoint.getTitle(), number(totals.get(0)),
						number(totals.get(1)), List.copyOf(byName.values())));
			}
			List<Object> totals = runner.rows(queries.eventsAndUsers(phaseEvents)).get(0);
			// a phase whose touchpoints emit no events cannot be measured: its users are unknown, not 0
			Long users = phaseEvents.isEmpty() ? null : number(totals.get(1));
			Long volume = phase.getVolume();
			Double modelledConversion = previous == null ? null : ratio(volume, previous.modelledVolume());
			Double conversion = previous == null ? null : ratio(users, previous.users());
			PhaseMeasurement measured = new PhaseMeasurement(phase.getName(), phase.getTitle(), volume, users,
					modelledConversion, conversion, number(totals.get(0)), touchpoints);
			phases.add(measured);
			previous = measured;
		}
		return phases;
	}

	/** The tracked events the plan places at this touchpoint of this phase, in plan order. */
	private static List<String> eventsEmittedAt(TrackingPlan plan, Phase phase, Touchpoint touchpoint) {
		return plan.events().stream().filter(event -> event.emittedAt().stream()
				.anyMatch(at -> phase.getName().equals(at.phase()) && touchpoint.getName().equals(at.touchpoint())))
				.map(TrackedEvent::name).toList();
	}

	private static Double ratio(Long part, Long whole) {
		return part == null || whole == null || whole == 0 ? null : round(BigDecimal.valueOf(part)
				.divide(BigDecimal.valueOf(whole), PRECISION)).doubleValue();
	}

	// ------------------------------------------------------------------ KPIs

	private List<KpiMeasurement> kpis(Journey journey, TrackingPlan plan) {
		List<Kpi> kpis = JourneyQueries.kpisOf(journey);
		List<KpiMeasurement> measured = new ArrayList<>();
		for (int i = 0; i < kpis.size(); i++) {
			Kpi kpi = kpis.get(i);
			TrackedKpi tracked = plan.kpis().get(i);
			if (kpi.getFormula() == null) {
				continue;
			}
			List<Term> terms = new ArrayList<>();
			BigDecimal value = evaluate(kpi.getFormula(), terms);
			boolean fraction = kpi.getFormula() instanceof Ratio || kpi.getFormula() instanceof Conversion;
			BigDecimal actual = value != null && fraction && "percent".equals(tracked.unit())
					? value.multiply(BigDecimal.valueOf(100))
					: value;
			actual = actual == null ? null : round(actual);
			measured.add(standing(tracked, actual, terms));
		}
		return measured;
	}

	/** The formula's value, null when undefined (a division by zero, an average of nothing); each term's value into terms. */
	private BigDecimal evaluate(Formula formula, List<Term> terms) {
		if (formula instanceof Ratio ratio) {
			BigDecimal value = evaluate(ratio.getNumerator(), terms);
			List<Formula> denominators = new ArrayList<>();
			denominators.add(ratio.getDenominator());
			denominators.addAll(ratio.getFurtherDenominators());
			for (Formula denominator : denominators) {
				BigDecimal divisor = evaluate(denominator, terms);
				value = value == null || divisor == null || divisor.signum() == 0 ? null : value.divide(divisor, PRECISION);
			}
			return value;
		}
		BigDecimal value;
		if (formula instanceof Aggregate aggregate) {
			String event = aggregate.getEvent().getName();
			String property = aggregate.getProperty() == null ? null : aggregate.getProperty().getName();
			Sql query = switch (aggregate.getFunction()) {
			case COUNT -> queries.count(event);
			case SUM -> queries.sum(event, property);
			case AVG -> queries.avg(event, property);
			case DISTINCT -> property == null ? queries.usersOf(event) : queries.distinct(event, property);
			};
			value = decimal(runner.rows(query).get(0).get(0));
		} else if (formula instanceof Conversion conversion) {
			long base = number(runner.rows(queries.usersOf(conversion.getFrom().getName())).get(0).get(0));
			long converted = number(runner.rows(queries.converted(conversion.getFrom().getName(),
					conversion.getTo().getName(), windowMicros(conversion))).get(0).get(0));
			value = base == 0 ? null : BigDecimal.valueOf(converted).divide(BigDecimal.valueOf(base), PRECISION);
		} else {
			return null;
		}
		terms.add(new Term(FormulaPrinter.print(formula), value == null ? null : round(value)));
		return value;
	}

	private static long windowMicros(Conversion conversion) {
		long hours = switch (conversion.getWindowUnit()) {
		case HOURS -> 1;
		case WEEKS -> 24 * 7;
		default -> 24;
		};
		return conversion.getWindow() * hours * 3_600_000_000L;
	}

	/**
	 * How the actual stands: target met (at or past the target in the KPI's direction), improving
	 * (past the baseline toward the target), off-track (at or behind the baseline, or short of a target
	 * with no baseline). Progress is (actual - baseline) / (target - baseline): 0 at the baseline, 1 at
	 * the target.
	 */
	private static KpiMeasurement standing(TrackedKpi kpi, BigDecimal actual, List<Term> terms) {
		BigDecimal baseline = kpi.baseline();
		BigDecimal target = kpi.target();
		int better = "decrease".equals(kpi.direction()) ? -1 : 1;
		BigDecimal progress = null;
		String status;
		Boolean onTrack;
		if (actual == null) {
			status = "no-data";
			onTrack = null;
		} else if (target == null) {
			status = "no-target";
			onTrack = null;
		} else {
			if (baseline != null && target.compareTo(baseline) != 0) {
				progress = round(actual.subtract(baseline).divide(target.subtract(baseline), PRECISION));
			}
			if (Integer.signum(actual.compareTo(target)) * better >= 0) {
				status = "target-met";
			} else if (baseline != null && Integer.signum(actual.compareTo(baseline)) * better > 0) {
				status = "improving";
			} else {
				status = "off-track";
			}
			onTrack = !"off-track".equals(status);
		}
		return new KpiMeasurement(kpi.name(), kpi.title(), kpi.unit(), kpi.currency(), kpi.durationUnit(), kpi.direction(),
				kpi.formula(), baseline, target, kpi.targetDate(), actual, List.copyOf(terms), progress, status, onTrack);
	}

	// ------------------------------------------------------------------ coverage

	private Coverage coverage(TrackingPlan plan, Set<String> modelledEvents) {
		Set<String> seen = new LinkedHashSet<>();
		eventNameCounts.forEach(count -> seen.add(count.name()));
		List<String> notSeen = plan.events().stream().map(TrackedEvent::name).filter(name -> !seen.contains(name)).toList();
		List<EventCount> unmodelled = eventNameCounts.stream().filter(count -> !modelledEvents.contains(count.name()))
				.toList();
		List<PropertyViolation> violations = new ArrayList<>();
		for (TrackedEvent event : plan.events()) {
			if (seen.contains(event.name())) {
				violations.addAll(violations(event));
			}
		}
		return new Coverage(notSeen, unmodelled.stream().limit(UNMODELLED_EVENTS_LISTED).toList(), unmodelled.size(),
				violations);
	}

	private List<PropertyViolation> violations(TrackedEvent event) {
		List<PropertyViolation> violations = new ArrayList<>();
		for (TrackedProperty property : event.properties()) {
			if (property.required()) {
				add(violations, event, property.name(), "missing-required", property.type(),
						queries.missingProperty(event.name(), property.name()));
			}
			add(violations, event, property.name(), "wrong-type", property.type(),
					queries.wrongType(event.name(), property.name(), acceptedTypes(property.type())));
		}
		List<String> declared = event.properties().stream().map(TrackedProperty::name).toList();
		for (List<Object> row : runner.rows(queries.unknownProperties(event.name(), declared))) {
			String property = (String) row.get(0);
			List<Object> first = runner.rows(queries.firstWithProperty(event.name(), property)).get(0);
			violations.add(new PropertyViolation(event.name(), property, "unknown", null, number(row.get(1)),
					new Example((String) first.get(0), number(first.get(1)), null)));
		}
		return violations;
	}

	private void add(List<PropertyViolation> violations, TrackedEvent event, String property, String kind, String type,
			Sql query) {
		List<List<Object>> rows = runner.rows(query);
		if (!rows.isEmpty()) {
			List<Object> first = rows.get(0);
			violations.add(new PropertyViolation(event.name(), property, kind, type, number(first.get(3)),
					new Example((String) first.get(0), number(first.get(1)), first.get(2) == null ? null : first.get(2).toString())));
		}
	}

	/** The JSON types a property of the model's type accepts; an integer is a number too. */
	private static List<String> acceptedTypes(String type) {
		return switch (type) {
		case "number" -> List.of("number", "integer");
		default -> List.of(type);
		};
	}

	// ------------------------------------------------------------------ numbers

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

	private static BigDecimal decimal(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Long l) {
			return BigDecimal.valueOf(l);
		}
		return new BigDecimal(value.toString());
	}

	/** Six decimals at most, no trailing zeros: the same number prints the same on every run. */
	private static BigDecimal round(BigDecimal value) {
		BigDecimal rounded = value.setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
	}
}
