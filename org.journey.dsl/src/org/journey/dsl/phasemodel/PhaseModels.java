package org.journey.dsl.phasemodel;

import static org.journey.dsl.phasemodel.ReportLanguage.DA;
import static org.journey.dsl.phasemodel.ReportLanguage.EN;
import static org.journey.dsl.phasemodel.ReportLanguage.NB;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard phase models of the design doc (shared/design/journey-language.md), with the
 * phase names of the seed articles in English, Danish and Norwegian, and the touchpoints the seeds
 * call typical for each phase, with their channels. The grammar's PhaseModelId rule lists the same ids.
 */
public final class PhaseModels {

	public static final String EIGHT_PHASES = "eight-phases";
	public static final String TWELVE_STEPS = "twelve-steps";
	public static final String FUNNEL = "funnel";
	public static final String FIVE_STEPS = "five-steps";

	private static final List<PhaseModel> ALL = List.of(
			new PhaseModel(EIGHT_PHASES, "Eight phases", "000", "Buy", List.of(
					phase("Discover", "Discover", "Opdager", "Oppdager",
							tp("social", "Social media", "Sociale medier", "Sosiale medier"),
							tp("search", "Search engine", "Søgemaskine", "Søkemotor"),
							tp("word-of-mouth", "Word of mouth", "Mund-til-mund", "Muntlige anbefalinger"),
							tp("display", "Display ads", "Displayannoncer", "Displayannonser")),
					phase("Consider", "Consider", "Overvejer", "Vurderer",
							tp("web", "Product pages", "Produktsider", "Produktsider"),
							tp("web", "Reviews", "Anmeldelser", "Anmeldelser"),
							tp("web", "Comparison sites", "Sammenligningssider", "Sammenligningstjenester")),
					phase("Buy", "Buy", "Køber", "Kjøper",
							tp("web", "Checkout", "Kassen", "Kassen"),
							tp("store", "Store", "Butik", "Butikk"),
							tp("email", "Order confirmation e-mail", "Ordrebekræftelse på mail", "Ordrebekreftelse på e-post")),
					phase("Onboard", "Onboard", "Ibrugtager", "Tar i bruk",
							tp("email", "Welcome e-mail", "Velkomstmail", "Velkomst-e-post"),
							tp("web", "Getting-started guide", "Kom godt i gang-guide", "Kom i gang-veiledning"),
							// the parcel itself, which the post brings; news about it is e-mail (twelve-steps' Purchase)
							tp("mail", "Delivery", "Levering", "Levering")),
					phase("Use", "Use", "Bruger", "Bruker",
							tp("app", "App", "App", "App"),
							tp("email", "Newsletter", "Nyhedsbrev", "Nyhetsbrev"),
							tp("web", "Customer portal", "Kundeportal", "Kundeportal")),
					phase("GetSupport", "Get support", "Får support", "Får support",
							tp("phone", "Customer service phone", "Kundeservice på telefon", "Kundeservice på telefon"),
							tp("chat", "Chat", "Chat", "Chat"),
							tp("web", "FAQ pages", "Ofte stillede spørgsmål", "Ofte stilte spørsmål")),
					phase("BuyAgain", "Buy again", "Køber igen", "Kjøper igjen",
							tp("web", "Loyalty programme", "Loyalitetsprogram", "Lojalitetsprogram"),
							tp("email", "Personal offers", "Personlige tilbud", "Personlige tilbud"),
							tp("email", "Reorder e-mail", "Genbestillingsmail", "E-post om ny bestilling")),
					phase("Leave", "Leave", "Forlader", "Forlater",
							tp("web", "Cancellation page", "Opsigelsesside", "Oppsigelsesside"),
							tp("email", "Exit survey", "Spørgeskema ved opsigelse", "Spørreskjema ved oppsigelse"),
							tp("email", "Win-back e-mail", "Genvindingsmail", "Gjenvinnings-e-post")))),
			new PhaseModel(TWELVE_STEPS, "Twelve steps", "001", "Purchase", List.of(
					phase("NeedIdentification", "Need identification", "Behovsidentifikation", "Behovsidentifisering",
							tp("social", "Social media", "Sociale medier", "Sosiale medier"),
							tp("tv", "TV and print", "TV og tryksager", "TV og trykksaker"),
							tp("word-of-mouth", "Word of mouth", "Mund-til-mund", "Muntlige anbefalinger")),
					phase("Awareness", "Awareness", "Bevidsthed", "Bevissthet",
							tp("social", "Social media ads", "Annoncer på sociale medier", "Annonser i sosiale medier"),
							tp("display", "Display ads", "Displayannoncer", "Displayannonser"),
							tp("search", "SEO/SEM", "Søgemaskiner (SEO/SEM)", "Søkemotorer (SEO/SEM)")),
					phase("InformationGathering", "Information gathering", "Informationsindsamling", "Informasjonsinnhenting",
							tp("web", "Blog posts", "Blogindlæg", "Blogginnlegg"),
							tp("web", "Product descriptions", "Produktbeskrivelser", "Produktbeskrivelser"),
							tp("web", "FAQ pages", "Ofte stillede spørgsmål", "Ofte stilte spørsmål")),
					phase("Consideration", "Consideration", "Overvejelse", "Vurdering",
							tp("web", "Product pages", "Produktsider", "Produktsider"),
							tp("web", "Reviews", "Anmeldelser", "Anmeldelser"),
							tp("web", "Guides", "Vejledninger", "Veiledninger")),
					phase("Decision", "Decision", "Beslutning", "Beslutning",
							tp("web", "Checkout pages", "Betalingssider", "Betalingssider"),
							tp("web", "Landing pages", "Landingssider", "Landingssider"),
							tp("phone", "Customer service", "Kundeservice", "Kundeservice")),
					phase("Purchase", "Purchase", "Købsoplevelse", "Kjøpsopplevelse",
							tp("email", "Confirmation e-mail", "Bekræftelsesmail", "Bekreftelse på e-post"),
							tp("email", "Delivery updates", "Leveringsopdateringer", "Leveringsoppdateringer"),
							tp("chat", "Support services", "Kundesupport", "Kundestøtte")),
					phase("DeliveryAndOnboarding", "Delivery and onboarding", "Levering og onboarding", "Levering og onboarding",
							tp("email", "Welcome e-mails", "Velkomstmails", "Velkomst-e-poster"),
							tp("web", "Onboarding materials", "Introduktionsmateriale", "Introduksjonsmateriell"),
							tp("chat", "Technical support", "Teknisk support", "Teknisk støtte")),
					phase("UsageAndEngagement", "Usage and engagement", "Brug og engagement", "Bruk og engasjement",
							tp("email", "Newsletters", "Nyhedsbreve", "Nyhetsbrev"),
							tp("web", "Tutorials", "Trin-for-trin-vejledninger", "Steg-for-steg-veiledninger"),
							tp("web", "Customer portal", "Kundeportal", "Kundeportal")),
					phase("Retention", "Retention", "Fastholdelse", "Fastholdelse",
							tp("web", "Loyalty programme", "Loyalitetsprogram", "Lojalitetsprogram"),
							tp("email", "Follow-up e-mails", "Opfølgningsmails", "Oppfølgings-e-poster"),
							tp("phone", "Personal support", "Personlig support", "Personlig støtte")),
					phase("Satisfaction", "Satisfaction", "Tilfredshed", "Tilfredshet",
							tp("email", "Satisfaction surveys", "Tilfredshedsundersøgelser", "Tilfredshetsundersøkelser"),
							tp("phone", "Calls", "Opkald", "Telefonsamtaler"),
							tp("email", "E-mails", "Mails", "E-poster")),
					phase("Advocacy", "Advocacy", "Advokering", "Anbefaling",
							tp("social", "Social media", "Sociale medier", "Sosiale medier"),
							tp("word-of-mouth", "Referral programme", "Henvisningsprogram", "Verveprogram"),
							tp("web", "Testimonials", "Kundeudtalelser", "Kundeuttalelser")),
					phase("Reactivation", "Reactivation", "Reaktivering", "Reaktivering",
							tp("email", "Reactivation e-mails", "Genaktiveringsmails", "Reaktiverings-e-poster"),
							tp("display", "Retargeting ads", "Retargeting-annoncer", "Retargeting-annonser"),
							tp("web", "Exclusive campaigns", "Eksklusive kampagner", "Eksklusive kampanjer")))),
			new PhaseModel(FUNNEL, "Funnel", "002", "Close", List.of(
					phase("Attract", "Attract", "Tiltrækning", "Tiltrekning",
							tp("social", "Social media ads", "Annoncer på sociale medier", "Annonser i sosiale medier"),
							tp("video", "YouTube", "YouTube", "YouTube"),
							tp("social", "Influencers", "Influencere", "Influensere"),
							tp("web", "Blog", "Blog", "Blogg")),
					phase("Interest", "Interest", "Interesse", "Interesse",
							tp("search", "Search engine", "Søgemaskine", "Søkemotor"),
							tp("web", "Website", "Hjemmeside", "Nettsted"),
							tp("word-of-mouth", "Word of mouth", "Mund-til-mund", "Muntlige anbefalinger")),
					phase("Convert", "Convert", "Konvertering", "Konvertering",
							tp("web", "Newsletter sign-up", "Tilmelding til nyhedsbrev", "Påmelding til nyhetsbrev"),
							tp("web", "Downloadable guide", "Guide til download", "Nedlastbar veiledning"),
							tp("web", "Landing page", "Landingsside", "Landingsside")),
					phase("Close", "Close", "Lukning", "Lukking",
							tp("phone", "Sales call", "Salgsopkald", "Salgssamtale"),
							tp("email", "E-mail nurturing", "Opfølgning på mail", "Oppfølging på e-post"),
							tp("email", "Marketing automation", "Automatiserede kampagner", "Automatiserte kampanjer")),
					phase("Delight", "Delight", "Begejstring", "Begeistring",
							tp("phone", "Customer service", "Kundeservice", "Kundeservice"),
							tp("email", "E-mail", "Mail", "E-post"),
							tp("word-of-mouth", "Referrals", "Anbefalinger", "Anbefalinger")))),
			new PhaseModel(FIVE_STEPS, "Five steps", "003", "Conversion", List.of(
					phase("Research", "Research", "Research", "Research",
							tp("search", "Online search", "Søgning på nettet", "Søk på nettet"),
							tp("word-of-mouth", "Recommendations from friends", "Anbefalinger fra venner", "Anbefalinger fra venner"),
							tp("display", "Ads", "Annoncer", "Annonser")),
					phase("Offer", "Offer", "Tilbud", "Tilbud",
							tp("web", "Product details", "Produktdetaljer", "Produktdetaljer"),
							tp("web", "Prices", "Priser", "Priser"),
							tp("web", "Reviews", "Anmeldelser", "Anmeldelser")),
					phase("Conversion", "Conversion", "Konvertering", "Konvertering",
							tp("web", "Checkout", "Kassen", "Kassen"),
							tp("web", "Payment", "Betaling", "Betaling")),
					phase("Usage", "Usage", "Brug", "Bruk",
							tp("phone", "Customer service", "Kundeservice", "Kundeservice"),
							tp("chat", "Support", "Support", "Kundestøtte")),
					phase("Loyalty", "Loyalty", "Loyalitet", "Lojalitet",
							tp("phone", "Personal service", "Personlig service", "Personlig service"),
							tp("email", "Exclusive offers", "Eksklusive tilbud", "Eksklusive tilbud")))));

	private PhaseModels() {
	}

	public static List<PhaseModel> all() {
		return ALL;
	}

	public static Optional<PhaseModel> find(String id) {
		return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
	}

	public static List<String> ids() {
		return ALL.stream().map(PhaseModel::id).toList();
	}

	private static ModelPhase phase(String id, String english, String danish, String norwegian,
			TypicalTouchpoint... typicalTouchpoints) {
		return new ModelPhase(id, Map.of(EN, english, DA, danish, NB, norwegian), List.of(typicalTouchpoints));
	}

	/** A typical touchpoint: its channel (a grammar literal), then its title in English, Danish and Norwegian. */
	private static TypicalTouchpoint tp(String channel, String english, String danish, String norwegian) {
		return new TypicalTouchpoint(channel, Map.of(EN, english, DA, danish, NB, norwegian));
	}
}
