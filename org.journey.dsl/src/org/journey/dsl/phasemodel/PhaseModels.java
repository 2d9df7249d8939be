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
 * call typical for each phase. The grammar's PhaseModelId rule lists the same ids.
 */
public final class PhaseModels {

	public static final String EIGHT_PHASES = "eight-phases";
	public static final String TWELVE_STEPS = "twelve-steps";
	public static final String FUNNEL = "funnel";
	public static final String FIVE_STEPS = "five-steps";

	private static final List<PhaseModel> ALL = List.of(
			new PhaseModel(EIGHT_PHASES, "Eight phases", "000", "Buy", List.of(
					phase("Discover", "Discover", "Opdager", "Oppdager",
							"Social media", "Search engine", "Word of mouth", "Display ads"),
					phase("Consider", "Consider", "Overvejer", "Vurderer",
							"Product pages", "Reviews", "Comparison sites"),
					phase("Buy", "Buy", "Køber", "Kjøper",
							"Checkout", "Store", "Order confirmation e-mail"),
					phase("Onboard", "Onboard", "Ibrugtager", "Tar i bruk",
							"Welcome e-mail", "Getting-started guide", "Delivery"),
					phase("Use", "Use", "Bruger", "Bruker",
							"App", "Newsletter", "Customer portal"),
					phase("GetSupport", "Get support", "Får support", "Får support",
							"Customer service phone", "Chat", "FAQ pages"),
					phase("BuyAgain", "Buy again", "Køber igen", "Kjøper igjen",
							"Loyalty programme", "Personal offers", "Reorder e-mail"),
					phase("Leave", "Leave", "Forlader", "Forlater",
							"Cancellation page", "Exit survey", "Win-back e-mail"))),
			new PhaseModel(TWELVE_STEPS, "Twelve steps", "001", "Purchase", List.of(
					phase("NeedIdentification", "Need identification", "Behovsidentifikation", "Behovsidentifisering",
							"Social media", "TV and print", "Word of mouth"),
					phase("Awareness", "Awareness", "Bevidsthed", "Bevissthet",
							"Social media ads", "Display ads", "SEO/SEM"),
					phase("InformationGathering", "Information gathering", "Informationsindsamling", "Informasjonsinnhenting",
							"Blog posts", "Product descriptions", "FAQ pages"),
					phase("Consideration", "Consideration", "Overvejelse", "Vurdering",
							"Product pages", "Reviews", "Guides"),
					phase("Decision", "Decision", "Beslutning", "Beslutning",
							"Checkout pages", "Landing pages", "Customer service"),
					phase("Purchase", "Purchase", "Købsoplevelse", "Kjøpsopplevelse",
							"Confirmation e-mail", "Delivery updates", "Support services"),
					phase("DeliveryAndOnboarding", "Delivery and onboarding", "Levering og onboarding", "Levering og onboarding",
							"Welcome e-mails", "Onboarding materials", "Technical support"),
					phase("UsageAndEngagement", "Usage and engagement", "Brug og engagement", "Bruk og engasjement",
							"Newsletters", "Tutorials", "Customer portal"),
					phase("Retention", "Retention", "Fastholdelse", "Fastholdelse",
							"Loyalty programme", "Follow-up e-mails", "Personal support"),
					phase("Satisfaction", "Satisfaction", "Tilfredshed", "Tilfredshet",
							"Satisfaction surveys", "Calls", "E-mails"),
					phase("Advocacy", "Advocacy", "Advokering", "Anbefaling",
							"Social media", "Referral programme", "Testimonials"),
					phase("Reactivation", "Reactivation", "Reaktivering", "Reaktivering",
							"Reactivation e-mails", "Retargeting ads", "Exclusive campaigns"))),
			new PhaseModel(FUNNEL, "Funnel", "002", "Close", List.of(
					phase("Attract", "Attract", "Tiltrækning", "Tiltrekning",
							"Social media ads", "YouTube", "Influencers", "Blog"),
					phase("Interest", "Interest", "Interesse", "Interesse",
							"Search engine", "Website", "Word of mouth"),
					phase("Convert", "Convert", "Konvertering", "Konvertering",
							"Newsletter sign-up", "Downloadable guide", "Landing page"),
					phase("Close", "Close", "Lukning", "Lukking",
							"Sales call", "E-mail nurturing", "Marketing automation"),
					phase("Delight", "Delight", "Begejstring", "Begeistring",
							"Customer service", "E-mail", "Referrals"))),
			new PhaseModel(FIVE_STEPS, "Five steps", "003", "Conversion", List.of(
					phase("Research", "Research", "Research", "Research",
							"Online search", "Recommendations from friends", "Ads"),
					phase("Offer", "Offer", "Tilbud", "Tilbud",
							"Product details", "Prices", "Reviews"),
					phase("Conversion", "Conversion", "Konvertering", "Konvertering",
							"Checkout", "Payment"),
					phase("Usage", "Usage", "Brug", "Bruk",
							"Customer service", "Support"),
					phase("Loyalty", "Loyalty", "Loyalitet", "Lojalitet",
							"Personal service", "Exclusive offers"))));

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

	private static ModelPhase phase(String id, String english, String danish, String norwegian, String... typicalTouchpoints) {
		return new ModelPhase(id, Map.of(EN, english, DA, danish, NB, norwegian), List.of(typicalTouchpoints));
	}
}
