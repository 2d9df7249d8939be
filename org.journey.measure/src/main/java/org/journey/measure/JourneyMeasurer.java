package org.journey.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
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
import org.journey.measure.events.EventFormat;
import org.journey.measure.sql.EventBits;
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
	private final Set<String> modelledEvents;
	private final List<EventCount> eventNameCounts;
	private final Map<String, Long> eventCounts = new LinkedHashMap<>();
	/** A bit for each modelled event that was seen, in the masks of {@value MeasureQueries#USERS}. */
	private final EventBits eventBits;
	private final List<String> fileNames;
	/** Properties the data's formats add to every event, which are not unknown though no model declares them. */
	private final Set<String> automaticProperties = new LinkedHashSet<>();
	private final EventsRead eventsRead;

	/**
	 * Makes the tables every journey is measured on. {@code modelledEvents} are the event names of
	 * every journey to be measured: a seen event none of them names is an unmodelled one.
	 */
	public JourneyMeasurer(QueryRunner runner, Window window, List<FileRead> files, Set<String> modelledEvents) {
		this.runner = runner;
		this.queries = new MeasureQueries(runner.dialect());
		this.window = window;
		this.modelledEvents = Set.copyOf(modelledEvents);
		this.fileNames = files.stream().map(FileRead::file).toList();
		files.stream().map(file -> EventFormat.named(file.format()).automaticProperties()).forEach(automaticProperties::addAll);
		runner.createTable(MeasureQueries.REPEATS, queries.repeats(window.fromMicros(), window.toMicros()));
		if (number(runner.rows(queries.repeatCount()).get(0).get(0)) > 0) {
			runner.createTable(MeasureQueries.EVENTS, queries.events(window.fromMicros(), window.toMicros(), true));
		} else {
			// the common case: the events are the well-formed rows of the window, read where they are
			runner.createView(MeasureQueries.EVENTS, queries.events(window.fromMicros(), window.toMicros(), false));
		}
		this.eventNameCounts = runner.rows(queries.eventNameCounts()).stream()
				.map(row -> new EventCount((String) row.get(0), number(row.get(1)))).toList();
		eventNameCounts.forEach(count -> eventCounts.put(count.name(), count.events()));
		this.eventBits = new EventBits(modelledEvents.stream().filter(eventCounts::containsKey).toList());
		runner.createTable(MeasureQueries.USERS, queries.users(eventBits));
		this.eventsRead = eventsRead(files);
	}

	public EventsRead eventsRead() {
		return eventsRead;
	}

	/** The journey's measurements. */
	public Measurements measure(Journey journey) {
		TrackingPlan plan = TrackingPlanBuilder.build(journey, TrackingSettings.of(journey));
		UserCounts users = users(eventSets(journey, plan));
		return new Measurements(JourneyMapBuilder.qualifiedName(journey), journey.getName(), journey.getTitle(), window,
				eventsRead, phases(journey, plan, users), kpis(journey, plan, users), coverage(plan));
	}

	/** The event names of a journey's tracking plan. */
	public static Set<String> eventNames(Journey journey) {
		return new LinkedHashSet<>(TrackingPlanBuilder.declarationsByEvent(journey).keySet());
	}

	// ------------------------------------------------------------------ users

	/** How many users emitted at least one event of a set: every set a journey asks about, counted in one scan. */
	private record UserCounts(long all, Map<Set<String>, Long> bySet) {

		long of(Collection<String> events) {
			Long users = bySet.get(Set.copyOf(events));
			if (users == null) {
				throw new IllegalStateException("users of " + events + " were not counted");
			}
			return users;
		}
	}

	private UserCounts users(Collection<Set<String>> sets) {
		List<Set<String>> asked = List.copyOf(new LinkedHashSet<>(sets));
		List<Object> row = runner.rows(queries.usersOfAny(eventBits, asked)).get(0);
		Map<Set<String>, Long> bySet = new LinkedHashMap<>();
		for (int i = 0; i < asked.size(); i++) {
			bySet.put(asked.get(i), number(row.get(i + 1)));
		}
		return new UserCounts(number(row.get(0)), bySet);
	}

	/** The sets of events whose users the journey's measurements count: each event, touchpoint and phase. */
	private static List<Set<String>> eventSets(Journey journey, TrackingPlan plan) {
		List<Set<String>> sets = new ArrayList<>();
		plan.events().forEach(event -> sets.add(Set.of(event.name())));
		for (Phase phase : journey.getPhases()) {
			Set<String> phaseEvents = new LinkedHashSet<>();
			for (Touchpoint touchpoint : phase.getTouchpoints()) {
				List<String> names = eventsEmittedAt(plan, phase, touchpoint);
				sets.add(Set.copyOf(names));
				phaseEvents.addAll(names);
			}
			sets.add(Set.copyOf(phaseEvents));
		}
		return sets;
	}

	private long events(Collection<String> names) {
		return names.stream().distinct().mapToLong(name -> eventCounts.getOrDefault(name, 0L)).sum();
	}

	// ------------------------------------------------------------------ events read

	private EventsRead eventsRead(List<FileRead> files) {
		List<Object> rows = runner.rows(queries.rowCounts(window.fromMicros(), window.toMicros())).get(0);
		long read = number(rows.get(0));
		long malformed = number(rows.get(1));
		long outside = number(rows.get(2));
		List<Object> totals = runner.rows(queries.eventTotals()).get(0);
		long events = number(totals.get(0));
		List<MalformedRow> first = runner.rows(queries.malformedRows(MALFORMED_ROWS_LISTED)).stream().map(row -> {
			long seq = number(row.get(0));
			return new MalformedRow(files.get(MeasureQueries.fileIndex(seq)).file(), MeasureQueries.row(seq), (String) row.get(1));
		}).toList();
		return new EventsRead(files, read, malformed, first, outside, read - malformed - outside - events, events,
				number(totals.get(1)), users(List.of()).all());
	}

	// ------------------------------------------------------------------ phases

	private List<PhaseMeasurement> phases(Journey journey, TrackingPlan plan, UserCounts users) {
		List<PhaseMeasurement> phases = new ArrayList<>();
		PhaseMeasurement previous = null;
		for (Phase phase : journey.getPhases()) {
			List<TouchpointMeasurement> touchpoints = new ArrayList<>();
			Set<String> phaseEvents = new LinkedHashSet<>();
			for (Touchpoint touchpoint : phase.getTouchpoints()) {
				List<String> names = eventsEmittedAt(plan, phase, touchpoint);
				phaseEvents.addAll(names);
				List<EventMeasurement> byName = names.stream()
						.map(name -> new EventMeasurement(name, events(List.of(name)), users.of(Set.of(name)))).toList();
				touchpoints.add(new TouchpointMeasurement(touchpoint.getName(), touchpoint.getTitle(), events(names),
						users.of(names), byName));
			}
			// a phase whose touchpoints emit no events cannot be measured: its users are unknown, not 0
			Long phaseUsers = phaseEvents.isEmpty() ? null : users.of(phaseEvents);
			Long volume = phase.getVolume();
			Double modelledConversion = previous == null ? null : ratio(volume, previous.modelledVolume());
			Double conversion = previous == null ? null : ratio(phaseUsers, previous.users());
			PhaseMeasurement measured = new PhaseMeasurement(phase.getName(), phase.getTitle(), volume, phaseUsers,
					modelledConversion, conversion, events(phaseEvents), touchpoints);
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

	private List<KpiMeasurement> kpis(Journey journey, TrackingPlan plan, UserCounts users) {
		List<Kpi> kpis = JourneyQueries.kpisOf(journey);
		List<KpiMeasurement> measured = new ArrayList<>();
		for (int i = 0; i < kpis.size(); i++) {
			Kpi kpi = kpis.get(i);
			TrackedKpi tracked = plan.kpis().get(i);
			if (kpi.getFormula() == null) {
				continue;
			}
			List<Term> terms = new ArrayList<>();
			BigDecimal value = evaluate(kpi.getFormula(), users, terms);
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
	private BigDecimal evaluate(Formula formula, UserCounts users, List<Term> terms) {
		if (formula instanceof Ratio ratio) {
			BigDecimal value = evaluate(ratio.getNumerator(), users, terms);
			List<Formula> denominators = new ArrayList<>();
			denominators.add(ratio.getDenominator());
			denominators.addAll(ratio.getFurtherDenominators());
			for (Formula denominator : denominators) {
				BigDecimal divisor = evaluate(denominator, users, terms);
				value = value == null || divisor == null || divisor.signum() == 0 ? null : value.divide(divisor, PRECISION);
			}
			return value;
		}
		BigDecimal value;
		if (formula instanceof Aggregate aggregate) {
			String event = aggregate.getEvent().getName();
			String property = aggregate.getProperty() == null ? null : aggregate.getProperty().getName();
			value = switch (aggregate.getFunction()) {
			case COUNT -> BigDecimal.valueOf(events(List.of(event)));
			case SUM -> decimal(runner.rows(queries.sum(event, property)).get(0).get(0));
			case AVG -> decimal(runner.rows(queries.avg(event, property)).get(0).get(0));
			case DISTINCT -> property == null ? BigDecimal.valueOf(users.of(Set.of(event)))
					: decimal(runner.rows(queries.distinct(event, property)).get(0).get(0));
			};
		} else if (formula instanceof Conversion conversion) {
			long base = users.of(Set.of(conversion.getFrom().getName()));
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

	private Coverage coverage(TrackingPlan plan) {
		List<String> notSeen = plan.events().stream().map(TrackedEvent::name).filter(name -> !eventCounts.containsKey(name))
				.toList();
		List<EventCount> unmodelled = eventNameCounts.stream().filter(count -> !modelledEvents.contains(count.name()))
				.toList();
		List<TrackedEvent> seen = plan.events().stream().filter(event -> eventCounts.containsKey(event.name())).toList();
		return new Coverage(notSeen, unmodelled.stream().limit(UNMODELLED_EVENTS_LISTED).toList(), unmodelled.size(),
				new PropertyChecks(runner, queries, fileNames, automaticProperties).violations(seen));
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
