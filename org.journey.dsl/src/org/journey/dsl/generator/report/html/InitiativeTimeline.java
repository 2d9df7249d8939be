package org.journey.dsl.generator.report.html;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.journey.dsl.map.JourneyMap.InitiativeCard;
import org.journey.dsl.map.JourneyMap.MilestoneInfo;

/**
 * The time axis of the initiatives: from the first month with a due date or milestone to the end
 * of the last one, with a tick per month (per quarter when the span is long). Positions are
 * shares of the axis, 0..1. Dates that are not valid ISO dates are left off the axis.
 */
public final class InitiativeTimeline {

	private static final long MONTHLY_TICKS_UP_TO_MONTHS = 15;

	private final LocalDate start;
	private final LocalDate end;

	private InitiativeTimeline(LocalDate start, LocalDate end) {
		this.start = start;
		this.end = end;
	}

	/** The axis for these initiatives; empty when none has a valid date. */
	public static Optional<InitiativeTimeline> of(List<InitiativeCard> initiatives) {
		List<LocalDate> dates = initiatives.stream().flatMap(InitiativeTimeline::dates).sorted().toList();
		if (dates.isEmpty()) {
			return Optional.empty();
		}
		LocalDate first = dates.get(0).withDayOfMonth(1);
		LocalDate last = dates.get(dates.size() - 1).withDayOfMonth(1).plusMonths(1);
		return Optional.of(new InitiativeTimeline(first, last));
	}

	private static Stream<LocalDate> dates(InitiativeCard initiative) {
		return Stream.concat(Stream.of(initiative.due()), initiative.milestones().stream().map(MilestoneInfo::date))
				.map(InitiativeTimeline::parse).flatMap(Optional::stream);
	}

	public static Optional<LocalDate> parse(String isoDate) {
		if (isoDate == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(isoDate));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	public static boolean isDate(String isoDate) {
		return parse(isoDate).isPresent();
	}

	/** Where a date lies on the axis, 0..1; 0 for a date that is not a valid ISO date. */
	public double position(String isoDate) {
		return parse(isoDate).map(this::position).orElse(0.0);
	}

	private double position(LocalDate date) {
		return (double) ChronoUnit.DAYS.between(start, date) / ChronoUnit.DAYS.between(start, end);
	}

	/** The months (or quarters) that start on the axis, as ISO dates of their first day. */
	public List<String> ticks() {
		long months = ChronoUnit.MONTHS.between(start, end);
		int step = months <= MONTHLY_TICKS_UP_TO_MONTHS ? 1 : 3;
		LocalDate tick = step == 1 ? start : start.withMonth(((start.getMonthValue() - 1) / 3) * 3 + 1);
		List<String> ticks = new ArrayList<>();
		for (; tick.isBefore(end); tick = tick.plusMonths(step)) {
			if (!tick.isBefore(start)) {
				ticks.add(tick.toString());
			}
		}
		return ticks;
	}

	/** The first and the last valid date of an initiative, ISO: the bar that spans its work. */
	public record Span(String first, String last) {
	}

	public static Optional<Span> span(InitiativeCard initiative) {
		List<LocalDate> dates = dates(initiative).sorted().toList();
		return dates.isEmpty() ? Optional.empty()
				: Optional.of(new Span(dates.get(0).toString(), dates.get(dates.size() - 1).toString()));
	}
}
