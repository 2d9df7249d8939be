package org.journey.dsl.generator.report.portfolio;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.journey.dsl.generator.JourneyGenerator;
import org.journey.dsl.journey.Journey;
import org.journey.dsl.journey.Model;
import org.journey.dsl.map.Actuals.KpiActual;
import org.journey.dsl.map.Actuals.KpiStatus;
import org.journey.dsl.map.JourneyMap;
import org.journey.dsl.map.JourneyMap.Column;
import org.journey.dsl.map.JourneyMap.InitiativeCard;
import org.journey.dsl.map.JourneyMap.KpiCard;
import org.journey.dsl.map.JourneyMap.PainCard;
import org.journey.dsl.map.JourneyMapCache;
import org.journey.dsl.map.MeasurementsFolder;
import org.journey.dsl.phasemodel.ReportLanguage;
import org.journey.dsl.generator.report.html.InitiativeTimeline;
import org.journey.dsl.generator.report.html.InitiativeTimeline.Span;

/**
 * All journeys of a generator run, as the portfolio index shows them: each journey's map with the
 * few figures a team compares across journeys, and the initiatives of all of them on one
 * timeline. Journeys are in the order of their qualified names, so the index does not depend on
 * the order the files were read in.
 * <p>
 * The index's own words are in the journeys' common language, or in English when they differ
 * ({@link #language()}); what belongs to one journey (its phases, KPI values, dates of its
 * milestones) stays in that journey's language.
 */
public final class Portfolio {

	/** Pain severities in the order the index counts them, most severe first; null is a pain without one. */
	static final List<String> SEVERITIES = java.util.Arrays.asList("high", "medium", "low", null);

	/**
	 * KPI statuses in the order the index counts them: the statuses {@code journey measure} gives,
	 * then {@link #NOT_MEASURED} for a KPI it gave none (no measurements, or no formula).
	 */
	static final List<String> KPI_STATUSES = Stream.concat(Stream.of(KpiStatus.values()).map(KpiStatus::literal),
			Stream.of(PortfolioJourney.NOT_MEASURED)).toList();

	private final List<PortfolioJourney> journeys;
	private final ReportLanguage language;
	private final List<TimelineRow> initiatives;

	private Portfolio(List<PortfolioJourney> journeys) {
		this.journeys = journeys;
		this.language = commonLanguage(journeys);
		this.initiatives = timelineRows(journeys);
	}

	/** The portfolio of these maps, whatever their order. */
	public static Portfolio of(List<JourneyMap> maps) {
		return new Portfolio(maps.stream().sorted(Comparator.comparing(JourneyMap::qualifiedName)).map(PortfolioJourney::new)
				.toList());
	}

	/**
	 * The maps of every journey in these resources, with their measurements where the folder has
	 * them (null for none): what the generator drew each journey's reports from.
	 */
	public static List<JourneyMap> mapsOf(Iterable<Resource> resources, MeasurementsFolder measurements) {
		List<JourneyMap> maps = new ArrayList<>();
		for (Resource resource : resources) {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
				continue;
			}
			for (Journey journey : model.getElements().stream().filter(Journey.class::isInstance).map(Journey.class::cast)
					.toList()) {
				JourneyMap map = JourneyMapCache.of(journey);
				maps.add(measurements == null ? map
						: map.withActuals(measurements.actualsOf(map.qualifiedName()).orElse(null)));
			}
		}
		return maps;
	}

	public List<PortfolioJourney> journeys() {
		return journeys;
	}

	/** The language of the index's own words: the journeys' common one, else English. */
	public ReportLanguage language() {
		return language;
	}

	/** The languages of the journeys, in the order of {@link ReportLanguage}. */
	public List<ReportLanguage> languages() {
		return Stream.of(ReportLanguage.values()).filter(l -> journeys.stream().anyMatch(j -> j.language() == l)).toList();
	}

	/** Whether the journeys are written in more than one language (and the index says which it uses). */
	public boolean mixedLanguages() {
		return languages().size() > 1;
	}

	/** The initiatives of all journeys, each once, in date order: see {@link TimelineRow}. */
	public List<TimelineRow> initiatives() {
		return initiatives;
	}

	/** The axis of the initiatives' timeline; empty when none has a date. */
	public Optional<InitiativeTimeline> timeline() {
		return InitiativeTimeline.of(initiatives.stream().map(TimelineRow::initiative).toList());
	}

	/** How many KPIs of all journeys have each status, in the order of {@link #KPI_STATUSES}; zero counts left out. */
	public Map<String, Integer> kpiStatusCounts() {
		return counts(journeys.stream().flatMap(j -> j.kpis().stream()).map(KpiLine::status).toList(), KPI_STATUSES);
	}

	public int kpiCount() {
		return journeys.stream().mapToInt(j -> j.kpis().size()).sum();
	}

	public int phaseCount() {
		return journeys.stream().mapToInt(j -> j.map().columns().size()).sum();
	}

	/** How many pains of all journeys have each severity, most severe first; zero counts left out. */
	public Map<String, Integer> painCounts() {
		return counts(journeys.stream().flatMap(j -> j.pains().stream()).map(PainCard::severity).toList(), SEVERITIES);
	}

	private static ReportLanguage commonLanguage(List<PortfolioJourney> journeys) {
		List<ReportLanguage> languages = journeys.stream().map(PortfolioJourney::language).distinct().toList();
		return languages.size() == 1 ? languages.get(0) : ReportLanguage.EN;
	}

	/**
	 * One row per initiative: one that several journeys share (an initiative of a shared file) is
	 * one piece of work, shown once with all its journeys. Dated rows come first, by the first and
	 * then the last date of their span, as a Gantt chart reads; undated ones after them.
	 */
	private static List<TimelineRow> timelineRows(List<PortfolioJourney> journeys) {
		Map<InitiativeCard, List<PortfolioJourney>> byInitiative = new LinkedHashMap<>();
		for (PortfolioJourney journey : journeys) {
			for (InitiativeCard initiative : journey.map().initiatives()) {
				byInitiative.computeIfAbsent(initiative, i -> new ArrayList<>()).add(journey);
			}
		}
		Comparator<TimelineRow> order = Comparator
				.comparing((TimelineRow row) -> row.span().map(Span::first).orElse("9999-99-99"))
				.thenComparing(row -> row.span().map(Span::last).orElse("9999-99-99"))
				.thenComparing(row -> row.journeys().get(0).map().qualifiedName())
				.thenComparing(row -> String.valueOf(row.initiative().name()));
		return byInitiative.entrySet().stream()
				.map(entry -> new TimelineRow(entry.getKey(), List.copyOf(entry.getValue()), InitiativeTimeline.span(entry.getKey())))
				.sorted(order).toList();
	}

	static <T> Map<T, Integer> counts(List<T> values, List<T> order) {
		Map<T, Integer> counts = new LinkedHashMap<>();
		for (T key : order) {
			int count = (int) values.stream().filter(v -> java.util.Objects.equals(v, key)).count();
			if (count > 0) {
				counts.put(key, count);
			}
		}
		return counts;
	}

	/**
	 * An initiative on the shared timeline, with the journeys it serves (in the portfolio's order)
	 * and the span of its dates, empty when it has none.
	 */
	public record TimelineRow(InitiativeCard initiative, List<PortfolioJourney> journeys, Optional<Span> span) {
	}

	/** A KPI of a journey, with what was measured of it, empty when nothing was. */
	public record KpiLine(KpiCard kpi, Optional<KpiActual> actual) {

		/** The status literal the per-journey reports show (target-met, off-track, ...), else {@code not-measured}. */
		public String status() {
			return actual.map(a -> a.status().literal()).orElse(PortfolioJourney.NOT_MEASURED);
		}
	}

	/** One journey of the portfolio: its map, where its reports are, and its figures. */
	public static final class PortfolioJourney {

		/** The status of a KPI without a measured status. */
		public static final String NOT_MEASURED = "not-measured";

		private final JourneyMap map;

		PortfolioJourney(JourneyMap map) {
			this.map = map;
		}

		public JourneyMap map() {
			return map;
		}

		public ReportLanguage language() {
			return map.language();
		}

		/**
		 * A relative link from the output root to one of the journey's files: the journey's folder
		 * ({@link JourneyGenerator#outputFolder}) percent-encoded, so a Danish "æ" in a name is a
		 * valid URL on every host.
		 */
		public String link(String fileName) {
			try {
				return new URI(null, null, JourneyGenerator.outputFolder(map) + fileName, null).toASCIIString();
			} catch (URISyntaxException e) {
				throw new IllegalStateException("a journey folder that is no URL path: " + map.qualifiedName(), e);
			}
		}

		/** Every pain of every phase, as the journey's report counts them. */
		public List<PainCard> pains() {
			return map.columns().stream().flatMap(c -> c.pains().stream()).toList();
		}

		/** How many pains have each severity, most severe first; zero counts left out. */
		public Map<String, Integer> painCounts() {
			return counts(pains().stream().map(PainCard::severity).toList(), SEVERITIES);
		}

		/** The journey's KPIs in the order of its scorecard, each with its measured status if any. */
		public List<KpiLine> kpis() {
			return map.kpis().stream()
					.map(kpi -> new KpiLine(kpi, map.actuals().flatMap(actuals -> actuals.kpi(kpi.name())))).toList();
		}

		/** How many KPIs have each status, in the order of {@link Portfolio#KPI_STATUSES}; zero counts left out. */
		public Map<String, Integer> kpiStatusCounts() {
			return counts(kpis().stream().map(KpiLine::status).toList(), KPI_STATUSES);
		}

		/** Whether any phase has a feeling: only then is there a curve to draw. */
		public boolean hasFeelings() {
			return map.columns().stream().map(Column::feeling).anyMatch(java.util.Objects::nonNull);
		}
	}
}
