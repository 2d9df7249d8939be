package org.journey.dsl.map;

import java.util.Map;

import org.journey.dsl.map.JourneyMap.Direction;
import org.journey.dsl.map.JourneyMap.KpiUnit;
import org.journey.dsl.phasemodel.ReportLanguage;

/**
 * The words of the reports in English, Danish and Norwegian (bokmål). A key missing in a language
 * falls back to English, then to the key itself, so a new label never breaks a report.
 */
public final class ReportLabels {

	private static final Map<String, String[]> LABELS = Map.ofEntries(
			Map.entry("section.map", new String[] { "Journey map", "Kunderejsekort", "Kundereisekart" }),
			Map.entry("section.funnel", new String[] { "Funnel", "Tragt", "Trakt" }),
			Map.entry("section.kpis", new String[] { "KPI scorecard", "KPI-oversigt", "KPI-oversikt" }),
			Map.entry("section.priorities", new String[] { "Value and effort", "Værdi og indsats", "Verdi og innsats" }),
			Map.entry("section.coverage", new String[] { "Channels by phase", "Kanaler pr. fase", "Kanaler per fase" }),
			Map.entry("section.segments", new String[] { "Segments", "Segmenter", "Segmenter" }),
			Map.entry("section.initiatives", new String[] { "Initiatives", "Initiativer", "Initiativer" }),
			Map.entry("section.goals", new String[] { "Business goals", "Forretningsmål", "Forretningsmål" }),
			Map.entry("lane.customerGoal", new String[] { "Customer goal", "Kundens mål", "Kundens mål" }),
			Map.entry("lane.doing", new String[] { "Doing", "Gør", "Gjør" }),
			Map.entry("lane.thinking", new String[] { "Thinking", "Tænker", "Tenker" }),
			Map.entry("lane.feeling", new String[] { "Feeling", "Føler", "Føler" }),
			Map.entry("lane.touchpoints", new String[] { "Touchpoints", "Kontaktpunkter", "Kontaktpunkter" }),
			Map.entry("lane.pains", new String[] { "Pains", "Smertepunkter", "Smertepunkter" }),
			Map.entry("lane.opportunities", new String[] { "Opportunities", "Muligheder", "Muligheter" }),
			Map.entry("lane.kpis", new String[] { "KPIs", "KPI'er", "KPI-er" }),
			Map.entry("lane.volume", new String[] { "Volume", "Volumen", "Volum" }),
			Map.entry("label.phase", new String[] { "Phase", "Fase", "Fase" }),
			Map.entry("label.overview", new String[] { "The whole journey at a glance", "Hele rejsen i overblik", "Hele reisen i oversikt" }),
			Map.entry("label.phaseModel", new String[] { "Phase model", "Fasemodel", "Fasemodell" }),
			Map.entry("label.segments", new String[] { "Segments", "Segmenter", "Segmenter" }),
			Map.entry("label.goals", new String[] { "Goals", "Mål", "Mål" }),
			Map.entry("label.baseline", new String[] { "Baseline", "Udgangspunkt", "Utgangspunkt" }),
			Map.entry("label.target", new String[] { "Target", "Mål", "Mål" }),
			Map.entry("label.by", new String[] { "by", "inden", "innen" }),
			Map.entry("label.measuredBy", new String[] { "Measured by", "Måles med", "Måles med" }),
			Map.entry("label.usedBy", new String[] { "Used by", "Bruges af", "Brukes av" }),
			Map.entry("label.owner", new String[] { "Owner", "Ejer", "Eier" }),
			Map.entry("label.due", new String[] { "Due", "Frist", "Frist" }),
			Map.entry("label.staffing", new String[] { "Staffing", "Bemanding", "Bemanning" }),
			Map.entry("label.resources", new String[] { "Resources", "Ressourcer", "Ressurser" }),
			Map.entry("label.realizes", new String[] { "Realizes", "Realiserer", "Realiserer" }),
			Map.entry("label.milestones", new String[] { "Milestones", "Milepæle", "Milepæler" }),
			Map.entry("label.fixes", new String[] { "Fixes", "Løser", "Løser" }),
			Map.entry("label.evidence", new String[] { "Evidence", "Belæg", "Belegg" }),
			Map.entry("label.severity", new String[] { "Severity", "Alvor", "Alvorlighet" }),
			Map.entry("label.value", new String[] { "Value", "Værdi", "Verdi" }),
			Map.entry("label.effort", new String[] { "Effort", "Indsats", "Innsats" }),
			Map.entry("label.share", new String[] { "Share", "Andel", "Andel" }),
			Map.entry("label.needs", new String[] { "Needs", "Behov", "Behov" }),
			Map.entry("label.triggers", new String[] { "Triggers", "Udløsere", "Utløsere" }),
			Map.entry("label.conversion", new String[] { "Conversion", "Konvertering", "Konvertering" }),
			Map.entry("label.fromPrevious", new String[] { "from previous phase", "fra forrige fase", "fra forrige fase" }),
			Map.entry("label.fromFirst", new String[] { "from first phase", "fra første fase", "fra første fase" }),
			Map.entry("label.events", new String[] { "Events", "Hændelser", "Hendelser" }),
			Map.entry("label.online", new String[] { "online", "online", "online" }),
			Map.entry("label.offline", new String[] { "offline", "offline", "offline" }),
			Map.entry("label.experience", new String[] { "Experience", "Oplevelse", "Opplevelse" }),
			Map.entry("label.total", new String[] { "Total", "I alt", "Totalt" }),
			Map.entry("label.none", new String[] { "none", "ingen", "ingen" }),
			Map.entry("label.channel", new String[] { "Channel", "Kanal", "Kanal" }),
			Map.entry("label.reach", new String[] { "Reached", "Nået", "Nådd" }),
			Map.entry("channel.unspecified", new String[] { "No channel", "Ingen kanal", "Ingen kanal" }),
			Map.entry("channel.web", new String[] { "Web", "Web", "Nett" }),
			Map.entry("channel.app", new String[] { "App", "App", "App" }),
			Map.entry("channel.social", new String[] { "Social media", "Sociale medier", "Sosiale medier" }),
			Map.entry("channel.search", new String[] { "Search", "Søgning", "Søk" }),
			Map.entry("channel.display", new String[] { "Display ads", "Displayannoncer", "Displayannonser" }),
			Map.entry("channel.video", new String[] { "Video", "Video", "Video" }),
			Map.entry("channel.email", new String[] { "E-mail", "E-mail", "E-post" }),
			Map.entry("channel.sms", new String[] { "SMS", "SMS", "SMS" }),
			Map.entry("channel.store", new String[] { "Store", "Butik", "Butikk" }),
			Map.entry("channel.phone", new String[] { "Phone", "Telefon", "Telefon" }),
			Map.entry("channel.chat", new String[] { "Chat", "Chat", "Chat" }),
			Map.entry("channel.print", new String[] { "Print", "Tryksager", "Trykksaker" }),
			Map.entry("channel.tv", new String[] { "TV", "TV", "TV" }),
			Map.entry("channel.mail", new String[] { "Mail", "Post", "Post" }),
			Map.entry("channel.word-of-mouth", new String[] { "Word of mouth", "Mund-til-mund", "Muntlig anbefaling" }),
			Map.entry("channel.event", new String[] { "Event", "Arrangement", "Arrangement" }),
			Map.entry("channel.partner", new String[] { "Partner", "Partner", "Partner" }),
			Map.entry("channel.other", new String[] { "Other", "Andet", "Annet" }),
			Map.entry("level.low", new String[] { "low", "lav", "lav" }),
			Map.entry("level.medium", new String[] { "medium", "mellem", "middels" }),
			Map.entry("level.high", new String[] { "high", "høj", "høy" }),
			Map.entry("quadrant.QUICK_WIN", new String[] { "Quick wins", "Hurtige gevinster", "Raske gevinster" }),
			Map.entry("quadrant.BIG_BET", new String[] { "Big bets", "Store satsninger", "Store satsinger" }),
			Map.entry("quadrant.FILL_IN", new String[] { "Fill-ins", "Småopgaver", "Småoppgaver" }),
			Map.entry("quadrant.MONEY_PIT", new String[] { "Money pits", "Pengesluger", "Pengesluk" }),
			Map.entry("quadrant.UNRATED", new String[] { "Not rated", "Ikke vurderet", "Ikke vurdert" }),
			Map.entry("direction.increase", new String[] { "higher is better", "højere er bedre", "høyere er bedre" }),
			Map.entry("direction.decrease", new String[] { "lower is better", "lavere er bedre", "lavere er bedre" }),
			Map.entry("staffing.covered", new String[] { "covered in-house", "dækket internt", "dekket internt" }),
			Map.entry("staffing.upskill", new String[] { "upskill", "opkvalificering", "oppkvalifisering" }),
			Map.entry("staffing.outsource", new String[] { "outsource", "outsourcing", "utkontraktering" }),
			Map.entry("unit.percent", new String[] { "percent", "procent", "prosent" }),
			Map.entry("unit.count", new String[] { "count", "antal", "antall" }),
			Map.entry("unit.currency", new String[] { "currency", "valuta", "valuta" }),
			Map.entry("unit.score", new String[] { "score", "score", "poeng" }),
			Map.entry("unit.ratio", new String[] { "ratio", "forhold", "forhold" }),
			Map.entry("unit.duration", new String[] { "duration", "varighed", "varighet" }),
			// a duration's time unit: its name, and a value in it ({0}), for one and for other counts
			Map.entry("timeUnit.hours", new String[] { "hours", "timer", "timer" }),
			Map.entry("timeUnit.days", new String[] { "days", "dage", "dager" }),
			Map.entry("timeUnit.weeks", new String[] { "weeks", "uger", "uker" }),
			Map.entry("timeUnit.hours.one", new String[] { "{0} hour", "{0} time", "{0} time" }),
			Map.entry("timeUnit.hours.other", new String[] { "{0} hours", "{0} timer", "{0} timer" }),
			Map.entry("timeUnit.days.one", new String[] { "{0} day", "{0} dag", "{0} dag" }),
			Map.entry("timeUnit.days.other", new String[] { "{0} days", "{0} dage", "{0} dager" }),
			Map.entry("timeUnit.weeks.one", new String[] { "{0} week", "{0} uge", "{0} uke" }),
			Map.entry("timeUnit.weeks.other", new String[] { "{0} weeks", "{0} uger", "{0} uker" }),
			// Markdown report: table headings, goal kinds and phase model titles
			Map.entry("label.journey", new String[] { "Journey", "Kunderejse", "Kundereise" }),
			Map.entry("label.kpi", new String[] { "KPI", "KPI", "KPI" }),
			Map.entry("label.unit", new String[] { "Unit", "Enhed", "Enhet" }),
			Map.entry("label.direction", new String[] { "Direction", "Retning", "Retning" }),
			Map.entry("label.phases", new String[] { "Phases", "Faser", "Faser" }),
			Map.entry("label.goal", new String[] { "Goal", "Mål", "Mål" }),
			Map.entry("label.kind", new String[] { "Kind", "Type", "Type" }),
			Map.entry("label.opportunity", new String[] { "Opportunity", "Mulighed", "Mulighet" }),
			Map.entry("label.priority", new String[] { "Priority", "Prioritet", "Prioritet" }),
			Map.entry("label.initiative", new String[] { "Initiative", "Initiativ", "Initiativ" }),
			Map.entry("label.segment", new String[] { "Segment", "Segment", "Segment" }),
			Map.entry("label.sources", new String[] { "Sources", "Kilder", "Kilder" }),
			Map.entry("label.source", new String[] { "Source", "Kilde", "Kilde" }),
			// Markdown report: the experience diagrams, one per phase
			Map.entry("label.experienceByPhase", new String[] { "Experience by phase", "Oplevelse pr. fase", "Opplevelse per fase" }),
			Map.entry("note.experienceByPhase", new String[] {
					"One diagram per phase, its touchpoints in the order written. A face is a touchpoint's experience from 1 (very bad) to 5 (very good), the model's -2 to +2; the coloured circles are the segments it serves.",
					"Et diagram pr. fase med kontaktpunkterne i den skrevne rækkefølge. Et ansigt er et kontaktpunkts oplevelse fra 1 (meget dårlig) til 5 (meget god), modellens -2 til +2; de farvede cirkler er de segmenter, det henvender sig til.",
					"Ett diagram per fase med kontaktpunktene i skrevet rekkefølge. Et ansikt er et kontaktpunkts opplevelse fra 1 (svært dårlig) til 5 (svært god), modellens -2 til +2; de fargede sirklene er segmentene det retter seg mot." }),
			Map.entry("note.scoreFromFeeling", new String[] {
					"No experience of their own, shown with the phase's feeling ({0}): {1}.",
					"Ingen egen oplevelse, vist med fasens følelse ({0}): {1}.",
					"Ingen egen opplevelse, vist med fasens følelse ({0}): {1}." }),
			Map.entry("note.notScored", new String[] {
					"Not drawn (no experience, and the phase has no feeling): {0}.",
					"Ikke tegnet (ingen oplevelse, og fasen har ingen følelse): {0}.",
					"Ikke tegnet (ingen opplevelse, og fasen har ingen følelse): {0}." }),
			// HTML report
			Map.entry("label.customerJourney", new String[] { "Customer journey", "Kunderejse", "Kundereise" }),
			Map.entry("label.contents", new String[] { "Contents", "Indhold", "Innhold" }),
			Map.entry("label.formula", new String[] { "Formula", "Formel", "Formel" }),
			Map.entry("label.change", new String[] { "Change", "Ændring", "Endring" }),
			Map.entry("label.percentPoints", new String[] { "pp", "pct.-point", "prosentpoeng" }),
			Map.entry("label.serves", new String[] { "Serves", "Henvender sig til", "Retter seg mot" }),
			Map.entry("label.required", new String[] { "required", "påkrævet", "påkrevd" }),
			Map.entry("label.noDate", new String[] { "No date", "Ingen dato", "Ingen dato" }),
			Map.entry("label.reachSummary", new String[] { "{0} of {1} phases", "{0} af {1} faser", "{0} av {1} faser" }),
			Map.entry("label.generatedFrom", new String[] { "Generated from", "Genereret fra", "Generert fra" }),
			Map.entry("note.funnel", new String[] {
					"Bar length is proportional to the number of customers entering each phase.",
					"Søjlernes længde svarer til antallet af kunder, der går ind i hver fase.",
					"Søylenes lengde tilsvarer antallet kunder som går inn i hver fase." }),
			Map.entry("note.priorities", new String[] {
					"Medium value counts as high value, and medium effort as high effort.",
					"Mellem værdi tæller som høj værdi, og mellem indsats som høj indsats.",
					"Middels verdi teller som høy verdi, og middels innsats som høy innsats." }),
			// actuals: what journey measure measured, beside the plan
			Map.entry("section.actuals", new String[] { "Modelled against actual", "Modelleret mod faktisk", "Modellert mot faktisk" }),
			Map.entry("section.tracking", new String[] { "Tracking coverage", "Sporingsdækning", "Sporingsdekning" }),
			Map.entry("label.modelled", new String[] { "Modelled", "Modelleret", "Modellert" }),
			Map.entry("label.actual", new String[] { "Actual", "Faktisk", "Faktisk" }),
			Map.entry("label.modelledValue", new String[] { "modelled {0}", "modelleret {0}", "modellert {0}" }),
			Map.entry("label.users", new String[] { "Users", "Brugere", "Brukere" }),
			Map.entry("label.userCount", new String[] { "{0} users", "{0} brugere", "{0} brukere" }),
			Map.entry("label.userCount.one", new String[] { "{0} user", "{0} bruger", "{0} bruker" }),
			Map.entry("label.status", new String[] { "Status", "Status", "Status" }),
			Map.entry("label.notMeasured", new String[] { "not measured", "ikke målt", "ikke målt" }),
			Map.entry("label.progress", new String[] { "{0} of the way from baseline to target",
					"{0} af vejen fra udgangspunkt til mål", "{0} av veien fra utgangspunkt til mål" }),
			Map.entry("label.progressBehind", new String[] { "Further from the target than the baseline",
					"Længere fra målet end udgangspunktet", "Lenger fra målet enn utgangspunktet" }),
			Map.entry("label.touchpoint", new String[] { "Touchpoint", "Kontaktpunkt", "Kontaktpunkt" }),
			Map.entry("label.event", new String[] { "Event", "Hændelse", "Hendelse" }),
			Map.entry("label.property", new String[] { "Property", "Egenskab", "Egenskap" }),
			Map.entry("label.problem", new String[] { "Problem", "Problem", "Problem" }),
			Map.entry("label.example", new String[] { "First example", "Første eksempel", "Første eksempel" }),
			Map.entry("label.row", new String[] { "row {0}", "række {0}", "rad {0}" }),
			Map.entry("label.missingValue", new String[] { "no value", "ingen værdi", "ingen verdi" }),
			Map.entry("label.eventsNotSeen", new String[] { "Modelled events never seen", "Modellerede hændelser, der aldrig blev set",
					"Modellerte hendelser som aldri ble sett" }),
			Map.entry("label.unknownEvents", new String[] { "Events the model does not name", "Hændelser, som modellen ikke nævner",
					"Hendelser som modellen ikke nevner" }),
			Map.entry("label.unknownEventsTop", new String[] { "The {0} most frequent of {1} names.",
					"De {0} hyppigste af {1} navne.", "De {0} hyppigste av {1} navn." }),
			Map.entry("label.propertyViolations", new String[] { "Property violations", "Fejl i egenskaber", "Feil i egenskaper" }),
			Map.entry("label.touchpointEvents", new String[] { "Events per touchpoint", "Hændelser pr. kontaktpunkt",
					"Hendelser per kontaktpunkt" }),
			Map.entry("label.trackingClean", new String[] {
					"Every modelled event was seen, with no unknown events and no property violations.",
					"Alle modellerede hændelser blev set, uden ukendte hændelser og uden fejl i egenskaber.",
					"Alle modellerte hendelser ble sett, uten ukjente hendelser og uten feil i egenskaper." }),
			Map.entry("note.measured", new String[] { "Measured on {0} events of {1} users, {2}.",
					"Målt på {0} hændelser fra {1} brugere, {2}.", "Målt på {0} hendelser fra {1} brukere, {2}." }),
			Map.entry("window.all", new String[] { "all events", "alle hændelser", "alle hendelser" }),
			Map.entry("window.from", new String[] { "from {0}", "fra {0}", "fra {0}" }),
			Map.entry("window.to", new String[] { "before {0}", "før {0}", "før {0}" }),
			Map.entry("window.fromTo", new String[] { "from {0}, before {1}", "fra {0}, før {1}", "fra {0}, før {1}" }),
			Map.entry("note.funnelActuals", new String[] {
					"Each bar is drawn against the largest of its kind: modelled volumes against the largest volume, measured users against the most users.",
					"Hver søjle er tegnet i forhold til den største af sin slags: modellerede volumener mod det største volumen, målte brugere mod flest brugere.",
					"Hver søyle er tegnet i forhold til den største av sitt slag: modellerte volumer mot det største volumet, målte brukere mot flest brukere." }),
			Map.entry("status.target-met", new String[] { "Target met", "Mål nået", "Mål nådd" }),
			Map.entry("status.improving", new String[] { "On track", "På rette vej", "På rett vei" }),
			Map.entry("status.off-track", new String[] { "Off track", "Ikke på rette vej", "Ikke på rett vei" }),
			Map.entry("status.no-target", new String[] { "No target", "Intet mål", "Ikke noe mål" }),
			Map.entry("status.no-data", new String[] { "No data", "Ingen data", "Ingen data" }),
			Map.entry("violation.missing-required", new String[] { "missing, though required", "mangler, men er påkrævet",
					"mangler, men er påkrevd" }),
			Map.entry("violation.wrong-type", new String[] { "not of type {0}", "ikke af typen {0}", "ikke av typen {0}" }),
			Map.entry("violation.unknown", new String[] { "not declared in the model", "ikke erklæret i modellen",
					"ikke deklarert i modellen" }),
			Map.entry("goalKind.new-sales", new String[] { "New sales", "Nysalg", "Nysalg" }),
			Map.entry("goalKind.upsell", new String[] { "Upsell", "Mersalg", "Mersalg" }),
			Map.entry("goalKind.nps", new String[] { "NPS", "NPS", "NPS" }),
			Map.entry("goalKind.self-service", new String[] { "Self-service", "Selvbetjening", "Selvbetjening" }),
			Map.entry("goalKind.churn", new String[] { "Churn", "Kundeafgang", "Kundefrafall" }),
			Map.entry("goalKind.new-market", new String[] { "New market", "Nyt marked", "Nytt marked" }),
			Map.entry("goalKind.clv", new String[] { "Customer lifetime value", "Kundelevetidsværdi", "Kundelevetidsverdi" }),
			Map.entry("goalKind.custom", new String[] { "Custom", "Eget mål", "Eget mål" }),
			Map.entry("phaseModel.eight-phases", new String[] { "Eight phases", "Otte faser", "Åtte faser" }),
			Map.entry("phaseModel.twelve-steps", new String[] { "Twelve steps", "Tolv trin", "Tolv steg" }),
			Map.entry("phaseModel.funnel", new String[] { "Funnel", "Tragt", "Trakt" }),
			Map.entry("phaseModel.five-steps", new String[] { "Five steps", "Fem trin", "Fem steg" }));

	private final ReportLanguage language;

	private ReportLabels(ReportLanguage language) {
		this.language = language;
	}

	public static ReportLabels of(ReportLanguage language) {
		return new ReportLabels(language);
	}

	public ReportLanguage language() {
		return language;
	}

	public String get(String key) {
		String[] texts = LABELS.get(key);
		if (texts == null) {
			return key;
		}
		String text = texts[language.ordinal()];
		return text == null || text.isEmpty() ? texts[0] : text;
	}

	public String channel(String literal) {
		return get("channel." + literal);
	}

	public String level(String literal) {
		return literal == null ? get("label.none") : get("level." + literal);
	}

	public String quadrant(Quadrant quadrant) {
		return get("quadrant." + quadrant.name());
	}

	/** A KPI unit's name, "procent"; empty for none. */
	public String unit(KpiUnit unit) {
		return unit == null ? "" : get("unit." + unit.literal());
	}

	/** A time unit's name, "dage" for days; empty for none. */
	public String timeUnit(String literal) {
		return literal == null ? "" : get("timeUnit." + literal);
	}

	/** A value in a time unit, "1 dag" or "3 dage"; {@code value} is the number as the report writes it. */
	public String timeValue(String literal, String value, boolean one) {
		return format("timeUnit." + literal + (one ? ".one" : ".other"), value);
	}

	/** Which way is better, "lower is better". */
	public String direction(Direction direction) {
		return get("direction." + direction.literal());
	}

	/** A standard phase model's title in the report language, e.g. "Fem trin" for five-steps. */
	public String phaseModel(String id) {
		return get("phaseModel." + id);
	}

	public String staffing(String literal) {
		return literal == null ? get("label.none") : get("staffing." + literal);
	}

	/** A goal kind's name; null for a goal without a kind. */
	public String goalKind(String literal) {
		return literal == null ? null : get("goalKind." + literal);
	}

	/** A standard phase model's title in the report language, else {@code fallback} (its English title). */
	public String phaseModel(String id, String fallback) {
		String key = "phaseModel." + id;
		String text = get(key);
		return text.equals(key) ? fallback : text;
	}

	/** A label with placeholders {0}, {1}, ... replaced by {@code values} in order. */
	public String format(String key, String... values) {
		String text = get(key);
		for (int i = 0; i < values.length; i++) {
			text = text.replace("{" + i + "}", values[i]);
		}
		return text;
	}
}
