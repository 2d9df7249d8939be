package org.journey.tests.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.journey.measure.duckdb.DuckDbEngine;
import org.journey.measure.sql.EventBits;
import org.journey.measure.sql.MeasureQueries;
import org.journey.measure.sql.Sql;
import org.junit.jupiter.api.Test;

/**
 * The users of a set of events, counted from the per-user masks ({@link MeasureQueries#users}),
 * against COUNT(DISTINCT user_id) over the same events, with more events than one mask holds.
 */
class UserMasksTest {

	private static final int EVENTS = 2 * EventBits.PER_MASK + 4;

	@Test
	void usersOfAnySetOfEventsMatchDistinctUsersAcrossSeveralMasks() throws SQLException {
		try (DuckDbEngine engine = DuckDbEngine.open()) {
			// given random events of 40 users over 130 event names, some without a user
			engine.execute(new Sql("CREATE TABLE " + MeasureQueries.EVENTS + " (event_name VARCHAR, user_id VARCHAR)", List.of()));
			Random random = new Random(16);
			for (int i = 0; i < 600; i++) {
				engine.execute(new Sql("INSERT INTO " + MeasureQueries.EVENTS + " VALUES (?, ?)", List.of(event(random.nextInt(EVENTS)),
						random.nextInt(10) == 0 ? "" : "u" + random.nextInt(40))));
			}
			engine.execute(new Sql("UPDATE " + MeasureQueries.EVENTS + " SET user_id = NULL WHERE user_id = ''", List.of()));
			List<String> named = IntStream.range(0, EVENTS).mapToObj(UserMasksTest::event).collect(Collectors.toList());
			named.add("never_seen");
			EventBits bits = new EventBits(named);
			MeasureQueries queries = new MeasureQueries(engine.dialect());
			engine.createTable(MeasureQueries.USERS, queries.users(bits));

			// when the users of sets in the first, the last and across masks are counted at once
			List<Set<String>> sets = new ArrayList<>();
			sets.add(Set.of(event(0)));
			sets.add(Set.of(event(EVENTS - 1)));
			sets.add(Set.of(event(3), event(EventBits.PER_MASK), event(2 * EventBits.PER_MASK + 1)));
			sets.add(Set.of("never_seen"));
			for (int i = 0; i < 20; i++) {
				Set<String> set = new LinkedHashSet<>();
				random.ints(1 + random.nextInt(12), 0, EVENTS).forEach(e -> set.add(event(e)));
				sets.add(set);
			}
			List<Object> counted = engine.rows(queries.usersOfAny(bits, sets)).get(0);

			// then each equals the distinct users who emitted one of the set's events
			assertEquals(engine.rows(new Sql("SELECT COUNT(DISTINCT user_id) FROM " + MeasureQueries.EVENTS, List.of())).get(0).get(0),
					counted.get(0));
			for (int i = 0; i < sets.size(); i++) {
				List<Object> parameters = new ArrayList<>(sets.get(i));
				String placeholders = String.join(", ", sets.get(i).stream().map(e -> "?").toList());
				Object expected = engine.rows(new Sql("SELECT COUNT(DISTINCT user_id) FROM " + MeasureQueries.EVENTS
						+ " WHERE event_name IN (" + placeholders + ")", parameters)).get(0).get(0);
				assertEquals(expected, counted.get(i + 1), "users of " + sets.get(i));
			}
		}
	}

	private static String event(int number) {
		return "event_" + number;
	}
}
